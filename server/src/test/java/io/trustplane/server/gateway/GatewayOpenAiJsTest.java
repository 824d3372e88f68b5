package io.trustplane.server.gateway;

import static io.trustplane.server.gateway.GuardedGateway.BLOCK_INJECTION;
import static io.trustplane.server.gateway.GuardedGateway.BLOCK_SECRETS;
import static io.trustplane.server.gateway.GuardedGateway.CARD;
import static io.trustplane.server.gateway.GuardedGateway.EMAIL;
import static io.trustplane.server.gateway.GuardedGateway.LEAKING_ANSWER;
import static io.trustplane.server.gateway.GuardedGateway.REDACT_PII;
import static io.trustplane.server.gateway.GuardedGateway.REFUSAL;
import static io.trustplane.server.gateway.GuardedGateway.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.NodeProject;
import io.trustplane.server.testsupport.NodeProject.Run;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official {@code openai} npm package, run by Node.js against the gateway of the running server: the npm project in
 * {@code src/test/openai-js} ({@code gateway-calls.mjs}) is configured only by {@code OPENAI_BASE_URL} and
 * {@code OPENAI_API_KEY}, as an application would be, and calls chat completions with a tool, a stream with usage,
 * embeddings, the model list, a model whose first upstream fails (fallback), and models whose upstream refuses the call
 * or is down (the SDK's typed errors); then, in projects with a guard policy or a rate limit ({@link GuardedGateway}),
 * a blocked prompt, a refusal, a redacted prompt, a stream cut on a leaked secret and a rate limit. Fake upstreams
 * ({@link FakeOpenAiUpstream}) answer; every result the script prints is checked field by field against what they sent
 * and received. Needs {@code node} (20.6 or later) and {@code npm} on the PATH; the first run installs the pinned
 * package with {@code npm ci}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayOpenAiJsTest {
    private static final NodeProject PROJECT = NodeProject.of("openai-js", "GatewayOpenAiJsTest");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = GuardedGateway.UPSTREAM_CREDENTIAL;
    /** The one project with a rate limit: 1 request per minute per key. */
    private static final UUID LIMITED = UUID.randomUUID();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "gateway-js-test-admin-key-0123456789");
        registry.add("trustplane.gateway.retry-backoff", () -> "1ms");
        registry.add("trustplane.gateway.limits.projects." + LIMITED + ".requests-per-minute", () -> "1");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final List<FakeOpenAiUpstream> upstreams = new ArrayList<>();

    @BeforeAll
    static void installTheSdk() throws Exception {
        PROJECT.install("gateway-calls.mjs");
    }

    @AfterEach
    void closeUpstreams() {
        upstreams.forEach(FakeOpenAiUpstream::close);
    }

    @Test
    void theOpenAiNodeSdkWorksThroughTheGateway() throws Exception {
        TestProject project = ProjectFixtures.create(jdbc, "gateway-js");
        FakeOpenAiUpstream main = upstream(project, "main", "{\"gpt-4o\":\"gpt-4o-2024-08-06\",\"text-embedding-3-small\":\"text-embedding-3-small\"}", "");
        FakeOpenAiUpstream flaky = upstream(project, "flaky", "{\"fallback-model\":\"fallback-model\"}", ",\"maxRetries\":1");
        FakeOpenAiUpstream backup = upstream(project, "backup", "{\"fallback-model\":\"fallback-model\"}", ",\"priority\":1");
        FakeOpenAiUpstream strict = upstream(project, "strict", "{\"rejected-model\":\"rejected-model\"}", "");
        FakeOpenAiUpstream down = upstream(project, "down", "{\"down-model\":\"down-model\"}", ",\"maxRetries\":0");
        flaky.failAlways(503);
        strict.failNextWith(400, "{\"error\":{\"message\":\"Invalid 'messages': empty array.\",\"type\":\"invalid_request_error\","
                + "\"param\":\"messages\",\"code\":\"empty_array\"}}");
        down.failAlways(500);

        Run run = node(project.key());
        Map<String, JsonNode> results = results(run);
        assertThat(run.exitCode()).as("gateway-calls.mjs: %s", run.output()).isZero();
        assertThat(results.keySet()).as(run.output()).containsExactly("chatWithTools", "chatPlain", "stream", "embeddings", "models",
                "fallback", "upstreamError", "gatewayError", "unknownModel");

        // A chat completion with a tool: the alias reached the upstream, its tool call came back, the key stayed behind.
        JsonNode chat = results.get("chatWithTools");
        FakeOpenAiUpstream.Received toolCall = main.received().getFirst();
        assertThat(toolCall.path()).isEqualTo("/chat/completions");
        assertThat(toolCall.header("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(toolCall.headers().toString()).doesNotContain(project.key());
        assertThat(toolCall.json().path("model").asString()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(toolCall.json().path("tools").get(0)).isEqualTo(json("""
                {"type":"function","function":{"name":"get_weather","description":"The current weather in a city.",
                 "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}"""));
        assertThat(toolCall.json().path("tool_choice").asString()).isEqualTo("auto");
        assertThat(chat.path("id").asString()).isEqualTo("chatcmpl-main");
        assertThat(chat.path("object").asString()).isEqualTo("chat.completion");
        assertThat(chat.path("model").asString()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(chat.path("finishReason").asString()).isEqualTo("tool_calls");
        assertThat(chat.path("content").isNull()).isTrue();
        assertThat(chat.path("toolCalls")).isEqualTo(json("""
                [{"id":"call_fake_1","type":"function","name":"get_weather","arguments":{"city":"Paris"}}]"""));
        assertThat(chat.path("usage")).isEqualTo(json("{\"prompt_tokens\":5,\"completion_tokens\":4,\"total_tokens\":9}"));
        assertThat(chat.path("requestId").asString()).isEqualTo("req_main");
        assertThat(chat.path("upstream").asString()).isEqualTo("main");
        assertThat(results.get("chatPlain")).isEqualTo(json("{\"scenario\":\"chatPlain\",\"content\":\"Hello from main.\",\"finishReason\":\"stop\"}"));

        // A stream: the deltas the SDK collected are the upstream's, in order, and so are the final chunks.
        JsonNode stream = results.get("stream");
        List<JsonNode> sent = sentChunks(main.lastStream());
        List<String> sentDeltas = new ArrayList<>();
        for (JsonNode chunk : sent) {
            for (JsonNode choice : chunk.path("choices")) {
                String content = choice.path("delta").path("content").asString("");
                if (!content.isEmpty()) sentDeltas.add(content);
            }
        }
        assertThat(sentDeltas).containsExactlyElementsOf(FakeOpenAiUpstream.STREAM_PIECES);
        assertThat(strings(stream.path("deltas"))).containsExactlyElementsOf(sentDeltas);
        assertThat(stream.path("content").asString()).isEqualTo(String.join("", sentDeltas)).isEqualTo("Hello from the fake upstream.");
        assertThat(stream.path("chunkCount").asInt()).isEqualTo(sent.size()).isEqualTo(FakeOpenAiUpstream.STREAM_PIECES.size() + 3);
        assertThat(stream.path("role").asString()).isEqualTo("assistant");
        assertThat(strings(stream.path("finishReasons"))).containsExactly("stop");
        assertThat(strings(stream.path("ids"))).containsExactly("chatcmpl-stream");
        assertThat(strings(stream.path("models"))).containsExactly("gpt-4o-2024-08-06");
        assertThat(stream.path("lastChunk")).isEqualTo(json("""
                {"choices":0,"usage":{"prompt_tokens":5,"completion_tokens":6,"total_tokens":11}}"""));
        assertThat(stream.path("lastChunk").path("usage")).isEqualTo(sent.getLast().path("usage"));
        assertThat(main.received().get(2).json().path("stream_options").path("include_usage").asBoolean()).isTrue();

        JsonNode embeddings = results.get("embeddings");
        assertThat(embeddings.path("object").asString()).isEqualTo("list");
        assertThat(embeddings.path("model").asString()).isEqualTo("text-embedding-3-small");
        assertThat(embeddings.path("count").asInt()).isEqualTo(1);
        assertThat(embeddings.path("index").asInt()).isZero();
        assertThat(embeddings.path("embedding")).isEqualTo(json("[0.25,-0.5,0.125]"));
        assertThat(embeddings.path("usage")).isEqualTo(json("{\"prompt_tokens\":2,\"total_tokens\":2}"));
        FakeOpenAiUpstream.Received embedding = main.received().get(3);
        assertThat(embedding.path()).isEqualTo("/embeddings");
        assertThat(embedding.json().path("input").asString()).isEqualTo("hello world");

        // The model list: every alias, in routing order, owned by the upstream that serves it first.
        JsonNode models = results.get("models");
        assertThat(strings(models.path("ids"))).containsExactly("gpt-4o", "text-embedding-3-small", "fallback-model", "rejected-model",
                "down-model");
        assertThat(models.path("owners")).isEqualTo(json("""
                {"gpt-4o":"main","text-embedding-3-small":"main","fallback-model":"flaky","rejected-model":"strict","down-model":"down"}"""));
        assertThat(models.path("retrieved")).isEqualTo(json("{\"id\":\"gpt-4o\",\"object\":\"model\",\"ownedBy\":\"main\"}"));

        // Fallback: the first upstream answered 503 twice (one retry), the second answered.
        JsonNode fallback = results.get("fallback");
        assertThat(fallback.path("content").asString()).isEqualTo("Hello from backup.");
        assertThat(fallback.path("model").asString()).isEqualTo("fallback-model");
        assertThat(fallback.path("upstream").asString()).isEqualTo("backup");
        assertThat(flaky.received()).hasSize(2);
        assertThat(backup.received()).hasSize(1);

        // An upstream's own error reaches the SDK unchanged as its typed APIError, and is not retried.
        JsonNode rejected = results.get("upstreamError");
        assertThat(rejected.path("thrown").asBoolean()).isTrue();
        assertThat(rejected.path("class").asString()).isEqualTo("BadRequestError");
        assertThat(rejected.path("isApiError").asBoolean()).isTrue();
        assertThat(rejected.path("isBadRequest").asBoolean()).isTrue();
        assertThat(rejected.path("status").asInt()).isEqualTo(400);
        assertThat(rejected.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(rejected.path("code").asString()).isEqualTo("empty_array");
        assertThat(rejected.path("param").asString()).isEqualTo("messages");
        assertThat(rejected.path("message").asString()).contains("Invalid 'messages': empty array.");
        assertThat(rejected.path("upstream").asString()).isEqualTo("strict");
        assertThat(strict.received()).hasSize(1);

        // Every upstream failed: the gateway's own error, in OpenAI's shape, is the SDK's InternalServerError (502).
        JsonNode failed = results.get("gatewayError");
        assertThat(failed.path("thrown").asBoolean()).isTrue();
        assertThat(failed.path("class").asString()).isEqualTo("InternalServerError");
        assertThat(failed.path("isApiError").asBoolean()).isTrue();
        assertThat(failed.path("isInternalServerError").asBoolean()).isTrue();
        assertThat(failed.path("status").asInt()).isEqualTo(502);
        assertThat(failed.path("type").asString()).isEqualTo("upstream_error");
        assertThat(failed.path("code").asString()).isEqualTo("upstream_failed");
        assertThat(failed.path("message").asString()).contains("'down': HTTP 500 after 1 attempt").doesNotContain(SECRET);
        assertThat(down.received()).hasSize(1);

        JsonNode unknown = results.get("unknownModel");
        assertThat(unknown.path("class").asString()).isEqualTo("NotFoundError");
        assertThat(unknown.path("isApiError").asBoolean()).isTrue();
        assertThat(unknown.path("status").asInt()).isEqualTo(404);
        assertThat(unknown.path("code").asString()).isEqualTo("model_not_found");
        assertThat(unknown.path("param").asString()).isEqualTo("model");

        assertThat(main.received()).extracting(FakeOpenAiUpstream.Received::path)
                .containsExactly("/chat/completions", "/chat/completions", "/chat/completions", "/embeddings");
    }

    @Test
    void aRefusedKeyIsTheSdksAuthenticationError() throws Exception {
        Run run = node("tpk_00000000_" + "x".repeat(43));
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        Map<String, JsonNode> results = results(run);
        assertThat(results.get("chatWithTools").path("failed").asString()).as(run.output()).startsWith("401");
        assertThat(results.get("upstreamError").path("class").asString()).isEqualTo("AuthenticationError");
        assertThat(results.get("upstreamError").path("status").asInt()).isEqualTo(401);
        assertThat(results.get("upstreamError").path("code").asString()).isEqualTo("invalid_api_key");
        assertThat(run.stderr()).contains("chatWithTools failed:");
    }

    @Test
    void theOpenAiNodeSdkSurfacesBlocksRefusalsRedactionsStreamCutsAndRateLimits() throws Exception {
        // a project that blocks injections and leaked secrets with errors, and redacts personal data
        TestProject guarded = ProjectFixtures.create(jdbc, "gateway-js-guarded");
        gateway().policy(guarded, GuardedGateway.policy(BLOCK_INJECTION, BLOCK_SECRETS, REDACT_PII));
        FakeOpenAiUpstream main = upstream(guarded, "main", "{\"gpt-4o\":\"gpt-4o\"}", "");
        FakeOpenAiUpstream leaky = upstream(guarded, "leaky", "{\"leaky-model\":\"leaky-model\"}", "").reply(LEAKING_ANSWER.toArray(String[]::new));
        Run run = node(guarded.key(), "blocked", "redacted", "streamCut");
        Map<String, JsonNode> results = results(run);
        assertThat(run.exitCode()).as(run.output()).isZero();

        // A block is the SDK's BadRequestError with OpenAI's code for refused content; the prompt went nowhere.
        JsonNode blocked = results.get("blocked");
        assertThrown(blocked, "BadRequestError", 400, "invalid_request_error", "content_policy_violation");
        assertThat(blocked.path("isBadRequest").asBoolean()).isTrue();
        assertThat(blocked.path("message").asString()).contains("rule block-injection").doesNotContain("Ignore all previous");

        // A redaction: the SDK gets the answer, the upstream got the prompt without the card number and the address.
        assertThat(results.get("redacted").path("content").asString()).isEqualTo("Hello from main.");
        assertThat(main.received()).singleElement().satisfies(request -> {
            assertThat(request.bodyText()).doesNotContain(CARD).doesNotContain("4111").doesNotContain(EMAIL);
            assertThat(request.json().at("/messages/0/content").asString()).startsWith("Charge my card [CREDIT_CARD] and mail the receipt to [");
        });

        // A stream cut on a secret ends the SDK's iterator normally, with content_filter, before any of the secret.
        JsonNode cut = results.get("streamCut");
        assertThat(leaky.lastStream()).contains(TOKEN.substring(0, 10));
        assertThat(cut.path("ended").asBoolean()).isTrue();
        assertThat(strings(cut.path("finishReasons"))).containsExactly("content_filter");
        assertThat(cut.path("content").asString()).doesNotContain("ghp_").doesNotContain(TOKEN.substring(10, 25))
                .doesNotContain(TOKEN.substring(25)).doesNotContain("keep it safe");

        // In refusal mode the same prompt gets a normal answer holding the refusal, whole and streamed.
        TestProject refusing = ProjectFixtures.create(jdbc, "gateway-js-refusing");
        gateway().policy(refusing, GuardedGateway.refusing(BLOCK_INJECTION));
        FakeOpenAiUpstream refusingUpstream = upstream(refusing, "refusing", "{\"gpt-4o\":\"gpt-4o\"}", "");
        run = node(refusing.key(), "refused");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(results(run).get("refused")).isEqualTo(json("{\"scenario\":\"refused\",\"content\":\"" + REFUSAL
                + "\",\"finishReason\":\"stop\",\"streamed\":\"" + REFUSAL + "\",\"streamedFinish\":[\"stop\"]}"));
        assertThat(refusingUpstream.received()).isEmpty();

        // Over the key's rate, the SDK (retries off for the call) raises RateLimitError with the Retry-After.
        TestProject limited = ProjectFixtures.create(jdbc, "gateway-js-limited", LIMITED);
        FakeOpenAiUpstream limitedUpstream = upstream(limited, "limited", "{\"gpt-4o\":\"gpt-4o\"}", "");
        run = node(limited.key(), "rateLimited");
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode limit = results(run).get("rateLimited");
        assertThat(limit.path("first").asString()).isEqualTo("Hello from limited.");
        assertThrown(limit, "RateLimitError", 429, "requests", "rate_limit_exceeded");
        assertThat(limit.path("isRateLimit").asBoolean()).isTrue();
        assertThat(Long.parseLong(limit.path("retryAfter").asString())).isBetween(1L, 60L);
        assertThat(limitedUpstream.received()).hasSize(1);
    }

    /** A scenario's report of what the SDK threw: its error class, and the error's status, type and code. */
    private static void assertThrown(JsonNode report, String errorClass, int status, String type, String code) {
        assertThat(report.path("thrown").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("class").asString()).isEqualTo(errorClass);
        assertThat(report.path("isApiError").asBoolean()).isTrue();
        assertThat(report.path("status").asInt()).isEqualTo(status);
        assertThat(report.path("type").asString()).isEqualTo(type);
        assertThat(report.path("code").asString()).isEqualTo(code);
    }

    /** Runs the script with these scenarios (none: the pass-through ones), configured only by the environment. */
    private Run node(String key, String... scenarios) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("gateway-calls.mjs"));
        arguments.addAll(List.of(scenarios));
        return PROJECT.node(arguments, env -> {
            env.keySet().removeIf(name -> name.startsWith("OPENAI_"));
            env.put("OPENAI_BASE_URL", "http://localhost:" + port + "/openai/v1");
            env.put("OPENAI_API_KEY", key);
        }, 180);
    }

    private GuardedGateway gateway() {
        return new GuardedGateway(port);
    }

    private FakeOpenAiUpstream upstream(TestProject project, String name, String models, String extraJson) throws Exception {
        FakeOpenAiUpstream fake = gateway().upstream(project, name, models, extraJson);
        upstreams.add(fake);
        return fake;
    }

    /** The script's lines by scenario, in the order printed. */
    private static Map<String, JsonNode> results(Run run) {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (String line : run.stdout().split("\n")) {
            if (!line.startsWith("{")) continue;
            JsonNode result = JSON.readTree(line);
            results.put(result.path("scenario").asString(), result);
        }
        return results;
    }

    /** The JSON chunks of a server-sent event stream, without the closing {@code [DONE]}. */
    private static List<JsonNode> sentChunks(String stream) {
        List<JsonNode> chunks = new ArrayList<>();
        for (String line : stream.split("\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) chunks.add(JSON.readTree(line.substring("data: ".length())));
        }
        return chunks;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
