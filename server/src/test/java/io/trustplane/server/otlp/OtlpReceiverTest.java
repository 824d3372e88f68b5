package io.trustplane.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.ingest.SpanProjector;
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
import java.util.HexFormat;
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

/**
 * The OTLP/HTTP receiver's protocol, over real HTTP against the real server: both encodings, gzip, the answers
 * the OTLP specification prescribes (partial success, 400/401/413/415 as {@code google.rpc.Status}), the key in a
 * configured header, and the stored spans' structural fields. The GenAI mapping has its own tests; the real SDK
 * clients are in {@link OtlpJavaSdkTest}, {@link OtlpJsSdkTest} and {@link OtlpCapturedPayloadTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtlpReceiverTest {
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "otlp-test-admin-key-0123456789");
        registry.add("trustplane.security.api-key-header", () -> "X-Otlp-Key");
        registry.add("trustplane.otlp.max-body-size", () -> "64KB");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SpanProjector projector;
    @Autowired
    EventLog eventLog;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestProject project;

    @BeforeEach
    void createProject() {
        project = ProjectFixtures.create(jdbc, "otlp");
    }

    @Test
    void aProtobufExportIsStoredWithItsStructureAndEveryAttribute() throws Exception {
        String traceId = "5b8efff798038103d269b633813fc60c";
        Span root = span(traceId, "eee19b7ec3c1b174", "", "chat gpt-4o")
                .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(1_763_800_000_123_456_789L).setEndTimeUnixNano(1_763_800_001_373_456_789L)
                .addAttributes(kv("gen_ai.request.model", "gpt-4o"))
                .addAttributes(KeyValue.newBuilder().setKey("app.retries").setValue(AnyValue.newBuilder().setIntValue(2)))
                .addAttributes(KeyValue.newBuilder().setKey("app.labels").setValue(AnyValue.newBuilder().setArrayValue(
                        ArrayValue.newBuilder().addValues(string("a")).addValues(string("b")))))
                .addAttributes(KeyValue.newBuilder().setKey("app.config").setValue(AnyValue.newBuilder().setKvlistValue(
                        KeyValueList.newBuilder().addValues(kv("region", "eu")))))
                .addEvents(Span.Event.newBuilder().setName("retry").setTimeUnixNano(1_763_800_000_500_000_000L)
                        .addAttributes(kv("reason", "rate limited")))
                .addLinks(Span.Link.newBuilder().setTraceId(bytes("0af7651916cd43dd8448eb211c80319c"))
                        .setSpanId(bytes("b7ad6b7169203331")))
                .build();
        Span child = span(traceId, "00f067aa0ba902b7", "eee19b7ec3c1b174", "execute_tool get_weather")
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR))
                .addAttributes(kv("error.type", "timeout"))
                .build();
        HttpResponse<byte[]> response = post("/otlp/v1/traces", "application/x-protobuf", request(root, child).toByteArray(),
                Map.of("Authorization", "Bearer " + project.key()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
        assertThat(ExportTraceServiceResponse.parseFrom(response.body()).hasPartialSuccess()).isFalse();
        awaitProjected();

        Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM spans WHERE project_id = ? AND span_id = ?",
                project.projectId(), "eee19b7ec3c1b174");
        assertThat(stored).containsEntry("trace_id", traceId).containsEntry("name", "chat gpt-4o")
                .containsEntry("status", "unset").containsEntry("duration_ms", 1250.0).containsEntry("model", "gpt-4o");
        assertThat(stored.get("parent_span_id")).isNull();
        JsonNode attributes = json.readTree((String) stored.get("attributes"));
        assertThat(attributes.get("gen_ai.request.model").asString()).isEqualTo("gpt-4o");
        assertThat(attributes.get("app.retries").asLong()).isEqualTo(2);
        assertThat(attributes.get("app.labels").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(attributes.get("app.config").get("region").asString()).isEqualTo("eu");
        assertThat(attributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(attributes.get("otel.resource").get("service.name").asString()).isEqualTo("support-bot");
        assertThat(attributes.get("otel.scope").get("name").asString()).isEqualTo("test-instrumentation");
        assertThat(attributes.get("otel.events").get(0).get("name").asString()).isEqualTo("retry");
        assertThat(attributes.get("otel.events").get(0).get("time").asString()).isEqualTo("2025-11-22T08:26:40.500Z");
        assertThat(attributes.get("otel.events").get(0).get("attributes").get("reason").asString()).isEqualTo("rate limited");
        assertThat(attributes.get("otel.links").get(0).get("traceId").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");

        Map<String, Object> tool = jdbc.queryForMap("SELECT * FROM spans WHERE project_id = ? AND span_id = ?",
                project.projectId(), "00f067aa0ba902b7");
        assertThat(tool).containsEntry("parent_span_id", "eee19b7ec3c1b174").containsEntry("status", "error")
                .containsEntry("status_message", "timeout");
    }

    @Test
    void aGzippedJsonExportWithHexIdsIsStoredAndAnsweredInJson() throws Exception {
        String body = """
                {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"js-app"}}]},
                  "scopeSpans":[{"scope":{"name":"manual"},"spans":[{
                    "traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","name":"chat",
                    "kind":3,"startTimeUnixNano":"1763800000000000000","endTimeUnixNano":1763800000500000000,
                    "attributes":[{"key":"gen_ai.request.model","value":{"stringValue":"llama3"}},
                                  {"key":"n","value":{"intValue":"7"}}],
                    "status":{"code":1},"unknownFieldOfALaterVersion":{"x":1}}]}]}]}""";
        HttpResponse<byte[]> response = post("/otlp/v1/traces", "application/json", gzip(body),
                Map.of("X-Otlp-Key", project.key(), "Content-Encoding", "gzip"));

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        awaitProjected();
        Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM spans WHERE project_id = ? AND span_id = ?",
                project.projectId(), "00f067aa0ba902b7");
        assertThat(stored).containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736").containsEntry("status", "ok")
                .containsEntry("duration_ms", 500.0).containsEntry("model", "llama3");
        JsonNode attributes = json.readTree((String) stored.get("attributes"));
        assertThat(attributes.get("n").asLong()).isEqualTo(7);
        assertThat(attributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(attributes.get("otel.resource").get("service.name").asString()).isEqualTo("js-app");
    }

    @Test
    void spansThatCannotBeStoredAreRejectedOneByOneAsAPartialSuccess() throws Exception {
        String traceId = "11111111111111111111111111111111";
        Span good = span(traceId, "2222222222222222", "", "good").build();
        Span badId = span(traceId, "33", "", "short id").build();
        Span noStart = span(traceId, "4444444444444444", "", "no start").setStartTimeUnixNano(0).build();
        Span endsEarly = span(traceId, "5555555555555555", "", "ends early").setEndTimeUnixNano(1).build();
        HttpResponse<byte[]> response = post("/otlp/v1/traces", "application/x-protobuf",
                request(good, badId, noStart, endsEarly).toByteArray(), Map.of("Authorization", "Bearer " + project.key()));

        assertThat(response.statusCode()).isEqualTo(200);
        var partial = ExportTraceServiceResponse.parseFrom(response.body()).getPartialSuccess();
        assertThat(partial.getRejectedSpans()).isEqualTo(3);
        assertThat(partial.getErrorMessage()).contains("3 span(s) rejected",
                "spans[1]: spanId must be 8 bytes, not 1", "spans[2]: startTimeUnixNano is missing",
                "spans[3]: endTimeUnixNano is before startTimeUnixNano");
        awaitProjected();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spans WHERE project_id = ? AND trace_id = ?", Long.class,
                project.projectId(), traceId)).isEqualTo(1);
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("trustplane_otlp_items_total\\{[^}]*result=\"rejected\",signal=\"traces\"[^}]*\\} [3-9]")
                .containsPattern("trustplane_otlp_requests_total\\{[^}]*outcome=\"partial\",signal=\"traces\"[^}]*\\} [1-9]");
    }

    @Test
    void aRetriedExportStoresEachSpanOnce() throws Exception {
        String traceId = "66666666666666666666666666666666";
        byte[] body = request(span(traceId, "7777777777777777", "", "a").build(), span(traceId, "8888888888888888", "", "b").build())
                .toByteArray();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/otlp/v1/traces", "application/x-protobuf", body, Map.of("Authorization", "Bearer " + project.key()))
                    .statusCode()).isEqualTo(200);
        }
        awaitProjected();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spans WHERE project_id = ? AND trace_id = ?", Long.class,
                project.projectId(), traceId)).isEqualTo(2);
    }

    @Test
    void failuresAreGoogleRpcStatusesInTheRequestsEncodingAndStoreNothing() throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + project.key());
        long before = jdbc.queryForObject("SELECT count(*) FROM spans", Long.class);

        HttpResponse<byte[]> garbage = post("/otlp/v1/traces", "application/x-protobuf", new byte[] {(byte) 0xff, 0x01, 0x02}, auth);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
        assertThat(status(garbage.body())).startsWith("3:The body is not a protobuf-encoded ExportTraceServiceRequest");

        HttpResponse<byte[]> badHex = post("/otlp/v1/traces", "application/json",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"not-hex\"}]}]}]}".getBytes(StandardCharsets.UTF_8), auth);
        assertThat(badHex.statusCode()).isEqualTo(400);
        JsonNode badHexStatus = json.readTree(badHex.body());
        assertThat(badHexStatus.get("code").asInt()).isEqualTo(3);
        assertThat(badHexStatus.get("message").asString())
                .contains("$.resourceSpans[0].scopeSpans[0].spans[0].traceId must be a hex-encoded id (OTLP/JSON), not \"not-hex\"");

        HttpResponse<byte[]> notJson = post("/otlp/v1/traces", "application/json", "{\"resourceSpans\":".getBytes(StandardCharsets.UTF_8), auth);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notJson.body()).get("message").asString()).startsWith("The body is not an OTLP/JSON ExportTraceServiceRequest: not valid JSON");

        HttpResponse<byte[]> tooLarge = post("/otlp/v1/traces", "application/x-protobuf", new byte[70 * 1024], auth);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(status(tooLarge.body())).contains("trustplane.otlp.max-body-size");

        HttpResponse<byte[]> text = post("/otlp/v1/traces", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), auth);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(status(text.body())).contains("application/x-protobuf or application/json");

        HttpResponse<byte[]> noKey = post("/otlp/v1/traces", "application/x-protobuf", request().toByteArray(), Map.of());
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(status(noKey.body())).isEqualTo("16:Send an API key as 'Authorization: Bearer <key>' or 'X-Otlp-Key: <key>'.");
        HttpResponse<byte[]> wrongKey = post("/otlp/v1/traces", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("X-Otlp-Key", "tpk_00000000_wrongwrongwrongwrongwrongwrongwrongwrongwro"));
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrongKey.body()).get("message").asString()).isEqualTo("The API key is unknown or has been revoked.");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM spans", Long.class)).isEqualTo(before);
    }

    @Test
    void genAiLogEventsAreJoinedToTheirSpanAndOtherLogRecordsAreAWarning() throws Exception {
        String traceId = "9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a";
        String spanId = "1b1b1b1b1b1b1b1b";
        LogRecord user = LogRecord.newBuilder().setEventName("gen_ai.user.message").setTimeUnixNano(1_763_800_000_100_000_000L)
                .setTraceId(bytes(traceId)).setSpanId(bytes(spanId)).addAttributes(kv("gen_ai.system", "openai"))
                .setBody(AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addValues(kv("content", "Weather in Paris?"))))
                .build();
        LogRecord choice = LogRecord.newBuilder().setEventName("gen_ai.choice").setTimeUnixNano(1_763_800_000_900_000_000L)
                .setTraceId(bytes(traceId)).setSpanId(bytes(spanId)).addAttributes(kv("gen_ai.system", "openai"))
                .setBody(AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addValues(kv("finish_reason", "stop"))
                        .addValues(KeyValue.newBuilder().setKey("message").setValue(AnyValue.newBuilder().setKvlistValue(
                                KeyValueList.newBuilder().addValues(kv("role", "assistant")).addValues(kv("content", "Sunny, 21 C.")))))))
                .build();
        LogRecord noContext = user.toBuilder().clearTraceId().clearSpanId().build();
        LogRecord appLog = LogRecord.newBuilder().setTimeUnixNano(1_763_800_000_000_000_000L).setBody(string("cache warmed")).build();
        ExportLogsServiceRequest logs = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", "support-bot")))
                .addScopeLogs(ScopeLogs.newBuilder().addLogRecords(user).addLogRecords(choice).addLogRecords(noContext)
                        .addLogRecords(appLog))).build();
        HttpResponse<byte[]> response = post("/otlp/v1/logs", "application/x-protobuf", logs.toByteArray(),
                Map.of("Authorization", "Bearer " + project.key()));

        assertThat(response.statusCode()).isEqualTo(200);
        var partial = ExportLogsServiceResponse.parseFrom(response.body()).getPartialSuccess();
        assertThat(partial.getRejectedLogRecords()).isEqualTo(1);
        assertThat(partial.getErrorMessage()).contains("logRecords[2]: a GenAI event without a span context",
                "1 log record(s) are not GenAI events");

        // the span arrives after its messages, with none of its own
        assertThat(post("/otlp/v1/traces", "application/x-protobuf", request(span(traceId, spanId, "", "chat gpt-4o").build())
                .toByteArray(), Map.of("Authorization", "Bearer " + project.key())).statusCode()).isEqualTo(200);
        awaitProjected();
        Map<String, Object> stored = jdbc.queryForMap("SELECT input, output FROM spans WHERE project_id = ? AND span_id = ?",
                project.projectId(), spanId);
        JsonNode input = json.readTree((String) stored.get("input"));
        JsonNode output = json.readTree((String) stored.get("output"));
        assertThat(input.size()).isEqualTo(1);
        assertThat(input.get(0).get("role").asString()).isEqualTo("user");
        assertThat(input.get(0).get("content").asString()).isEqualTo("Weather in Paris?");
        assertThat(output.size()).isEqualTo(1);
        assertThat(output.get(0).get("role").asString()).isEqualTo("assistant");
        assertThat(output.get(0).get("content").asString()).isEqualTo("Sunny, 21 C.");
    }

    // ---- helpers

    private ExportTraceServiceRequest request(Span... spans) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("test-instrumentation"));
        for (Span s : spans) scope.addSpans(s);
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", "support-bot")))
                .addScopeSpans(scope)).build();
    }

    private static Span.Builder span(String traceId, String spanId, String parentSpanId, String name) {
        return Span.newBuilder().setTraceId(bytes(traceId)).setSpanId(bytes(spanId)).setParentSpanId(bytes(parentSpanId))
                .setName(name).setStartTimeUnixNano(1_763_800_000_000_000_000L).setEndTimeUnixNano(1_763_800_000_200_000_000L);
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HEX.parseHex(hex));
    }

    private static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(string(value)).build();
    }

    private static AnyValue string(String value) {
        return AnyValue.newBuilder().setStringValue(value).build();
    }

    /** A protobuf google.rpc.Status as {@code code:message}, read with protobuf's own decoder. */
    private static String status(byte[] body) throws Exception {
        var in = com.google.protobuf.CodedInputStream.newInstance(body);
        int code = -1;
        String message = null;
        for (int tag; (tag = in.readTag()) != 0; ) {
            switch (tag >>> 3) {
                case 1 -> code = in.readInt32();
                case 2 -> message = in.readString();
                default -> in.skipField(tag);
            }
        }
        return code + ":" + message;
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitProjected() {
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(10)).until(() -> projector.projectedOffset() >= end);
    }
}
