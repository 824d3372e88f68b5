package io.trustplane.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code /api/v1/gateway/upstreams}: create, read, update, delete; validation listing every field; the credential
 * write-only (never in a response, the store, or the audit log in clear); project isolation; audited changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayUpstreamApiTest {
    static final String SECRET = "sk-live-credential-must-not-leak-9876";
    static final String BASE = "/api/v1/gateway/upstreams";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "gateway-upstream-test-admin-key-0123");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;
    TestProject project;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = ProjectFixtures.create(jdbc, "upstreams");
    }

    @Test
    void createReadUpdateDeleteWithAWriteOnlyCredential() {
        Response created = api.post(BASE, project.key(), "{\"name\":\"OpenAI\",\"baseUrl\":\"https://api.openai.com/v1/\","
                + "\"credential\":\"" + SECRET + "\",\"models\":{\"smart\":\"gpt-4o\"},\"maxRetries\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode upstream = created.json();
        assertThat(upstream.path("baseUrl").asString()).isEqualTo("https://api.openai.com/v1");
        assertThat(upstream.path("kind").asString()).isEqualTo("openai");
        assertThat(upstream.path("enabled").asBoolean()).isTrue();
        assertThat(upstream.path("credential").path("set").asBoolean()).isTrue();
        assertThat(upstream.path("credential").path("hint").asString()).isEqualTo("...9876");
        assertThat(created.body()).doesNotContain(SECRET);

        Response read = api.get(BASE + "/openai", project.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(SECRET);
        assertThat(read.json().path("models").path("smart").asString()).isEqualTo("gpt-4o");

        Response updated = api.patch(BASE + "/OPENAI", project.key(), "{\"priority\":3,\"maxRetries\":null,\"credential\":null}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("priority").asInt()).isEqualTo(3);
        assertThat(updated.json().path("maxRetries").isNull()).isTrue();
        assertThat(updated.json().path("credential").path("set").asBoolean()).isFalse();
        assertThat(updated.json().path("models").path("smart").asString()).isEqualTo("gpt-4o");

        assertThat(api.get(BASE, project.key()).json().path("items")).hasSize(1);
        assertThat(api.delete(BASE + "/openai", project.key()).status()).isEqualTo(204);
        assertThat(api.get(BASE + "/openai", project.key()).status()).isEqualTo(404);

        List<String> actions = new ArrayList<>();
        for (JsonNode entry : api.get("/api/v1/audit/entries?limit=100", project.key()).json().path("entries")) {
            if (entry.path("action").asString().startsWith("gateway.upstream.")) actions.add(entry.path("action").asString());
            assertThat(entry.toString()).doesNotContain(SECRET);
        }
        assertThat(actions).containsExactlyInAnyOrder("gateway.upstream.created", "gateway.upstream.updated", "gateway.upstream.deleted");
    }

    @Test
    void theCredentialIsStoredEncrypted() {
        assertThat(api.post(BASE, project.key(), "{\"name\":\"enc\",\"baseUrl\":\"http://localhost:1/v1\",\"credential\":\"" + SECRET + "\"}")
                .status()).isEqualTo(201);
        String stored = jdbc.queryForObject("SELECT credential FROM gateway_upstreams WHERE project_id = ? AND name_key = 'enc'",
                String.class, project.projectId());
        assertThat(stored).isNotBlank().doesNotContain(SECRET).doesNotContain("9876");
    }

    @Test
    void everyInvalidFieldIsListed() {
        Response bad = api.post(BASE, project.key(), "{\"name\":\"bad name!\",\"baseUrl\":\"ftp://example.com\",\"kind\":\"bedrock\","
                + "\"models\":{\"a\":7},\"maxRetries\":99,\"colour\":\"blue\",\"credential\":\"has space\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "baseUrl", "kind", "models.a", "maxRetries", "colour", "credential");

        assertThat(api.post(BASE, project.key(), "{\"name\":\"u\",\"baseUrl\":\"https://user:pw@example.com/v1\"}").status()).isEqualTo(400);
        assertThat(api.post(BASE, project.key(), "{\"name\":\"u\",\"baseUrl\":\"https://example.com/v1?x=1\"}").status()).isEqualTo(400);
        assertThat(api.post(BASE, project.key(), "{\"name\":\"u\",\"baseUrl\":\"https://example.com/v1\",\"apiVersion\":\"2024-10-21\"}")
                .body()).contains("apiVersion");
        assertThat(api.post(BASE, project.key(), "not json").status()).isEqualTo(400);
    }

    @Test
    void namesAreUniqueAndCannotChange() {
        assertThat(api.post(BASE, project.key(), "{\"name\":\"dup\",\"baseUrl\":\"http://localhost:1/v1\"}").status()).isEqualTo(201);
        assertThat(api.post(BASE, project.key(), "{\"name\":\"DUP\",\"baseUrl\":\"http://localhost:2/v1\"}").status()).isEqualTo(409);
        Response rename = api.patch(BASE + "/dup", project.key(), "{\"name\":\"other\"}");
        assertThat(rename.status()).isEqualTo(400);
        assertThat(rename.body()).contains("cannot be changed");
    }

    @Test
    void anotherProjectsUpstreamIsNotFound() {
        assertThat(api.post(BASE, project.key(), "{\"name\":\"mine\",\"baseUrl\":\"http://localhost:1/v1\"}").status()).isEqualTo(201);
        TestProject other = ProjectFixtures.create(jdbc, "other");
        assertThat(api.get(BASE + "/mine", other.key()).status()).isEqualTo(404);
        assertThat(api.patch(BASE + "/mine", other.key(), "{\"enabled\":false}").status()).isEqualTo(404);
        assertThat(api.delete(BASE + "/mine", other.key()).status()).isEqualTo(404);
        assertThat(api.get(BASE, other.key()).json().path("items")).isEmpty();
        assertThat(api.get(BASE + "/mine", project.key()).status()).isEqualTo(200);
    }
}
