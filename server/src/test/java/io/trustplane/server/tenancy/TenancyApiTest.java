package io.trustplane.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenancyApiTest {
    static final String ADMIN = "tenancy-test-admin-key-0123456789";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
        registry.add("trustplane.security.last-used-flush", () -> "100ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static int counter;

    private static synchronized String unique(String name) {
        return name + "-" + (++counter) + "-" + System.nanoTime();
    }

    @Test
    void anAdminCreatesAnOrganizationAProjectAndAKeyThatWorks() {
        String orgName = unique("acme");
        Response org = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"  " + orgName + "  \"}");
        assertThat(org.status()).isEqualTo(201);
        assertThat(org.json().get("name").asString()).isEqualTo(orgName);
        String orgId = org.json().get("id").asString();
        assertThat(orgId.charAt(14)).as("UUIDv7").isEqualTo('7');
        assertThat(api.get("/api/v1/admin/organizations/" + orgId, ADMIN).json().get("name").asString()).isEqualTo(orgName);
        assertThat(api.get("/api/v1/admin/organizations", ADMIN).json().findValuesAsString("id")).contains(orgId);

        Response project = api.post("/api/v1/admin/organizations/" + orgId + "/projects", ADMIN, "{\"name\":\"bot\"}");
        assertThat(project.status()).isEqualTo(201);
        String projectId = project.json().get("id").asString();
        assertThat(api.get("/api/v1/admin/organizations/" + orgId + "/projects", ADMIN).json().findValuesAsString("id"))
                .containsExactly(projectId);

        Response created = api.post("/api/v1/admin/projects/" + projectId + "/keys", ADMIN, "{\"name\":\"prod\"}");
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        String prefix = created.json().get("prefix").asString();
        assertThat(key).startsWith(prefix + "_").startsWith("tpk_").hasSizeGreaterThan(40);

        Response me = api.get("/api/v1/project", key);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("projectId").asString()).isEqualTo(projectId);
        assertThat(me.json().get("organizationId").asString()).isEqualTo(orgId);
        assertThat(me.json().get("keyPrefix").asString()).isEqualTo(prefix);

        // Listed without the secret; stored only as a hash.
        Response keys = api.get("/api/v1/admin/projects/" + projectId + "/keys", ADMIN);
        assertThat(keys.body()).doesNotContain(key).contains(prefix);
        assertThat(keys.json().get(0).has("key")).isFalse();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM api_keys WHERE prefix = ?", prefix);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).noneMatch(v -> v != null && v.toString().contains(key.substring(prefix.length() + 1)));

        // Last use is recorded (batched).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/admin/projects/" + projectId + "/keys", ADMIN).json().get(0).get("lastUsedAt").isNull()).isFalse());
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, unique("revoke"));
        assertThat(api.get("/api/v1/project", tenant.key()).status()).isEqualTo(200);
        String keyId = api.get("/api/v1/admin/projects/" + tenant.projectId() + "/keys", ADMIN).json().get(0).get("id").asString();
        assertThat(api.delete("/api/v1/admin/projects/" + tenant.projectId() + "/keys/" + keyId, ADMIN).status()).isEqualTo(204);
        Response refused = api.get("/api/v1/project", tenant.key());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.delete("/api/v1/admin/projects/" + tenant.projectId() + "/keys/" + keyId, ADMIN).status()).isEqualTo(204);
        JsonNode listed = api.get("/api/v1/admin/projects/" + tenant.projectId() + "/keys", ADMIN).json().get(0);
        assertThat(listed.get("revokedAt").isNull()).isFalse();
    }

    @Test
    void callersWithoutTheRightCredentialAreRefusedWithProblems() {
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, unique("roles"));
        Response anonymous = api.get("/api/v1/admin/organizations", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("type").asString()).isEqualTo("urn:trustplane:problem:unauthenticated");
        Response wrong = api.get("/api/v1/project", "tpk_00000000_not-a-real-key");
        assertThat(wrong.status()).isEqualTo(401);
        Response projectKeyOnAdmin = api.get("/api/v1/admin/organizations", tenant.key());
        assertThat(projectKeyOnAdmin.status()).isEqualTo(403);
        assertThat(projectKeyOnAdmin.contentType()).isEqualTo("application/problem+json");
        Response adminOnProjectApi = api.get("/api/v1/project", ADMIN);
        assertThat(adminOnProjectApi.status()).isEqualTo(403);
    }

    @Test
    void invalidAndConflictingRequestsAreExplained() {
        Response blank = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        Response tooLong = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"" + "x".repeat(101) + "\"}");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("at most 100");
        Response onlyNoBreakSpaces = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"\\u00a0\\u2003\"}");
        assertThat(onlyNoBreakSpaces.status()).isEqualTo(400);
        assertThat(onlyNoBreakSpaces.json().get("errors").get(0).get("message").asString()).isEqualTo("is required");
        Response invisible = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"ac\\u200bme\"}");
        assertThat(invisible.status()).isEqualTo(400);
        assertThat(invisible.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        Response malformed = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");

        String name = unique("dup");
        assertThat(api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        Response duplicate = api.post("/api/v1/admin/organizations", ADMIN, "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertThat(duplicate.status()).isEqualTo(409);

        ApiClient.TestTenant tenant = api.createTenant(ADMIN, unique("projdup"));
        Response sameProject = api.post("/api/v1/admin/organizations/" + tenant.organizationId() + "/projects", ADMIN,
                "{\"name\":\"" + api.get("/api/v1/admin/projects/" + tenant.projectId(), ADMIN).json().get("name").asString() + "\"}");
        assertThat(sameProject.status()).isEqualTo(409);

        assertThat(api.get("/api/v1/admin/organizations/0190b6f4-0000-7000-8000-000000000000", ADMIN).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/projects/0190b6f4-0000-7000-8000-000000000000/keys", ADMIN, "{\"name\":\"k\"}").status())
                .isEqualTo(404);
        Response notAUuid = api.get("/api/v1/admin/organizations/not-a-uuid", ADMIN);
        assertThat(notAUuid.status()).isEqualTo(400);
        assertThat(notAUuid.contentType()).isEqualTo("application/problem+json");
        assertThat(api.delete("/api/v1/admin/projects/" + tenant.projectId() + "/keys/0190b6f4-0000-7000-8000-000000000000", ADMIN)
                .status()).isEqualTo(404);
    }
}
