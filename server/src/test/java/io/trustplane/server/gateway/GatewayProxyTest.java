package io.trustplane.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.UnauthorizedException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.GatewayGuard;
import io.trustplane.server.gateway.spi.GatewayOutcome;
import io.trustplane.server.gateway.spi.RequestDecision;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamAction;
import io.trustplane.server.gateway.spi.StreamGuard;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAI-compatible gateway through the real server, driven by the official OpenAI Java SDK (and a raw HTTP client
 * where bytes matter) against fake upstreams that speak OpenAI's protocol: pass-through of chat (tools, streams),
 * completions, embeddings and models; unknown fields byte for byte; aliases; credentials forwarded and never shown;
 * retries, fallback on failure and timeout, all-failed errors; OpenAI-shaped authentication errors; the guard hooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayProxyTest {
    static final String ADMIN_KEY = "gateway-test-admin-key-0123456789";
    static final String SECRET = "sk-upstream-secret-0123456789abcdef";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN_KEY);
        registry.add("trustplane.gateway.retry-backoff", () -> "1ms");
    }

    /** A guard that acts only on the projects a test enrols, so that the other tests see the pass-through defaults. */
    static final class TestGuard implements GatewayGuard {
        final Set<UUID> enrolled = ConcurrentHashMap.newKeySet();
        final List<GatewayOutcome> outcomes = new CopyOnWriteArrayList<>();

        @Override
        public RequestDecision onRequest(GatewayExchange exchange, byte[] body) {
            if (!enrolled.contains(exchange.projectId())) return RequestDecision.PASS;
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.contains("BLOCK-ME")) {
                return RequestDecision.block(OpenAiError.invalidRequest(400, "content_blocked", "messages", "Blocked by policy."));
            }
            return text.contains("alice@example.com")
                    ? RequestDecision.replace(text.replace("alice@example.com", "[EMAIL]").getBytes(StandardCharsets.UTF_8))
                    : RequestDecision.PASS;
        }

        @Override
        public StreamGuard onStream(GatewayExchange exchange) {
            if (!enrolled.contains(exchange.projectId())) return StreamGuard.PASS;
            return event -> event.data() != null && event.data().contains("\" fake\"")
                    ? StreamAction.cut(List.of(SseEvent.data("{\"error\":{\"message\":\"cut by policy\",\"type\":\"content_blocked\"}}"),
                    SseEvent.data(SseEvent.DONE)))
                    : StreamAction.pass(event);
        }

        @Override
        public void onComplete(GatewayExchange exchange, GatewayOutcome outcome) {
            if (enrolled.contains(exchange.projectId())) outcomes.add(outcome);
        }
    }

    @TestConfiguration
    static class Guards {
        @Bean
        TestGuard testGuard() {
            return new TestGuard();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestGuard guard;

    ApiClient api;
    TestProject project;
    final List<FakeOpenAiUpstream> upstreams = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = ProjectFixtures.create(jdbc, "gateway");
    }

    @AfterEach
    void tearDown() {
        upstreams.forEach(FakeOpenAiUpstream::close);
    }

    FakeOpenAiUpstream upstream(String name, String extraJson) throws Exception {
        FakeOpenAiUpstream fake = new FakeOpenAiUpstream(name);
        upstreams.add(fake);
        ApiClient.Response created = api.post("/api/v1/gateway/upstreams", project.key(),
                "{\"name\":\"" + name + "\",\"baseUrl\":\"" + fake.baseUrl() + "\",\"credential\":\"" + SECRET + "\"" + extraJson + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return fake;
    }

    OpenAIClient sdk(String key) {
        return OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/openai/v1").apiKey(key).maxRetries(0).build();
    }

    HttpResponse<String> raw(String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/openai/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (key != null) request.header("Authorization", "Bearer " + key);
        request.POST(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void chatCompletionPassesThroughWithTheUpstreamCredentialNotTheProjectKey() throws Exception {
        FakeOpenAiUpstream fake = upstream("primary", "");
        ChatCompletion completion = sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Where is my order?").build());

        assertThat(completion.choices().getFirst().message().content()).contains("Hello from primary.");
        assertThat(completion.model()).isEqualTo("gpt-4o");
        assertThat(completion.usage().orElseThrow().totalTokens()).isEqualTo(9);
        FakeOpenAiUpstream.Received received = fake.last();
        assertThat(received.path()).isEqualTo("/chat/completions");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(received.headers().toString()).doesNotContain(project.key());
        assertThat(received.json().path("messages").get(0).path("content").asString()).isEqualTo("Where is my order?");
    }

    @Test
    void toolCallsPassThrough() throws Exception {
        FakeOpenAiUpstream fake = upstream("tools", "");
        ChatCompletion completion = sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Weather in Paris?")
                .addFunctionTool(FunctionDefinition.builder().name("get_weather").parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string")))).build()).build())
                .build());

        ChatCompletionMessageFunctionToolCall call = completion.choices().getFirst().message().toolCalls().orElseThrow().getFirst().asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(completion.choices().getFirst().finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        JsonNode tool = fake.last().json().path("tools").get(0);
        assertThat(tool.path("function").path("name").asString()).isEqualTo("get_weather");
        assertThat(tool.path("function").path("parameters").path("properties").path("city").path("type").asString()).isEqualTo("string");
    }

    @Test
    void streamedChunksArriveInOrderAndAccumulateToTheUpstreamsMessage() throws Exception {
        upstream("streaming", "");
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        List<String> pieces = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = sdk(project.key()).chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("Hi")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            stream.stream().forEach(chunk -> {
                accumulator.accumulate(chunk);
                chunk.choices().forEach(c -> c.delta().content().filter(s -> !s.isEmpty()).ifPresent(pieces::add));
            });
        }
        assertThat(pieces).containsExactlyElementsOf(FakeOpenAiUpstream.STREAM_PIECES);
        ChatCompletion whole = accumulator.chatCompletion();
        assertThat(whole.choices().getFirst().message().content()).contains(String.join("", FakeOpenAiUpstream.STREAM_PIECES));
        assertThat(whole.usage().orElseThrow().totalTokens()).isEqualTo(11);
    }

    @Test
    void aStreamIsRelayedByteForByteWithItsHeaders() throws Exception {
        FakeOpenAiUpstream fake = upstream("bytes", "");
        HttpResponse<String> response = raw("/chat/completions", project.key(),
                "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElseThrow()).startsWith("text/event-stream");
        assertThat(response.headers().firstValue("x-request-id")).contains("req_stream_bytes");
        assertThat(response.headers().firstValue("x-trustplane-upstream")).contains("bytes");
        assertThat(response.body()).isEqualTo(fake.lastStream()).endsWith("data: [DONE]\n\n");
    }

    @Test
    void unknownFieldsAndFormattingReachTheUpstreamByteForByte() throws Exception {
        FakeOpenAiUpstream fake = upstream("exact", "");
        String body = "{ \"messages\" : [{\"role\":\"user\",\"content\":\"caf\\u00e9 \\\"quoted\\\"\"}],\n"
                + "  \"x_vendor_field\": {\"nested\": [1, 2.50, null, true]}, \"model\": \"gpt-4o\", \"temperature\": 0.20,\n"
                + "  \"metadata\": {\"ticket\": \"T-1\"} }";
        HttpResponse<String> response = raw("/chat/completions", project.key(), body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fake.last().bodyText()).isEqualTo(body);
        assertThat(response.headers().firstValue("x-request-id")).contains("req_exact");
        assertThat(response.headers().firstValue("openai-processing-ms")).contains("12");
        assertThat(response.headers().firstValue("set-cookie")).isEmpty();
    }

    @Test
    void anAliasRewritesOnlyTheModel() throws Exception {
        FakeOpenAiUpstream fake = upstream("azure-like", ",\"models\":{\"smart\":\"deploy-\\\"large\\\"\"}");
        String body = "{\"model\" : \"smart\", \"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}], \"extra\": 1}";
        HttpResponse<String> response = raw("/chat/completions", project.key(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(fake.last().bodyText()).isEqualTo(body.replace("\"smart\"", "\"deploy-\\\"large\\\"\""));
        assertThat(fake.last().json().path("model").asString()).isEqualTo("deploy-\"large\"");

        assertThatThrownBy(() -> sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Hi").build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).contains("model_not_found");
                    assertThat(e.getMessage()).contains("gpt-4o");
                });
    }

    @Test
    void azureUpstreamsGetTheApiKeyHeaderApiVersionAndDeploymentUrl() throws Exception {
        FakeOpenAiUpstream fake = new FakeOpenAiUpstream("azure");
        upstreams.add(fake);
        assertThat(api.post("/api/v1/gateway/upstreams", project.key(), "{\"name\":\"azure\",\"kind\":\"azure\",\"apiVersion\":\"2024-10-21\","
                + "\"baseUrl\":\"" + fake.baseUrl() + "/openai/deployments/{model}\",\"credential\":\"" + SECRET + "\","
                + "\"models\":{\"gpt-4o\":\"my deployment\"}}").status()).isEqualTo(201);

        sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("Hi").build());

        FakeOpenAiUpstream.Received received = fake.last();
        assertThat(received.path()).isEqualTo("/openai/deployments/my deployment/chat/completions");
        assertThat(received.query()).isEqualTo("api-version=2024-10-21");
        assertThat(received.header("api-key")).isEqualTo(SECRET);
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void completionsEmbeddingsAndModels() throws Exception {
        upstream("open", ",\"priority\":2");
        upstream("aliased", ",\"priority\":1,\"models\":{\"embed-small\":\"text-embedding-3-small\"}");
        OpenAIClient client = sdk(project.key());

        CreateEmbeddingResponse embeddings = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("embed-small").input("hello").build());
        assertThat(embeddings.data().getFirst().embedding()).containsExactly(0.25f, -0.5f, 0.125f);
        assertThat(embeddings.model()).isEqualTo("text-embedding-3-small");
        assertThat(upstreams.get(1).last().path()).isEqualTo("/embeddings");

        Completion completion = client.completions().create(CompletionCreateParams.builder()
                .model(CompletionCreateParams.Model.of("gpt-3.5-turbo-instruct")).prompt("Say").build());
        assertThat(completion.choices().getFirst().text()).isEqualTo(" done");
        assertThat(upstreams.getFirst().last().path()).isEqualTo("/completions");

        List<String> ids = client.models().list().data().stream().map(Model::id).toList();
        assertThat(ids).containsExactly("embed-small", "open-model");
        assertThat(client.models().retrieve("open-model").ownedBy()).isEqualTo("open-org");
        assertThat(client.models().retrieve("embed-small").ownedBy()).isEqualTo("aliased");
        assertThatThrownBy(() -> client.models().retrieve("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void retriesATransientFailureOnTheSameUpstream() throws Exception {
        FakeOpenAiUpstream fake = upstream("flaky", ",\"maxRetries\":2");
        fake.failNext(1, 500, Map.of());

        ChatCompletion completion = sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Hi").build());

        assertThat(completion.choices().getFirst().message().content()).contains("Hello from flaky.");
        assertThat(fake.received()).hasSize(2);
        assertThat(fake.received().get(1).body()).isEqualTo(fake.received().get(0).body());
    }

    @Test
    void fallsBackToTheNextUpstreamWhenTheFirstFails() throws Exception {
        FakeOpenAiUpstream first = upstream("first", ",\"maxRetries\":1");
        FakeOpenAiUpstream second = upstream("second", ",\"priority\":1");
        first.failAlways(503);

        HttpResponse<String> response = raw("/chat/completions", project.key(),
                "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Hello from second.");
        assertThat(response.headers().firstValue("x-trustplane-upstream")).contains("second");
        assertThat(first.received()).hasSize(2);
        assertThat(second.received()).hasSize(1);
    }

    @Test
    void fallsBackWhenTheFirstUpstreamTimesOut() throws Exception {
        FakeOpenAiUpstream slow = upstream("slow", ",\"maxRetries\":0,\"readTimeoutMs\":200");
        upstream("backup", ",\"priority\":5");
        slow.hangNext(1);

        ChatCompletion completion = sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Hi").build());

        assertThat(completion.choices().getFirst().message().content()).contains("Hello from backup.");
    }

    @Test
    void aRetryAfterBeyondTheCapMovesOnAtOnce() throws Exception {
        FakeOpenAiUpstream limited = upstream("limited", ",\"maxRetries\":3");
        upstream("other", ",\"priority\":1");
        limited.failNext(1, 429, Map.of("Retry-After", "3600"));

        HttpResponse<String> response = raw("/chat/completions", project.key(), "{\"model\":\"m\",\"messages\":[]}");

        assertThat(response.headers().firstValue("x-trustplane-upstream")).contains("other");
        assertThat(limited.received()).hasSize(1);
    }

    @Test
    void whenEveryUpstreamFailsTheClientGetsAnOpenAiShapedGatewayError() throws Exception {
        upstream("down-1", ",\"maxRetries\":1").failAlways(500);
        upstream("down-2", ",\"maxRetries\":0,\"priority\":1").failAlways(502);

        assertThatThrownBy(() -> sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Hi").build()))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.type()).contains("upstream_error");
                    assertThat(e.code()).contains("upstream_failed");
                    assertThat(e.getMessage()).contains("'down-1': HTTP 500 after 2 attempts").contains("'down-2': HTTP 502 after 1 attempt")
                            .doesNotContain(SECRET);
                });
    }

    @Test
    void allTimeoutsAreA504() throws Exception {
        upstream("hanging", ",\"maxRetries\":0,\"readTimeoutMs\":100").hangNext(1);

        HttpResponse<String> response = raw("/chat/completions", project.key(), "{\"model\":\"m\",\"messages\":[]}");

        assertThat(response.statusCode()).isEqualTo(504);
        JsonNode error = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).path("error");
        assertThat(error.path("type").asString()).isEqualTo("upstream_error");
        assertThat(error.path("code").asString()).isEqualTo("upstream_timeout");
        assertThat(error.path("message").asString()).contains("no response within 100 ms");
    }

    @Test
    void upstreamClientErrorsPassThroughUnchangedAndAreNotRetried() throws Exception {
        FakeOpenAiUpstream fake = upstream("strict", ",\"maxRetries\":3");
        fake.failNextWith(400, "{\"error\":{\"message\":\"Invalid 'messages': empty.\",\"type\":\"invalid_request_error\","
                + "\"param\":\"messages\",\"code\":\"empty_array\"}}");

        assertThatThrownBy(() -> sdk(project.key()).chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("Hi").build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getMessage()).contains("Invalid 'messages': empty.");
                    assertThat(e.code()).contains("empty_array");
                    assertThat(e.param()).contains("messages");
                });
        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void wrongOrMissingKeysAreRefusedInOpenAisShape() throws Exception {
        upstream("any", "");
        assertThatThrownBy(() -> sdk("tpk_00000000_notarealkeynotarealkeynotarealkeynotareal").models().list())
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.code()).contains("invalid_api_key");
                });
        HttpResponse<String> missing = raw("/chat/completions", null, "{}");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("content-type").orElseThrow()).startsWith("application/json");
        assertThat(missing.body()).contains("\"type\":\"invalid_request_error\"");
        assertThatThrownBy(() -> sdk(ADMIN_KEY).models().list()).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void gatewayErrorsForBadRequestsAreOpenAiShaped() throws Exception {
        upstream("one", "");
        HttpResponse<String> notJson = raw("/chat/completions", project.key(), "{\"model\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"code\":\"invalid_request_body\"").contains("not valid JSON");

        HttpResponse<String> twoModels = raw("/chat/completions", project.key(), "{\"model\":\"a\",\"model\":\"b\"}");
        assertThat(twoModels.statusCode()).isEqualTo(400);
        assertThat(twoModels.body()).contains("more than one 'model'");

        HttpResponse<String> unknown = raw("/assistants", project.key(), "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"unknown_url\"");

        TestProject empty = ProjectFixtures.create(jdbc, "no-upstreams");
        HttpResponse<String> none = raw("/chat/completions", empty.key(), "{\"model\":\"gpt-4o\"}");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("\"code\":\"no_upstream\"");
    }

    @Test
    void callsShareAKeptAliveConnectionAndAStreamCutShortDropsItsOwn() throws Exception {
        FakeOpenAiUpstream fake = upstream("pooled", "");
        OpenAIClient client = sdk(project.key());
        for (int i = 0; i < 5; i++) {
            client.chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("Hi " + i).build());
        }
        assertThat(fake.received().stream().map(FakeOpenAiUpstream.Received::remotePort).distinct()).hasSize(1);
        int kept = fake.last().remotePort();

        guard.enrolled.add(project.projectId()); // the test guard cuts streams after " the"
        HttpResponse<String> cut = raw("/chat/completions", project.key(),
                "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(cut.body()).contains("cut by policy");
        assertThat(fake.last().remotePort()).isEqualTo(kept);

        // the cut stream's connection was dropped, not read to its end and pooled: the next call opens a new one
        client.chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("again").build());
        assertThat(fake.last().remotePort()).isNotEqualTo(kept);
    }

    @Test
    void guardHooksCanBlockRedactAndCutAStream() throws Exception {
        FakeOpenAiUpstream fake = upstream("guarded", "");
        guard.enrolled.add(project.projectId());
        OpenAIClient client = sdk(project.key());

        assertThatThrownBy(() -> client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o").addUserMessage("BLOCK-ME please").build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).contains("content_blocked"));
        assertThat(fake.received()).isEmpty();

        client.chat().completions().create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("mail alice@example.com").build());
        assertThat(fake.last().bodyText()).contains("[EMAIL]").doesNotContain("alice@example.com");

        HttpResponse<String> cut = raw("/chat/completions", project.key(),
                "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(cut.body()).contains("\" the\"").doesNotContain("\" fake\"").doesNotContain("upstream\"")
                .contains("cut by policy").endsWith("data: [DONE]\n\n");
        assertThat(guard.outcomes).hasSize(3);
        assertThat(guard.outcomes.get(0).status()).isEqualTo(400);
        assertThat(guard.outcomes.get(0).attempts()).isZero();
        assertThat(guard.outcomes.get(2).cut()).isTrue();
        assertThat(guard.outcomes.get(2).firstByteAt()).isPositive();
    }
}
