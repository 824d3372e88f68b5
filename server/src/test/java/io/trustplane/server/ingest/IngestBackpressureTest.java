package io.trustplane.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** When the store falls behind the event log by more than the configured lag, ingestion sheds load with 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestBackpressureTest {
    static final String ADMIN = "backpressure-admin-key-0123456789";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
        registry.add("trustplane.ingest.max-projection-lag", () -> "1B");
        registry.add("trustplane.ingest.projection-linger", () -> "1h"); // the store stays behind for the test
    }

    @LocalServerPort
    int port;

    @Test
    void ingestionAnswers503WithRetryAfterWhileTheStoreIsTooFarBehind() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, "backpressure");
        String batch = "{\"spans\":[{\"traceId\":\"t\",\"spanId\":\"s\",\"name\":\"n\",\"startTime\":\"2026-11-22T10:00:00Z\"}]}";
        assertThat(api.post("/api/v1/traces", tenant.key(), batch).status()).isEqualTo(202);

        HttpResponse<String> shed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/traces"))
                .header("Authorization", "Bearer " + tenant.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(new Response(shed.statusCode(), "", shed.body()).json().get("type").asString())
                .isEqualTo("urn:trustplane:problem:overloaded");
        Response metrics = api.get("/metrics", null);
        assertThat(metrics.body()).contains("trustplane_ingest_requests_total{application=\"trustplane\",outcome=\"overloaded\"} 1.0");
    }
}
