package io.trustplane.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {
    static final String ADMIN = "ops-test-admin-key-0123456789abc";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
    }

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreOpenToProbes() {
        ApiClient api = new ApiClient(port);
        Response live = api.get("/health", null);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json()).isEqualTo(JsonMapper.builder().build().readTree("{\"status\":\"UP\"}"));
        Response ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("UP");
        JsonNode components = ready.json().get("components");
        assertThat(components.propertyNames()).containsExactlyInAnyOrder("db", "eventLog", "readinessState");
        for (String name : components.propertyNames()) {
            assertThat(components.get(name).get("status").asString()).as(name).isEqualTo("UP");
            assertThat(components.get(name).has("details")).as(name + " details are not for anonymous probes").isFalse();
        }
    }

    @Test
    void theAdminCredentialSeesReadinessDetails() {
        Response ready = new ApiClient(port).get("/health/ready", ADMIN);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("components").get("db").get("details").get("database").asString()).isEqualTo("DuckDB");
        assertThat(ready.json().get("components").get("eventLog").has("details")).isTrue();
    }

    @Test
    void prometheusMetricsIncludeIngestionHttpAndJvm() {
        ApiClient api = new ApiClient(port);
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, "metrics");
        assertThat(api.post("/api/v1/traces", tenant.key(), """
                {"spans":[{"traceId":"m","spanId":"1","name":"chat","startTime":"2026-11-22T10:00:00Z"}]}""").status())
                .isEqualTo(202);
        Response metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("trustplane_ingest_spans_total{application=\"trustplane\"} 1.0")
                .contains("trustplane_ingest_requests_total{application=\"trustplane\",outcome=\"accepted\"} 1.0")
                .contains("trustplane_ingest_batch_size_spans_bucket")
                .contains("trustplane_ingest_ack_latency_seconds_bucket")
                .contains("trustplane_eventlog_fsync_seconds_bucket")
                .contains("trustplane_projector_lag_bytes")
                .contains("http_server_requests_seconds_bucket")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void theNoopEndpointNeedsAProjectKeyAndStoresNothing() {
        ApiClient api = new ApiClient(port);
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, "noop");
        Response ok = api.post("/api/v1/noop", tenant.key(), "{\"spans\":[]}");
        assertThat(ok.status()).isEqualTo(202);
        assertThat(ok.json().get("accepted").asInt()).isZero();
        assertThat(api.post("/api/v1/noop", null, "{}").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/noop", ADMIN, "{}").status()).isEqualTo(403);
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() {
        ApiClient api = new ApiClient(port);
        for (String path : new String[] {"/actuator/env", "/actuator/health", "/actuator/beans", "/env", "/actuator"}) {
            assertThat(api.get(path, null).status()).as(path).isIn(401, 404);
        }
        assertThat(api.get("/actuator/health", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void logsAreJsonLinesAndNeverContainKeys(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, "logs");
        String lines = output.getOut();
        JsonMapper json = JsonMapper.builder().build();
        String created = lines.lines().filter(l -> l.contains("created API key")).findFirst().orElseThrow();
        assertThat(json.readTree(created).get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(lines).doesNotContain(tenant.key()).doesNotContain(ADMIN);
    }
}
