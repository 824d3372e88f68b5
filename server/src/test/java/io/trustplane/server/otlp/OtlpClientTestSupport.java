package io.trustplane.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.ingest.SpanProjector;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ApiClient.TestTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One running server for the real-client tests (the OpenTelemetry Java SDK, the JS SDK, a captured payload): the
 * subclasses add no configuration of their own, so they share this Spring context. Tenants are created through the
 * admin API, and stored spans are read back through the query API only, as a user of the platform would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OtlpClientTestSupport {
    static final String ADMIN_KEY = "otlp-clients-admin-key-0123456789abcdef";
    /** The key header is configurable (trustplane.security.api-key-header); the tests use a non-default one. */
    static final String KEY_HEADER = "X-TrustPlane-Key";
    static final JsonMapper JSON = JsonMapper.builder().build();

    // Created eagerly: the context is built before any @TempDir field of a test instance would be set.
    static final Path DATA_DIR = newTempDir();

    private static Path newTempDir() {
        try {
            Path dir = Files.createTempDirectory("trustplane-otlp-clients");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", DATA_DIR::toString);
        registry.add("trustplane.security.admin-key", () -> ADMIN_KEY);
        registry.add("trustplane.security.api-key-header", () -> KEY_HEADER);
    }

    @LocalServerPort
    int port;
    @Autowired
    SpanProjector projector;
    @Autowired
    EventLog eventLog;

    ApiClient api() {
        return new ApiClient(port);
    }

    /** What a user puts in OTEL_EXPORTER_OTLP_ENDPOINT; the exporters append /v1/traces and /v1/logs. */
    String otlpEndpoint() {
        return "http://localhost:" + port + "/otlp";
    }

    TestTenant newTenant(String name) {
        return api().createTenant(ADMIN_KEY, name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Waits until everything acknowledged so far is in the store the query API reads. */
    void awaitProjected() {
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(20)).until(() -> projector.projectedOffset() >= end);
    }

    /** GET /api/v1/traces/{traceId} with the tenant's key: the summary and the span tree. */
    JsonNode trace(TestTenant tenant, String traceId) {
        Response response = api().get("/api/v1/traces/" + traceId, tenant.key());
        assertThat(response.status()).as("GET trace %s: %s", traceId, response.body()).isEqualTo(200);
        return response.json();
    }

    /** Every span of a trace tree by its id, in tree order; each node keeps its children. */
    static Map<String, JsonNode> spansById(JsonNode trace) {
        Map<String, JsonNode> spans = new LinkedHashMap<>();
        List<JsonNode> pending = new ArrayList<>();
        trace.get("spans").forEach(pending::add);
        while (!pending.isEmpty()) {
            JsonNode span = pending.removeFirst();
            spans.put(span.get("spanId").asString(), span);
            span.get("children").forEach(pending::add);
        }
        return spans;
    }

    static List<String> childIds(JsonNode span) {
        List<String> ids = new ArrayList<>();
        span.get("children").forEach(child -> ids.add(child.get("spanId").asString()));
        return ids;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** The JSON text parsed; compared as JSON (member order does not matter, numbers by value and type). */
    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** Text-only messages as the receiver normalizes them: the role, a flat content, and the one text part. */
    static ArrayNode textMessages(String... roleThenText) {
        ArrayNode messages = JSON.createArrayNode();
        for (int i = 0; i < roleThenText.length; i += 2) {
            ObjectNode message = messages.addObject().put("role", roleThenText[i]).put("content", roleThenText[i + 1]);
            message.putArray("parts").addObject().put("type", "text").put("content", roleThenText[i + 1]);
        }
        return messages;
    }

    /** One assistant text message that ended for {@code finishReason}, normalized. */
    static ArrayNode answer(String text, String finishReason) {
        ArrayNode messages = textMessages("assistant", text);
        ((ObjectNode) messages.get(0)).put("finish_reason", finishReason);
        return messages;
    }

    static void assertTokens(JsonNode span, long input, long output, long total) {
        assertThat(span.get("inputTokens").asLong()).as("inputTokens").isEqualTo(input);
        assertThat(span.get("outputTokens").asLong()).as("outputTokens").isEqualTo(output);
        assertThat(span.get("totalTokens").asLong()).as("totalTokens").isEqualTo(total);
    }

    /** A JSON value that a span carries as a JSON string attribute (gen_ai.input.messages and the like), parsed. */
    static JsonNode parsed(JsonNode stringAttribute) {
        return JSON.readTree(stringAttribute.asString());
    }
}
