package io.trustplane.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.util.ArrayList;
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
import tools.jackson.databind.json.JsonMapper;

/** The model registry through the real server: CRUD, validation, stage rules, audit entries, project scoping. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelRegistryTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "registry-test-admin-key-0123456789");
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
        project = ProjectFixtures.create(jdbc, "registry");
    }

    private static final String CREDIT = """
            {"name": "credit-risk", "task": "binary_classification", "positiveClass": "approved",
             "description": "Scores loan applications.",
             "features": {"age": "numeric", "income": "numeric", "region": "categorical"},
             "protectedAttributes": ["gender"],
             "card": {"intendedUse": "Pre-screening of consumer loans", "trainingData": "2019-2024 applications",
                      "limitations": "Not for business loans", "owners": ["risk-ml@example.com"], "riskLevel": "high",
                      "reviewBoard": {"approvedOn": "2026-01-10"}}}""";

    private List<Map<String, Object>> audit(String action) {
        return jdbc.queryForList("SELECT action, target, body FROM audit_entries WHERE project_id = ? AND action = ? ORDER BY seq",
                project.projectId().toString(), action);
    }

    @Test
    void modelsAreCreatedReadListedAndUpdatedWithEveryChangeAudited() {
        Response created = api.post("/api/v1/models", project.key(), CREDIT);
        assertThat(created.status()).isEqualTo(201);
        JsonNode model = created.json();
        assertThat(model.get("task").asString()).isEqualTo("binary_classification");
        assertThat(model.get("positiveClass").asString()).isEqualTo("approved");
        assertThat(model.get("features").get("region").asString()).isEqualTo("categorical");
        assertThat(model.get("card").get("riskLevel").asString()).isEqualTo("high");
        assertThat(model.get("card").get("reviewBoard").get("approvedOn").asString()).isEqualTo("2026-01-10");
        assertThat(audit("model.created")).hasSize(1);
        assertThat(audit("model.created").getFirst().get("body").toString()).contains("\"name\":\"credit-risk\"", "\"riskLevel\":\"high\"");

        assertThat(api.get("/api/v1/models/CREDIT-RISK", project.key()).json().get("id").asString()).isEqualTo(model.get("id").asString());
        Response duplicate = api.post("/api/v1/models", project.key(), CREDIT.replace("credit-risk", "Credit-Risk"));
        assertThat(duplicate.status()).isEqualTo(409);

        Response updated = api.patch("/api/v1/models/credit-risk", project.key(), """
                {"description": "Scores consumer loan applications.", "features": {"tenure": "numeric", "age": "numeric"},
                 "protectedAttributes": ["age_band"], "card": {"limitations": null, "riskLevel": "limited"}}""");
        assertThat(updated.status()).isEqualTo(200);
        JsonNode after = updated.json();
        assertThat(after.get("features").propertyNames()).containsExactly("age", "income", "region", "tenure");
        assertThat(after.get("protectedAttributes").valueStream().map(JsonNode::asString)).containsExactly("gender", "age_band");
        assertThat(after.get("card").has("limitations")).isFalse();
        assertThat(after.get("card").get("intendedUse").asString()).isEqualTo("Pre-screening of consumer loans");
        List<Map<String, Object>> updates = audit("model.updated");
        assertThat(updates).hasSize(1);
        JsonNode body = JSON.readTree(updates.getFirst().get("body").toString());
        assertThat(body.get("from").get("description").asString()).isEqualTo("Scores loan applications.");
        assertThat(body.get("to").get("card").get("riskLevel").asString()).isEqualTo("limited");
        assertThat(body.get("to").has("features")).isTrue();

        Response same = api.patch("/api/v1/models/credit-risk", project.key(), "{\"description\": \"Scores consumer loan applications.\"}");
        assertThat(same.status()).isEqualTo(200);
        assertThat(audit("model.updated")).hasSize(1); // nothing changed, nothing audited

        assertThat(api.patch("/api/v1/models/credit-risk", project.key(), "{\"archived\": true}").json().get("archived").asBoolean()).isTrue();
        assertThat(audit("model.archived")).hasSize(1);
        assertThat(api.get("/api/v1/models", project.key()).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/models?archived=true", project.key()).json().get("items")).hasSize(1);
        assertThat(api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"1\"}").status()).isEqualTo(409);
        api.patch("/api/v1/models/credit-risk", project.key(), "{\"archived\": false}");
        assertThat(audit("model.restored")).hasSize(1);
        assertThat(api.delete("/api/v1/models/credit-risk", project.key()).status()).isEqualTo(405);
    }

    @Test
    void invalidModelsAreRefusedWithFieldErrorsAndNothingIsStored() {
        Response response = api.post("/api/v1/models", project.key(), """
                {"name": "bad name!", "task": "ranking", "features": {"x": "text"}, "protectedAttributes": "gender",
                 "card": {"riskLevel": "extreme", "owners": ["a", "a"]}, "colour": "blue"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:trustplane:problem:validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "colour", "name", "task", "features.x", "protectedAttributes", "card.riskLevel", "card.owners[1]");

        Response binary = api.post("/api/v1/models", project.key(), "{\"name\": \"churn\", \"task\": \"binary_classification\"}");
        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.json().get("detail").asString()).contains("positiveClass");
        Response regression = api.post("/api/v1/models", project.key(),
                "{\"name\": \"price\", \"task\": \"regression\", \"positiveClass\": \"yes\"}");
        assertThat(regression.json().get("errors").findValuesAsString("field")).containsExactly("positiveClass");
        assertThat(api.post("/api/v1/models", project.key(), "not json").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM models WHERE project_id = ?", Long.class, project.projectId())).isZero();

        api.post("/api/v1/models", project.key(), CREDIT);
        Response change = api.patch("/api/v1/models/credit-risk", project.key(),
                "{\"task\": \"regression\", \"positiveClass\": \"denied\", \"features\": {\"age\": \"categorical\"}}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("task", "positiveClass", "features.age");
        assertThat(api.get("/api/v1/models/credit-risk", project.key()).json().get("features").get("age").asString()).isEqualTo("numeric");
        assertThat(audit("model.updated")).isEmpty();
    }

    @Test
    void anotherProjectsModelsAreNotFound() {
        api.post("/api/v1/models", project.key(), CREDIT);
        api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"1.0.0\"}");
        TestProject other = ProjectFixtures.create(jdbc, "other");
        assertThat(api.get("/api/v1/models/credit-risk", other.key()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/models/credit-risk/versions/1.0.0", other.key()).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/models/credit-risk", other.key(), "{\"description\": \"mine\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/models/credit-risk/versions/1.0.0/predictions", other.key(),
                "{\"predictions\": [{\"id\": \"p\", \"prediction\": {\"label\": \"approved\"}}]}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/models", other.key()).json().get("items")).isEmpty();
        // the other project may use the same name for its own model
        assertThat(api.post("/api/v1/models", other.key(), CREDIT).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/models", null).status()).isEqualTo(401);
    }

    @Test
    void modelsAndVersionsArePagedWithCursors() {
        for (String name : List.of("m-c", "m-a", "m-b")) {
            api.post("/api/v1/models", project.key(), "{\"name\": \"" + name + "\", \"task\": \"regression\"}");
        }
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = api.get("/api/v1/models?limit=2" + cursor, project.key()).json();
            page.get("items").forEach(m -> names.add(m.get("name").asString()));
            cursor = page.get("nextCursor").isNull() ? null : "&cursor=" + page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(names).containsExactly("m-a", "m-b", "m-c");

        for (String v : List.of("1", "2", "3")) api.post("/api/v1/models/m-a/versions", project.key(), "{\"version\": \"" + v + "\"}");
        JsonNode first = api.get("/api/v1/models/m-a/versions?limit=2", project.key()).json();
        assertThat(first.get("items").findValuesAsString("version")).containsExactly("3", "2");
        JsonNode second = api.get("/api/v1/models/m-a/versions?limit=2&cursor=" + first.get("nextCursor").asString(), project.key()).json();
        assertThat(second.get("items").findValuesAsString("version")).containsExactly("1");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/models?cursor=garbage", project.key()).status()).isEqualTo(400);
    }

    @Test
    void promotingAVersionToProductionDemotesThePreviousOneAndRetiredIsTerminal() {
        api.post("/api/v1/models", project.key(), CREDIT);
        Response v1 = api.post("/api/v1/models/credit-risk/versions", project.key(), """
                {"version": "1.0.0", "stage": "production", "endpoints": [{"name": "primary", "url": "https://models.example.com/credit/v1"}],
                 "notes": "first"}""");
        assertThat(v1.status()).isEqualTo(201);
        assertThat(v1.json().get("stage").asString()).isEqualTo("production");
        Response v2 = api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"2.0.0\"}");
        assertThat(v2.json().get("stage").asString()).isEqualTo("development");
        assertThat(api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"2.0.0\"}").status()).isEqualTo(409);

        assertThat(api.patch("/api/v1/models/credit-risk/versions/2.0.0", project.key(), "{\"stage\": \"canary\"}").status()).isEqualTo(200);
        Response promoted = api.patch("/api/v1/models/credit-risk/versions/2.0.0", project.key(), "{\"stage\": \"production\"}");
        assertThat(promoted.json().get("stage").asString()).isEqualTo("production");
        assertThat(api.get("/api/v1/models/credit-risk/versions/1.0.0", project.key()).json().get("stage").asString()).isEqualTo("staging");

        List<String> stageChanges = audit("model.version.stage_changed").stream()
                .map(row -> JSON.readTree(row.get("body").toString()))
                .map(b -> b.get("version").asString() + ":" + b.get("from").asString() + "->" + b.get("to").asString()).toList();
        assertThat(stageChanges).containsExactly("2.0.0:development->canary", "2.0.0:canary->production", "1.0.0:production->staging");
        assertThat(audit("model.version.created")).hasSize(2);

        Response endpoints = api.patch("/api/v1/models/credit-risk/versions/1.0.0", project.key(),
                "{\"endpoints\": [{\"name\": \"primary\", \"url\": \"ftp://x\"}, {\"name\": \"primary\", \"url\": \"https://a.example\"}]}");
        assertThat(endpoints.status()).isEqualTo(400);
        assertThat(endpoints.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("endpoints[0].url", "endpoints[1].name");
        assertThat(api.patch("/api/v1/models/credit-risk/versions/1.0.0", project.key(),
                "{\"endpoints\": [], \"notes\": null}").json().get("endpoints")).isEmpty();
        assertThat(audit("model.version.updated")).hasSize(1);

        assertThat(api.patch("/api/v1/models/credit-risk/versions/1.0.0", project.key(), "{\"stage\": \"retired\"}").status()).isEqualTo(200);
        Response back = api.patch("/api/v1/models/credit-risk/versions/1.0.0", project.key(), "{\"stage\": \"production\"}");
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("detail").asString()).contains("retired");
        assertThat(api.patch("/api/v1/models/credit-risk/versions/1.0.0", project.key(), "{\"stage\": \"live\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/models/credit-risk/versions/9.9", project.key()).status()).isEqualTo(404);
    }

    @Test
    void versionsOfAModelWithUnacceptableRiskCannotServeTraffic() {
        api.post("/api/v1/models", project.key(), CREDIT.replace("\"riskLevel\": \"high\"", "\"riskLevel\": \"unacceptable\""));
        assertThat(api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"1\", \"stage\": \"production\"}").status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/models/credit-risk/versions", project.key(), "{\"version\": \"1\"}").status()).isEqualTo(201);
        Response canary = api.patch("/api/v1/models/credit-risk/versions/1", project.key(), "{\"stage\": \"canary\"}");
        assertThat(canary.status()).isEqualTo(409);
        assertThat(canary.json().get("detail").asString()).contains("unacceptable");
    }
}
