package io.trustplane.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
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

/** Ingestion through the real server over HTTP, checked in the store the projector writes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TraceIngestTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "test-admin-key-0123456789abcdef");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SpanProjector projector;
    @Autowired
    io.trustplane.server.eventlog.EventLog eventLog;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestProject project;

    @BeforeEach
    void createProject() {
        project = ProjectFixtures.create(jdbc, "ingest");
    }

    private HttpResponse<String> post(String key, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/traces"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) request.header("Authorization", "Bearer " + key);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(project.key(), "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private long storedSpans(String traceId) {
        return jdbc.queryForObject("SELECT count(*) FROM spans WHERE project_id = ? AND trace_id = ?", Long.class,
                project.projectId(), traceId);
    }

    private void awaitProjected() {
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(10)).until(() -> projector.projectedOffset() >= end);
    }

    private static String span(String traceId, String spanId, String extra) {
        return """
                {"traceId":"%s","spanId":"%s","name":"chat","kind":"llm","startTime":"2026-11-22T10:00:00Z",
                 "endTime":"2026-11-22T10:00:01.250Z","model":"gpt-4o","provider":"openai",%s
                 "input":[{"role":"user","content":"hi"}],"output":"hello","inputTokens":10,"outputTokens":5}"""
                .formatted(traceId, spanId, extra);
    }

    @Test
    void acknowledgedSpansReachTheStoreWithEveryField() throws Exception {
        HttpResponse<String> response = post("{\"spans\":[" + span("trace-a", "root", "\"userId\":\"u1\",\"sessionId\":\"s1\",\"tags\":[\"prod\"],\"seed\":42,")
                + "," + span("trace-a", "child", "\"parentSpanId\":\"root\",\"status\":\"error\",\"statusMessage\":\"timeout\",\"cost\":0.002,") + "]}");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("accepted").asInt()).isEqualTo(2);
        awaitProjected();
        Map<String, Object> root = jdbc.queryForMap("SELECT * FROM spans WHERE project_id = ? AND span_id = 'root'", project.projectId());
        assertThat(root).containsEntry("trace_id", "trace-a").containsEntry("kind", "llm").containsEntry("status", "unset")
                .containsEntry("model", "gpt-4o").containsEntry("user_id", "u1").containsEntry("total_tokens", 15L)
                .containsEntry("duration_ms", 1250.0).containsEntry("input", "[{\"role\":\"user\",\"content\":\"hi\"}]")
                .containsEntry("output", "\"hello\"");
        assertThat(json.readTree((String) root.get("attributes")).get("seed").asInt()).isEqualTo(42);
        Map<String, Object> child = jdbc.queryForMap("SELECT * FROM spans WHERE project_id = ? AND span_id = 'child'", project.projectId());
        assertThat(child).containsEntry("parent_span_id", "root").containsEntry("status", "error")
                .containsEntry("status_message", "timeout").containsEntry("cost", 0.002);
    }

    @Test
    void resendingABatchStoresEachSpanOnce() throws Exception {
        String body = "{\"spans\":[" + span("trace-r", "a", "") + "," + span("trace-r", "b", "") + "," + span("trace-r", "a", "") + "]}";
        assertThat(post(body).statusCode()).isEqualTo(202);
        assertThat(post(body).statusCode()).isEqualTo(202);
        awaitProjected();
        assertThat(storedSpans("trace-r")).isEqualTo(2);
    }

    @Test
    void invalidBatchesAreRejectedWithFieldErrorsAndChangeNothing() throws Exception {
        long end = eventLog.durableEnd();
        HttpResponse<String> response = post("{\"spans\":[" + span("trace-v", "ok", "") + ",{\"traceId\":\"trace-v\",\"name\":\"x\",\"startTime\":\"noon\"}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:trustplane:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("spans[1].spanId", "spans[1].startTime");
        assertThat(eventLog.durableEnd()).isEqualTo(end);
        awaitProjected();
        assertThat(storedSpans("trace-v")).isZero();

        HttpResponse<String> malformed = post("{\"spans\":[{\"traceId\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        String filler = "x".repeat(1024 * 1024);
        HttpResponse<String> response = post("{\"spans\":[" + span("trace-big", "a", "\"note\":\"" + filler + "\",") + "]}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("urn:trustplane:problem:payload-too-large");
    }

    @Test
    void gzipBodiesAreAcceptedAndTheirLimitAppliesAfterDecompression() throws Exception {
        byte[] small = gzip("{\"spans\":[" + span("trace-gz", "a", "") + "]}");
        assertThat(post(project.key(), "application/json", small, Map.of("Content-Encoding", "gzip")).statusCode()).isEqualTo(202);
        byte[] bomb = gzip("{\"spans\":[" + span("trace-gz", "b", "\"note\":\"" + " ".repeat(2 * 1024 * 1024) + "\",") + "]}");
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(post(project.key(), "application/json", bomb, Map.of("Content-Encoding", "gzip")).statusCode()).isEqualTo(413);
        HttpResponse<String> notGzip = post(project.key(), "application/json", "{\"spans\":[]}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Encoding", "gzip"));
        assertThat(notGzip.statusCode()).isEqualTo(400);
        assertThat(notGzip.body()).contains("not valid gzip");
        awaitProjected();
        assertThat(storedSpans("trace-gz")).isEqualTo(1);
    }

    @Test
    void requestsWithoutAKeyOrWithTheWrongMediaTypeAreRejected() throws Exception {
        byte[] body = ("{\"spans\":[" + span("trace-x", "a", "") + "]}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = post(null, "application/json", body, Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> text = post(project.key(), "text/plain", body, Map.of());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void spansOfOneProjectAreInvisibleToAnother() throws Exception {
        TestProject other = ProjectFixtures.create(jdbc, "other");
        assertThat(post(other.key(), "application/json",
                ("{\"spans\":[" + span("shared-id", "a", "") + "]}").getBytes(StandardCharsets.UTF_8), Map.of()).statusCode())
                .isEqualTo(202);
        assertThat(post("{\"spans\":[" + span("shared-id", "a", "") + "]}").statusCode()).isEqualTo(202);
        awaitProjected();
        // Same client ids in two projects are two different spans.
        assertThat(jdbc.queryForList("SELECT project_id FROM spans WHERE trace_id = 'shared-id'", java.util.UUID.class))
                .containsExactlyInAnyOrder(project.projectId(), other.projectId());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
