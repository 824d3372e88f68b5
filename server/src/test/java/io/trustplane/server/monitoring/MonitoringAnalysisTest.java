package io.trustplane.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.monitoring.predictions.PredictionProjector;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
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
 * The monitoring analyses through the real server, on generated predictions whose expected metrics the test computes
 * itself from the rows it sent: the hourly aggregates the projector keeps (performance per segment, fairness, latency,
 * drift profiles), the reference profile from an uploaded dataset and from a range, drift, trust scores with their
 * history, and the canary verdict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringAnalysisTest {
    static final String HOUR = "2026-11-20T10:%02d:00Z";
    static final String RANGE = "from=2026-11-20T10:00:00Z&to=2026-11-20T12:00:00Z";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> "monitoring-analysis-admin-key-0123456789");
        registry.add("trustplane.monitoring.projection-linger", () -> "20ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventLog eventLog;
    @Autowired
    PredictionProjector projector;
    ApiClient api;
    TestProject project;

    /** One generated prediction with its ground truth. */
    record Row(String id, double age, String region, String gender, String channel, String label, double score, String actual,
               double latency, boolean failed) {
        boolean correct() {
            return label.equals(actual);
        }
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        project = ProjectFixtures.create(jdbc, "monitoring-analysis");
        created(api.post("/api/v1/models", project.key(), """
                {"name": "credit", "task": "binary_classification", "positiveClass": "approved",
                 "features": {"age": "numeric", "region": "categorical"}, "protectedAttributes": ["gender"]}"""));
        created(api.post("/api/v1/models/credit/versions", project.key(), "{\"version\": \"1\", \"stage\": \"production\"}"));
        created(api.post("/api/v1/models/credit/versions", project.key(), "{\"version\": \"2\", \"stage\": \"canary\"}"));
    }

    /**
     * Applicants: age ~ N(meanAge, 10), two regions, two genders; the model approves when its score is at least 0.5,
     * and the score tracks the true outcome so the AUC is well above chance. {@code errorRate} of the calls fail.
     */
    static List<Row> generate(String prefix, int n, long seed, double meanAge, double errorRate, double latencyMean) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double age = meanAge + 10 * random.nextGaussian();
            String region = random.nextDouble() < 0.5 ? "north" : "south";
            String gender = random.nextDouble() < 0.5 ? "f" : "m";
            boolean good = random.nextDouble() < (gender.equals("f") ? 0.45 : 0.6);
            double score = Math.min(1, Math.max(0, (good ? 0.65 : 0.35) + 0.2 * random.nextGaussian()));
            String label = score >= 0.5 ? "approved" : "denied";
            String channel = i % 4 == 0 ? "web" : "branch";
            double latency = latencyMean * (0.5 + random.nextDouble());
            rows.add(new Row(prefix + i, age, region, gender, channel, label, score, good ? "approved" : "denied", latency,
                    random.nextDouble() < errorRate));
        }
        return rows;
    }

    static String predictionJson(Row r, int minute) {
        String common = "\"id\": \"%s\", \"time\": \"%s\", \"features\": {\"age\": %s, \"region\": \"%s\"}, \"protected\": {\"gender\": \"%s\"}, "
                .formatted(r.id(), HOUR.formatted(minute), r.age(), r.region(), r.gender())
                + "\"segments\": {\"channel\": \"%s\"}, \"latencyMs\": %s".formatted(r.channel(), r.latency());
        return r.failed() ? "{" + common + ", \"error\": \"timeout\"}"
                : "{" + common + ", \"prediction\": {\"label\": \"%s\", \"score\": %s}}".formatted(r.label(), r.score());
    }

    private void log(String version, List<Row> rows) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) items.add(predictionJson(rows.get(i), i % 60));
        Response response = api.post("/api/v1/models/credit/versions/" + version + "/predictions", project.key(),
                "{\"predictions\": [" + String.join(",", items) + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    private void groundTruth(List<Row> rows) {
        List<String> items = rows.stream().map(r -> "{\"predictionId\": \"%s\", \"label\": \"%s\"}".formatted(r.id(), r.actual())).toList();
        Response response = api.post("/api/v1/models/credit/ground-truth", project.key(), "{\"groundTruth\": [" + String.join(",", items) + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    private void awaitProjected() {
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(30)).until(() -> projector.projectedOffset() >= end);
    }

    private JsonNode ok(String path) {
        Response response = api.get(path, project.key());
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** ROC AUC by counting every positive–negative pair (ties ½): independent of the accumulators' method. */
    static double pairwiseAuc(List<Row> rows) {
        double wins = 0;
        long pairs = 0;
        for (Row p : rows) {
            if (!p.actual().equals("approved")) continue;
            for (Row n : rows) {
                if (n.actual().equals("approved")) continue;
                pairs++;
                wins += p.score() > n.score() ? 1 : p.score() == n.score() ? 0.5 : 0;
            }
        }
        return wins / pairs;
    }

    @Test
    void performanceFairnessAndLatencyAreAggregatedPerWindowAndSegmentAsGroundTruthArrives() {
        List<Row> rows = generate("a-", 400, 1, 40, 0.05, 100);
        log("1", rows);
        awaitProjected();
        List<Row> ok = rows.stream().filter(r -> !r.failed()).toList();

        JsonNode before = ok("/api/v1/models/credit/versions/1/performance?" + RANGE + "&interval=1h");
        assertThat(before.get("total").get("predictions").asLong()).isEqualTo(400);
        assertThat(before.get("total").get("errors").asLong()).isEqualTo(rows.size() - ok.size());
        assertThat(before.get("total").get("labelled").asLong()).isZero();
        assertThat(before.get("windows")).hasSize(2);
        assertThat(before.get("windows").get(1).get("predictions").asLong()).isZero();
        assertThat(StreamSupport.stream(before.get("segments").spliterator(), false).map(JsonNode::asString).toList())
                .containsExactly("channel=branch", "channel=web");

        groundTruth(rows);
        log("1", rows.subList(0, 50)); // a client retry: stored and counted once
        awaitProjected();

        JsonNode total = ok("/api/v1/models/credit/versions/1/performance?" + RANGE).get("total");
        assertThat(total.get("predictions").asLong()).isEqualTo(400);
        assertThat(total.get("labelled").asLong()).isEqualTo(ok.size());
        JsonNode c = total.get("classification");
        assertThat(c.get("accuracy").get("value").asDouble())
                .isCloseTo((double) ok.stream().filter(Row::correct).count() / ok.size(), within(1e-12));
        assertThat(c.get("rocAuc").get("value").get("value").asDouble()).isCloseTo(pairwiseAuc(ok), within(1e-12));
        long tp = ok.stream().filter(r -> r.label().equals("approved") && r.actual().equals("approved")).count();
        long predictedPositive = ok.stream().filter(r -> r.label().equals("approved")).count();
        assertThat(c.get("positiveClass").get("precision").asDouble()).isCloseTo((double) tp / predictedPositive, within(1e-12));

        List<Row> web = ok.stream().filter(r -> r.channel().equals("web")).toList();
        JsonNode webTotal = ok("/api/v1/models/credit/versions/1/performance?" + RANGE + "&segment=channel=web").get("total");
        assertThat(webTotal.get("labelled").asLong()).isEqualTo(web.size());
        assertThat(webTotal.get("classification").get("accuracy").get("value").asDouble())
                .isCloseTo((double) web.stream().filter(Row::correct).count() / web.size(), within(1e-12));

        JsonNode fairness = ok("/api/v1/models/credit/versions/1/fairness?" + RANGE).get("total").get("attributes").get("gender");
        double femaleRate = selectionRate(ok, "f");
        double maleRate = selectionRate(ok, "m");
        assertThat(fairness.get("demographicParityRatio").get("value").asDouble())
                .isCloseTo(Math.min(femaleRate, maleRate) / Math.max(femaleRate, maleRate), within(1e-12));
        assertThat(fairness.get("demographicParityDifference").get("value").asDouble())
                .isCloseTo(Math.abs(femaleRate - maleRate), within(1e-12));

        Response regressionFairness = api.get("/api/v1/models/credit/versions/1/fairness?attribute=age", project.key());
        assertThat(regressionFairness.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/models/credit/versions/1/performance?interval=30m", project.key()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/models/credit/versions/1/performance?segment=web", project.key()).status()).isEqualTo(400);
    }

    private static double selectionRate(List<Row> rows, String gender) {
        List<Row> group = rows.stream().filter(r -> r.gender().equals(gender)).toList();
        return (double) group.stream().filter(r -> r.label().equals("approved")).count() / group.size();
    }

    @Test
    void driftTrustScoreAndCanaryVerdictFollowTheData() {
        Response missing = api.get("/api/v1/models/credit/versions/1/drift?" + RANGE, project.key());
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.body()).contains("PUT /api/v1/models/credit/versions/1/reference");

        // the reference: an uploaded dataset drawn like version 1's traffic
        List<Row> reference = generate("r-", 1000, 2, 40, 0, 100);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) items.add(predictionJson(reference.get(i), 0).replaceFirst("\"id\": \"r-\\d+\", ", ""));
        Response set = api.put("/api/v1/models/credit/versions/1/reference", project.key(), "{\"rows\": [" + String.join(",", items) + "]}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("rows").asLong()).isEqualTo(1000);
        assertThat(set.json().get("source").asString()).isEqualTo("dataset");
        assertThat(set.json().get("features").findValuesAsString("name")).contains("age", "region", "@prediction", "@score");

        List<Row> baseline = generate("b-", 1500, 3, 40, 0.01, 100);
        List<Row> candidate = generate("c-", 1500, 4, 60, 0.08, 100); // older applicants, and many more failed calls
        log("1", baseline);
        log("2", candidate);
        groundTruth(baseline);
        groundTruth(candidate);
        awaitProjected();

        JsonNode stable = ok("/api/v1/models/credit/versions/1/drift?" + RANGE).get("total");
        assertThat(stable.get("rows").asLong()).isEqualTo(baseline.stream().filter(r -> !r.failed()).count());
        assertThat(feature(stable, "age").get("drifted").asBoolean()).as(stable.toString()).isFalse();
        assertThat(feature(stable, "age").get("metrics").get("psi").asDouble()).isLessThan(0.1);

        // version 2 measured against version 1's logged traffic, profiled from its hourly windows
        Response fromRange = api.put("/api/v1/models/credit/versions/2/reference", project.key(),
                "{\"from\": \"2026-11-20T10:00:00Z\", \"to\": \"2026-11-20T11:00:00Z\", \"version\": \"1\"}");
        assertThat(fromRange.status()).as(fromRange.body()).isEqualTo(200);
        assertThat(fromRange.json().get("sourceVersion").asString()).isEqualTo("1");
        JsonNode drifted = ok("/api/v1/models/credit/versions/2/drift?" + RANGE + "&interval=1h");
        JsonNode age = feature(drifted.get("total"), "age");
        assertThat(age.get("drifted").asBoolean()).as(age.toString()).isTrue();
        assertThat(age.get("status").asString()).isEqualTo("drift");
        assertThat(age.get("pValue").asDouble()).isLessThan(1e-6);
        assertThat(feature(drifted.get("total"), "region").get("drifted").asBoolean()).isFalse();
        assertThat(StreamSupport.stream(drifted.get("windows").get(0).get("driftedFeatures").spliterator(), false)
                .map(JsonNode::asString).toList()).contains("age");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE project_id = ? AND action = 'model.version.reference_set'",
                Long.class, project.projectId())).isEqualTo(2);

        JsonNode trust = ok("/api/v1/models/credit/versions/1/trust-score?" + RANGE);
        JsonNode current = trust.get("current");
        assertThat(current.get("score").asDouble()).isBetween(0.0, 100.0);
        JsonNode performance = component(current, "performance");
        assertThat(performance.get("status").asString()).isEqualTo("INCLUDED");
        assertThat(performance.get("inputs").get("roc_auc").asDouble())
                .isCloseTo(pairwiseAuc(baseline.stream().filter(r -> !r.failed()).toList()), within(1e-12));
        assertThat(component(current, "guard").get("status").asString()).isEqualTo("NO_DATA");
        assertThat(component(current, "drift").get("status").asString()).isEqualTo("INCLUDED");
        assertThat(trust.get("history")).hasSize(2);
        assertThat(trust.get("history").get(1).get("score").get("score").isNull()).isTrue();
        JsonNode candidateTrust = ok("/api/v1/models/credit/versions/2/trust-score?" + RANGE).get("current");
        assertThat(candidateTrust.get("score").asDouble()).isLessThan(current.get("score").asDouble());

        JsonNode canary = ok("/api/v1/models/credit/canary?" + RANGE); // production 1 against canary 2 by default
        assertThat(canary.get("baseline").asString()).isEqualTo("1");
        assertThat(canary.get("candidate").asString()).isEqualTo("2");
        JsonNode result = canary.get("result");
        assertThat(result.get("verdict").asString()).isEqualTo("ROLLBACK");
        JsonNode errorRate = StreamSupport.stream(result.get("checks").spliterator(), false)
                .filter(check -> check.get("check").asString().equalsIgnoreCase("error_rate")).findFirst().orElseThrow();
        assertThat(errorRate.get("outcome").asString()).isEqualTo("DEGRADED");
        assertThat(errorRate.get("baseline").get("requests").asLong()).isEqualTo(1500);

        JsonNode same = api.get("/api/v1/models/credit/canary?baseline=1&candidate=1", project.key()).json();
        assertThat(same.get("status").asInt()).isEqualTo(400);
        JsonNode application = ok("/api/v1/trust-score?" + RANGE);
        assertThat(application.get("current").get("band").asString()).isEqualTo("NO_DATA");
    }

    @Test
    void anLlmApplicationIsScoredFromItsTracesAndItsHumanRatings() {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            java.time.Instant start = now.minusSeconds(60 + i);
            spans.add("""
                    {"traceId": "llm-%d", "spanId": "s", "name": "chat", "kind": "llm", "startTime": "%s", "endTime": "%s",
                     "status": "%s", "input": "What is the capital of France?", "output": "Paris."}"""
                    .formatted(i, start, start.plusMillis(100L * (i + 1)), i < 3 ? "error" : "ok"));
        }
        assertThat(api.post("/api/v1/traces", project.key(), "{\"spans\": [" + String.join(",", spans) + "]}").status()).isEqualTo(202);
        String[] labels = {"thumbs_up", "thumbs_up", "THUMBS_UP", "helpful", "thumbs_down", "meh"};
        for (int i = 0; i < labels.length; i++) {
            Response rating = api.post("/api/v1/feedback", project.key(), """
                    {"type": "rating", "traceId": "llm-%d", "annotator": "reviewer-%d", "score": 1, "label": "%s"}"""
                    .formatted(i, i, labels[i]));
            assertThat(rating.status()).as(rating.body()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM spans WHERE project_id = ?", Long.class, project.projectId()) == 20);

        JsonNode current = ok("/api/v1/trust-score").get("current");
        JsonNode errors = component(current, "error_rate");
        assertThat(errors.get("inputs").get("requests").asDouble()).isEqualTo(20);
        assertThat(errors.get("inputs").get("errors").asDouble()).isEqualTo(3);
        JsonNode performance = component(current, "performance");
        assertThat(performance.get("inputs").get("positive_feedback_share").asDouble()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(performance.get("explanation").asString()).contains("positive_feedback_share");
        assertThat(component(current, "latency").get("inputs").get("p95_millis").asDouble()).isBetween(1800.0, 2000.0);
        assertThat(component(current, "drift").get("status").asString()).isEqualTo("NO_DATA");
        assertThat(current.get("score").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void textDriftComparesTheInputsOfTwoRangesOfTraces() {
        String[] dishes = {"bread", "pasta", "risotto", "pancakes", "a curry", "soup", "a pie", "dumplings", "tacos", "a stew"};
        String[] cooking = {"How long should I bake %s?", "What goes well with %s for dinner?", "Can I freeze %s?",
                "Give me a quick recipe for %s.", "How do I keep %s from sticking to the pan?"};
        String[] accounts = {"checking", "savings", "credit card", "mortgage", "pension", "brokerage", "loan", "joint", "business", "travel"};
        String[] banking = {"Why was my %s account charged twice?", "How do I close my %s account?",
                "What is the interest rate on the %s account?", "Transfer 200 euros from my %s account.", "Show the last statement of my %s account."};
        List<String> spans = new ArrayList<>();
        int n = 0;
        for (String[][] range : new String[][][] {{cooking, dishes, {"2026-11-19T08"}}, {cooking, dishes, {"2026-11-19T09"}},
                {banking, accounts, {"2026-11-19T10"}}}) {
            for (int i = 0; i < 40; i++) {
                int k = 3 * n + i; // a different mix of the same questions in each range
                String question = range[0][k % range[0].length].formatted(range[1][(k / range[0].length + k) % range[1].length]);
                String messages = "[{\"role\": \"system\", \"content\": \"You are helpful.\"}, "
                        + "{\"role\": \"user\", \"content\": \"" + question + "\"}]";
                spans.add("""
                        {"traceId": "text-%d", "spanId": "s", "name": "chat", "kind": "llm", "startTime": "%s:%02d:00Z",
                         "input": %s, "output": "ok"}""".formatted(n++, range[2][0], i, messages));
            }
        }
        Response ingested = api.post("/api/v1/traces", project.key(), "{\"spans\": [" + String.join(",", spans) + "]}");
        assertThat(ingested.status()).as(ingested.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM spans WHERE project_id = ? AND trace_id LIKE 'text-%'", Long.class, project.projectId()) == 120);

        String reference = "/api/v1/text-drift?referenceFrom=2026-11-19T08:00:00Z&referenceTo=2026-11-19T09:00:00Z";
        JsonNode same = ok(reference + "&from=2026-11-19T09:00:00Z&to=2026-11-19T10:00:00Z").get("result");
        JsonNode moved = ok(reference + "&from=2026-11-19T10:00:00Z&to=2026-11-19T11:00:00Z").get("result");
        assertThat(same.get("referenceSize").asInt()).isEqualTo(40);
        assertThat(same.get("drifted").asBoolean()).as(same.toString()).isFalse();
        assertThat(moved.get("drifted").asBoolean()).as(moved.toString()).isTrue();
        assertThat(moved.get("meanCosineDistance").asDouble()).isGreaterThan(same.get("meanCosineDistance").asDouble());

        Response tooFew = api.get(reference + "&from=2026-11-18T00:00:00Z&to=2026-11-18T01:00:00Z", project.key());
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body()).contains("Too few span inputs");
        assertThat(api.get("/api/v1/text-drift?from=2026-11-19T10:00:00Z", project.key()).status()).isEqualTo(400);
    }

    private static JsonNode feature(JsonNode report, String name) {
        return StreamSupport.stream(report.get("features").spliterator(), false)
                .filter(f -> f.get("feature").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode component(JsonNode score, String name) {
        return StreamSupport.stream(score.get("components").spliterator(), false)
                .filter(c -> c.get("component").asString().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }
}
