package io.trustplane.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.guard.TraceGuardScanner;
import io.trustplane.server.ingest.SpanProjector;
import io.trustplane.server.monitoring.predictions.JoinedOutcome;
import io.trustplane.server.monitoring.predictions.PredictionAggregates;
import io.trustplane.server.monitoring.predictions.PredictionProjector;
import io.trustplane.server.monitoring.predictions.ProjectedPrediction;
import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Prediction and ground-truth logging through the real server: durable acknowledgement, validation, idempotent storage,
 * joins in either order, the aggregate hook's exactly-once rows, and the other event-log consumers left undisturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PredictionLoggingTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "prediction-test-admin-key-0123456789");
        registry.add("trustplane.monitoring.projection-linger", () -> "20ms");
    }

    /** Records what the projector hands to aggregates, and checks it is inside the projector's open transaction. */
    static final class RecordingAggregates implements PredictionAggregates {
        final List<ProjectedPrediction> stored = new CopyOnWriteArrayList<>();
        final List<JoinedOutcome> joined = new CopyOnWriteArrayList<>();
        final List<String> problems = new CopyOnWriteArrayList<>();

        @Override
        public void apply(Connection tx, List<ProjectedPrediction> newlyStored, List<JoinedOutcome> newlyJoined) throws java.sql.SQLException {
            if (tx.getAutoCommit()) problems.add("called outside a transaction");
            for (ProjectedPrediction p : newlyStored) {
                try (Statement s = tx.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM predictions WHERE prediction_id = '" + p.predictionId().replace("'", "''")
                             + "' AND version_id = '" + p.versionId() + "'")) {
                    rs.next();
                    if (rs.getLong(1) != 1) problems.add("prediction " + p.predictionId() + " not visible in the transaction");
                }
            }
            stored.addAll(newlyStored);
            joined.addAll(newlyJoined);
        }

        List<ProjectedPrediction> storedFor(UUID projectId) {
            return stored.stream().filter(p -> p.projectId().equals(projectId)).toList();
        }

        List<JoinedOutcome> joinedFor(UUID projectId) {
            return joined.stream().filter(j -> j.prediction().projectId().equals(projectId)).toList();
        }
    }

    @TestConfiguration
    static class Aggregates {
        @Bean
        RecordingAggregates recordingAggregates() {
            return new RecordingAggregates();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventLog eventLog;
    @Autowired
    PredictionProjector projector;
    @Autowired
    SpanProjector spanProjector;
    @Autowired
    TraceGuardScanner guardScanner;
    @Autowired
    RecordingAggregates aggregates;
    ApiClient api;
    TestProject project;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = ProjectFixtures.create(jdbc, "predictions");
        assertThat(api.post("/api/v1/models", project.key(), """
                {"name": "credit", "task": "binary_classification", "positiveClass": "approved",
                 "features": {"age": "numeric", "region": "categorical"}, "protectedAttributes": ["gender"]}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/models/credit/versions", project.key(), "{\"version\": \"1\", \"stage\": \"production\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/models/credit/versions", project.key(), "{\"version\": \"2\", \"stage\": \"canary\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/models", project.key(), "{\"name\": \"price\", \"task\": \"regression\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/models/price/versions", project.key(), "{\"version\": \"a\"}").status()).isEqualTo(201);
        assertThat(aggregates.problems).isEmpty();
    }

    private void awaitProjected() {
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(20)).until(() -> projector.projectedOffset() >= end);
    }

    private static String prediction(String id, String extra) {
        return """
                {"id": "%s", "time": "2026-11-22T10:00:00Z", "features": {"age": 41, "region": "north", "score_bucket": null, "vip": true},
                 "prediction": {"label": "approved", "score": 0.87, "probabilities": {"approved": 0.87, "denied": 0.13}},
                 "protected": {"gender": "f"}, "segments": {"channel": "web"}, "latencyMs": 12.5%s}""".formatted(id, extra);
    }

    private Response logPredictions(String version, String... predictions) {
        return api.post("/api/v1/models/credit/versions/" + version + "/predictions", project.key(),
                "{\"predictions\": [" + String.join(",", predictions) + "]}");
    }

    private long stored(String version) {
        return jdbc.queryForObject("SELECT count(*) FROM predictions p JOIN model_versions v ON v.id = p.version_id "
                + "WHERE p.project_id = ? AND v.version = ?", Long.class, project.projectId(), version);
    }

    @Test
    void predictionsAreAcknowledgedStoredAndQueryableWithEveryField() {
        Response response = logPredictions("1", prediction("p-1", ""), prediction("p-2", ", \"time\": \"2026-11-22T11:00:00+01:00\""),
                "{\"id\": \"p-3\", \"error\": \"upstream timeout\", \"latencyMs\": 3000}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(3);
        awaitProjected();

        JsonNode page = api.get("/api/v1/models/credit/versions/1/predictions", project.key()).json();
        assertThat(page.get("items").findValuesAsString("id")).containsExactly("p-3", "p-2", "p-1"); // newest first; p-2 is 10:00Z
        JsonNode p1 = page.get("items").get(2);
        assertThat(p1.get("time").asString()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(p1.get("features").get("age").asDouble()).isEqualTo(41.0);
        assertThat(p1.get("features").get("region").asString()).isEqualTo("north");
        assertThat(p1.get("features").get("vip").asBoolean()).isTrue();
        assertThat(p1.get("features").get("score_bucket").isNull()).isTrue();
        assertThat(p1.get("prediction").get("label").asString()).isEqualTo("approved");
        assertThat(p1.get("prediction").get("probabilities").get("denied").asDouble()).isEqualTo(0.13);
        assertThat(p1.get("protected").get("gender").asString()).isEqualTo("f");
        assertThat(p1.get("segments").get("channel").asString()).isEqualTo("web");
        assertThat(p1.get("latencyMs").asDouble()).isEqualTo(12.5);
        assertThat(p1.get("groundTruth").isNull()).isTrue();
        JsonNode failed = page.get("items").get(0);
        assertThat(failed.get("error").asString()).isEqualTo("upstream timeout");
        assertThat(failed.get("prediction").isNull()).isTrue();

        JsonNode firstPage = api.get("/api/v1/models/credit/versions/1/predictions?limit=2", project.key()).json();
        assertThat(firstPage.get("items").findValuesAsString("id")).containsExactly("p-3", "p-2");
        JsonNode secondPage = api.get("/api/v1/models/credit/versions/1/predictions?limit=2&cursor="
                + firstPage.get("nextCursor").asString(), project.key()).json();
        assertThat(secondPage.get("items").findValuesAsString("id")).containsExactly("p-1");
        JsonNode ranged = api.get("/api/v1/models/credit/versions/1/predictions?from=2026-11-22T09:00:00Z&to=2026-11-22T10:00:01Z",
                project.key()).json();
        assertThat(ranged.get("items").findValuesAsString("id")).containsExactlyInAnyOrder("p-1", "p-2");

        JsonNode summary = api.get("/api/v1/models/credit/versions/1/predictions/summary", project.key()).json();
        assertThat(summary.get("predictions").asLong()).isEqualTo(3);
        assertThat(summary.get("errors").asLong()).isEqualTo(1);
        assertThat(summary.get("withGroundTruth").asLong()).isZero();

        List<ProjectedPrediction> seen = aggregates.storedFor(project.projectId());
        assertThat(seen).extracting(ProjectedPrediction::predictionId).containsExactlyInAnyOrder("p-1", "p-2", "p-3");
        ProjectedPrediction hooked = seen.stream().filter(p -> p.predictionId().equals("p-1")).findFirst().orElseThrow();
        assertThat(hooked.task()).isEqualTo(ModelTask.BINARY_CLASSIFICATION);
        assertThat(hooked.positiveClass()).isEqualTo("approved");
        assertThat(hooked.time()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(hooked.features()).containsEntry("age", 41.0).containsEntry("region", "north").containsEntry("vip", true)
                .containsEntry("score_bucket", null);
        assertThat(hooked.score()).isEqualTo(0.87);
        assertThat(hooked.protectedAttributes()).isEqualTo(Map.of("gender", "f"));
        assertThat(aggregates.problems).isEmpty();
    }

    @Test
    void retriedPredictionsAndGroundTruthAreStoredOnceAndReachAggregatesOnce() {
        String batch = prediction("r-1", "") + "," + prediction("r-2", "") + "," + prediction("r-1", ", \"latencyMs\": 99");
        assertThat(logPredictions("1", batch).status()).isEqualTo(202);
        assertThat(logPredictions("1", batch).status()).isEqualTo(202);
        String truth = "{\"groundTruth\": [{\"predictionId\": \"r-1\", \"label\": \"denied\"}]}";
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(), truth).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(),
                "{\"groundTruth\": [{\"predictionId\": \"r-1\", \"label\": \"approved\"}]}").status()).isEqualTo(202);
        awaitProjected();
        assertThat(stored("1")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT latency_ms FROM predictions WHERE project_id = ? AND prediction_id = 'r-1'", Double.class,
                project.projectId())).isEqualTo(12.5); // the first copy wins
        assertThat(api.get("/api/v1/models/credit/versions/1/predictions/summary", project.key()).json().get("withGroundTruth").asLong())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT label FROM ground_truth WHERE project_id = ?", String.class, project.projectId()))
                .isEqualTo("denied"); // first wins
        assertThat(aggregates.storedFor(project.projectId())).extracting(ProjectedPrediction::predictionId).containsExactlyInAnyOrder("r-1", "r-2");
        List<JoinedOutcome> joined = aggregates.joinedFor(project.projectId());
        assertThat(joined).hasSize(1);
        assertThat(joined.getFirst().prediction().predictionId()).isEqualTo("r-1");
        assertThat(joined.getFirst().groundTruth().label()).isEqualTo("denied");
    }

    @Test
    void groundTruthJoinsWhicheverArrivesFirstAndEveryVersionThatLoggedTheId() {
        // ground truth first: waits for its prediction
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(), """
                {"groundTruth": [{"predictionId": "early", "label": "approved", "time": "2026-12-01T00:00:00Z"}]}""").status()).isEqualTo(202);
        awaitProjected();
        assertThat(aggregates.joinedFor(project.projectId())).isEmpty();
        assertThat(logPredictions("1", prediction("early", "")).status()).isEqualTo(202);
        awaitProjected();
        // prediction first (in two versions: production and canary scored the same request), ground truth later
        assertThat(logPredictions("1", prediction("late", "")).status()).isEqualTo(202);
        assertThat(logPredictions("2", prediction("late", "")).status()).isEqualTo(202);
        awaitProjected();
        assertThat(aggregates.joinedFor(project.projectId())).hasSize(1);
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(),
                "{\"groundTruth\": [{\"predictionId\": \"late\", \"label\": \"denied\"}]}").status()).isEqualTo(202);
        awaitProjected();

        List<String> joined = new ArrayList<>();
        for (JoinedOutcome j : aggregates.joinedFor(project.projectId())) {
            String version = jdbc.queryForObject("SELECT version FROM model_versions WHERE id = ?", String.class, j.prediction().versionId());
            joined.add(j.prediction().predictionId() + "@" + version + "=" + j.groundTruth().label());
        }
        assertThat(joined).containsExactlyInAnyOrder("early@1=approved", "late@1=denied", "late@2=denied");
        JsonNode early = api.get("/api/v1/models/credit/versions/1/predictions", project.key()).json().get("items");
        for (JsonNode item : early) {
            assertThat(item.get("groundTruth").isNull()).as(item.get("id").asString()).isFalse();
        }
        assertThat(api.get("/api/v1/models/credit/versions/2/predictions", project.key()).json().get("items").get(0)
                .get("groundTruth").get("label").asString()).isEqualTo("denied");
    }

    @Test
    void invalidBatchesAreRefusedWithFieldErrorsAndChangeNothing() {
        long end = eventLog.durableEnd();
        Response response = logPredictions("1",
                prediction("ok", ""),
                "{\"id\": \"\", \"features\": {\"age\": \"forty\", \"region\": 3, \"blob\": {\"a\": 1}}, \"prediction\": {\"label\": 1, \"score\": 1.5}}",
                "{\"id\": \"x\", \"time\": \"yesterday\", \"prediction\": {\"value\": 3}, \"protected\": {\"race\": \"x\"}, \"latencyMs\": -1}",
                "{\"id\": \"y\", \"prediction\": {\"label\": \"approved\", \"probabilities\": {\"approved\": 0.9, \"denied\": 0.9}}, \"colour\": 1}",
                "{\"id\": \"z\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "predictions[1].id", "predictions[1].features.age", "predictions[1].features.region", "predictions[1].features.blob",
                "predictions[1].prediction.label", "predictions[1].prediction.score",
                "predictions[2].time", "predictions[2].prediction.value", "predictions[2].prediction.label",
                "predictions[2].protected.race", "predictions[2].latencyMs",
                "predictions[3].prediction.probabilities", "predictions[3].colour",
                "predictions[4].prediction");

        Response regression = api.post("/api/v1/models/price/versions/a/predictions", project.key(),
                "{\"predictions\": [{\"id\": \"q\", \"prediction\": {\"label\": \"cheap\"}}]}");
        assertThat(regression.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("predictions[0].prediction.label", "predictions[0].prediction.value");
        Response truth = api.post("/api/v1/models/price/ground-truth", project.key(),
                "{\"groundTruth\": [{\"predictionId\": \"q\", \"label\": \"cheap\"}, {\"value\": 2}]}");
        assertThat(truth.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "groundTruth[0].label", "groundTruth[0].value", "groundTruth[1].predictionId");
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(), "{\"groundTruth\": []}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(), "{\"groundTruth\": [").status()).isEqualTo(400);
        assertThat(logPredictions("1", "1").json().get("errors").findValuesAsString("field")).containsExactly("predictions[0]");
        assertThat(api.post("/api/v1/models/credit/versions/9/predictions", project.key(), "{\"predictions\": []}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/models/credit/versions/1/predictions", project.key(),
                "{\"predictions\": [" + prediction("big", ", \"error\": \"" + "x".repeat(5 * 1024 * 1024) + "\"") + "]}").status()).isEqualTo(413);
        assertThat(api.get("/api/v1/models/credit/versions/1/predictions?limit=0&from=noon", project.key()).json()
                .get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("limit", "from");

        assertThat(eventLog.durableEnd()).isEqualTo(end);
        awaitProjected();
        assertThat(stored("1")).isZero();
    }

    @Test
    void archivedModelsTakeNoNewData() {
        api.patch("/api/v1/models/credit", project.key(), "{\"archived\": true}");
        Response refused = logPredictions("1", prediction("a-1", ""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("archived");
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(),
                "{\"groundTruth\": [{\"predictionId\": \"a-1\", \"label\": \"approved\"}]}").status()).isEqualTo(409);
    }

    @Test
    void spanConsumersSkipPredictionRecordsAndKeepWorking() {
        assertThat(logPredictions("1", prediction("mixed-1", "")).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/models/credit/ground-truth", project.key(),
                "{\"groundTruth\": [{\"predictionId\": \"mixed-1\", \"label\": \"approved\"}]}").status()).isEqualTo(202);
        Response spans = api.post("/api/v1/traces", project.key(), """
                {"spans": [{"traceId": "t-mixed", "spanId": "s-1", "name": "chat", "kind": "llm", "startTime": "2026-11-22T10:00:00Z",
                            "input": "My email is jane@example.com", "output": "ok"}]}""");
        assertThat(spans.status()).isEqualTo(202);
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(20)).until(() -> spanProjector.projectedOffset() >= end
                && guardScanner.committedOffset() >= end && projector.projectedOffset() >= end);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM spans WHERE project_id = ? AND trace_id = 't-mixed'", Long.class,
                project.projectId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM guard_scans WHERE project_id = ? AND trace_id = 't-mixed'", Long.class,
                project.projectId())).isEqualTo(1);
        assertThat(stored("1")).isEqualTo(1);
    }
}
