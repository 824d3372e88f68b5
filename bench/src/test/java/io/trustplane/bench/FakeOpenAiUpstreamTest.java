package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's fake upstream, checked with the JDK's HTTP client (as the gateway calls it) and with the load loop. */
class FakeOpenAiUpstreamTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private FakeOpenAiUpstream upstream;
    private URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        upstream = new FakeOpenAiUpstream(0).start();
        base = URI.create("http://127.0.0.1:" + upstream.port());
    }

    @AfterEach
    void stop() throws Exception {
        upstream.close();
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAChatCompletionAgainAndAgainOnOneConnection() throws Exception {
        ChatBodies bodies = new ChatBodies("t", 0, false);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = post("/v1/chat/completions", bodies.body(i));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).contains("application/json");
            JsonNode completion = JSON.readTree(response.body());
            assertThat(completion.path("choices").get(0).path("message").path("content").asString())
                    .isEqualTo(String.join("", FakeOpenAiUpstream.PIECES));
            assertThat(completion.path("usage").path("completion_tokens").asInt()).isEqualTo(FakeOpenAiUpstream.COMPLETION_TOKENS);
        }
    }

    @Test
    void streamsServerSentEventsWhenAsked() throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", new ChatBodies("t", 0, true).body(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElseThrow()).startsWith("text/event-stream");
        List<String> data = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (String line : response.body().split("\n")) {
            if (!line.startsWith("data: ")) continue;
            data.add(line.substring(6));
            if (!line.equals("data: [DONE]")) {
                JSON.readTree(line.substring(6)).path("choices").forEach(c -> content.append(c.path("delta").path("content").asString("")));
            }
        }
        assertThat(data).containsExactlyElementsOf(FakeOpenAiUpstream.streamEvents());
        assertThat(content).hasToString(String.join("", FakeOpenAiUpstream.PIECES));
        assertThat(JSON.readTree(data.get(data.size() - 2)).path("usage").path("total_tokens").asInt()).isEqualTo(19);
    }

    @Test
    void modelsAndUnknownPaths() throws Exception {
        HttpResponse<String> models = http.send(HttpRequest.newBuilder(base.resolve("/v1/models")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(models.body()).path("data").get(0).path("id").asString()).isEqualTo(ChatBodies.MODEL);
        HttpResponse<String> unknown = post("/v1/nothing?x=1", "{}".getBytes());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").path("message").asString()).isEqualTo("Invalid URL");
    }

    @Test
    void theLoadLoopCompletesPlainAndStreamedCallsWithoutFailures() throws Exception {
        for (Endpoint endpoint : List.of(Endpoint.UPSTREAM_CHAT, Endpoint.UPSTREAM_CHAT_STREAM)) {
            NioLoadLoop loop = new NioLoadLoop(base, endpoint, "tpk_unused", "t", 1, 3, 2);
            NioLoadLoop.Outcome outcome = loop.run(0, 300_000_000L, 0);
            assertThat(outcome.failures()).as(endpoint.wireName()).isEmpty();
            assertThat(outcome.ok()).as(endpoint.wireName()).isPositive();
        }
    }

    @Test
    void chatBodiesAreValidJsonNumberedPerRequest() {
        JsonNode plain = JSON.readTree(new ChatBodies("run", 2, false).body(42));
        assertThat(plain.path("model").asString()).isEqualTo(ChatBodies.MODEL);
        assertThat(plain.path("user").asString()).isEqualTo(NumberedIdBodies.requestId("run", 2, 42));
        assertThat(plain.has("stream")).isFalse();
        JsonNode streamed = JSON.readTree(new ChatBodies("run", 2, true).body(7));
        assertThat(streamed.path("stream").asBoolean()).isTrue();
        assertThat(streamed.path("stream_options").path("include_usage").asBoolean()).isTrue();
    }
}
