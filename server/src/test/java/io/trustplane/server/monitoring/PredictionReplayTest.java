package io.trustplane.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.TrustPlaneApplication;
import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.monitoring.predictions.JoinedOutcome;
import io.trustplane.server.monitoring.predictions.PredictionAggregates;
import io.trustplane.server.monitoring.predictions.PredictionProjector;
import io.trustplane.server.monitoring.predictions.ProjectedPrediction;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ProjectFixtures;
import io.trustplane.server.testsupport.ProjectFixtures.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The prediction projector across restarts of the server on the same data directory. Records it had not committed when
 * it stopped are projected at the next start; records handed to it again after they were committed (at-least-once
 * delivery, here by rewinding its offset) change nothing; readiness waits for the replay; and a transaction that fails
 * half-way is retried as a whole. Every check compares {@code predictions}, {@code ground_truth} and the counts of
 * {@code monitoring_windows} with what was sent, exactly once.
 */
class PredictionReplayTest {
    private static final String ADMIN = "prediction-replay-admin-key-0123456789";

    @TempDir
    Path dataDir;

    /** One generated prediction: every fifth one is a failed call, every third one comes through the web channel. */
    record Sent(String id, int minute, boolean failed, String channel, String label, String actual) {
        static List<Sent> generate(String prefix, int n) {
            List<Sent> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new Sent(prefix + i, i % 60, i % 5 == 0, i % 3 == 0 ? "web" : "branch",
                        i % 2 == 0 ? "approved" : "denied", i % 4 == 0 ? "denied" : "approved"));
            }
            return rows;
        }

        String json() {
            String common = "\"id\": \"%s\", \"time\": \"2026-11-20T10:%02d:00Z\", \"features\": {\"age\": %d}, \"segments\": {\"channel\": \"%s\"}"
                    .formatted(id, minute, 20 + minute, channel);
            return failed ? "{" + common + ", \"error\": \"timeout\"}"
                    : "{" + common + ", \"prediction\": {\"label\": \"%s\", \"score\": 0.7}}".formatted(label);
        }
    }

    /** An aggregate that fails the first transaction it sees new predictions in, before the window aggregator runs. */
    static final class FailsOnce implements PredictionAggregates, Ordered {
        final AtomicInteger failures = new AtomicInteger();

        @Override
        public void apply(Connection tx, List<ProjectedPrediction> newlyStored, List<JoinedOutcome> newlyJoined) {
            if (!newlyStored.isEmpty() && failures.getAndIncrement() == 0) {
                throw new IllegalStateException("an aggregate failed after the rows were inserted");
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** The running server, and the model "credit" (binary classification, version 1) of one project in it. */
    private final class Server implements AutoCloseable {
        final ConfigurableApplicationContext context;
        final ApiClient api;
        final JdbcTemplate jdbc;

        Server(PredictionAggregates... extraAggregates) {
            context = new SpringApplicationBuilder(TrustPlaneApplication.class)
                    .initializers(c -> {
                        for (int i = 0; i < extraAggregates.length; i++) {
                            c.getBeanFactory().registerSingleton("extraAggregates" + i, extraAggregates[i]);
                        }
                    })
                    .run("--server.port=0", "--trustplane.store.data-dir=" + dataDir, "--trustplane.security.admin-key=" + ADMIN,
                            "--trustplane.monitoring.projection-linger=20ms");
            api = new ApiClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            jdbc = context.getBean(JdbcTemplate.class);
        }

        TestProject createModel() {
            TestProject project = ProjectFixtures.create(jdbc, "replay");
            assertThat(api.post("/api/v1/models", project.key(), """
                    {"name": "credit", "task": "binary_classification", "positiveClass": "approved", "features": {"age": "numeric"}}""")
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/models/credit/versions", project.key(), "{\"version\": \"1\"}").status()).isEqualTo(201);
            return project;
        }

        void logPredictions(TestProject project, List<Sent> rows) {
            Response response = api.post("/api/v1/models/credit/versions/1/predictions", project.key(),
                    "{\"predictions\": [" + String.join(",", rows.stream().map(Sent::json).toList()) + "]}");
            assertThat(response.status()).as(response.body()).isEqualTo(202);
        }

        void logGroundTruth(TestProject project, List<Sent> rows) {
            List<String> items = rows.stream()
                    .map(r -> "{\"predictionId\": \"%s\", \"label\": \"%s\"}".formatted(r.id(), r.actual())).toList();
            Response response = api.post("/api/v1/models/credit/ground-truth", project.key(),
                    "{\"groundTruth\": [" + String.join(",", items) + "]}");
            assertThat(response.status()).as(response.body()).isEqualTo(202);
        }

        PredictionProjector projector() {
            return context.getBean(PredictionProjector.class);
        }

        void awaitProjected() {
            long end = context.getBean(EventLog.class).durableEnd();
            await().atMost(Duration.ofSeconds(30)).until(() -> projector().projectedOffset() >= end);
        }

        void awaitReady() {
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/health/ready", null).status() == 200);
        }

        long count(String table, TestProject project) {
            return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE project_id = ?", Long.class, project.projectId());
        }

        /** {@code segment -> [predictions, errors, labelled]} of the project's hourly windows. */
        Map<String, List<Long>> windows(TestProject project) {
            Map<String, List<Long>> windows = new TreeMap<>();
            jdbc.query("SELECT strftime(w.window_start, '%Y-%m-%dT%H:%M'), w.segment, w.predictions, w.errors, w.labelled FROM monitoring_windows w "
                    + "JOIN model_versions v ON v.id = w.version_id JOIN models m ON m.id = v.model_id WHERE m.project_id = ?", rs -> {
                windows.put(rs.getString(1) + " " + rs.getString(2), List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }, project.projectId());
            return windows;
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** What {@code monitoring_windows} must hold when each of {@code sent} was counted once, with ground truth for {@code labelled}. */
    private static Map<String, List<Long>> expectedWindows(List<Sent> sent, List<Sent> labelled) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Sent s : sent) {
            boolean hasTruth = labelled.contains(s);
            for (String segment : List.of("", "channel=" + s.channel())) {
                long[] c = counts.computeIfAbsent("2026-11-20T10:00 " + segment, k -> new long[3]);
                c[0]++;
                if (s.failed()) c[1]++;
                if (!s.failed() && hasTruth) c[2]++;
            }
        }
        Map<String, List<Long>> expected = new TreeMap<>();
        counts.forEach((key, c) -> expected.put(key, List.of(c[0], c[1], c[2])));
        return expected;
    }

    @Test
    void aRestartReplaysWhatWasNotCommittedAndWhatWasCommittedChangesNothing() {
        List<Sent> before = Sent.generate("before-", 40);
        List<Sent> during = Sent.generate("during-", 40);
        List<Sent> all = new ArrayList<>(before);
        all.addAll(during);
        TestProject project;
        try (Server server = new Server()) {
            project = server.createModel();
            server.logPredictions(project, before);
            server.logGroundTruth(project, before.subList(0, 20));
            server.awaitProjected();
            assertThat(server.windows(project)).isEqualTo(expectedWindows(before, before.subList(0, 20)));

            // The consumer stops (as in a crash, it will not drain again), and is handed everything again at the next
            // start: its offset goes back to the log's beginning, so the records above are delivered a second time.
            server.projector().stop();
            server.jdbc.update("UPDATE log_consumer_offsets SET log_offset = 0 WHERE consumer = 'predictions'");
            server.logPredictions(project, during);
            server.logPredictions(project, before.subList(0, 10)); // a client retry of records already stored
            server.logGroundTruth(project, all);
            assertThat(server.count("predictions", project)).isEqualTo(before.size());
        }

        try (Server server = new Server()) {
            server.awaitReady(); // readiness waits for the prediction projector's replay: no further waiting below
            assertThat(server.count("predictions", project)).isEqualTo(all.size());
            assertThat(server.count("ground_truth", project)).isEqualTo(all.size());
            assertThat(server.windows(project)).isEqualTo(expectedWindows(all, all));
            UUID version = server.jdbc.queryForObject("SELECT v.id FROM model_versions v JOIN models m ON m.id = v.model_id "
                    + "WHERE m.project_id = ?", UUID.class, project.projectId());
            assertThat(server.jdbc.queryForObject("SELECT sum(predictions) FROM monitoring_windows WHERE version_id = ? AND segment = ''",
                    Long.class, version)).isEqualTo(all.size());
        }
    }

    @Test
    void aTransactionThatFailsHalfWayIsRetriedWholeSoItsAggregatesAreNotLost() {
        FailsOnce failsOnce = new FailsOnce();
        try (Server server = new Server(failsOnce)) {
            TestProject project = server.createModel();
            List<Sent> sent = Sent.generate("retried-", 30);
            server.logPredictions(project, sent);
            server.logGroundTruth(project, sent);
            server.awaitProjected();
            assertThat(server.count("predictions", project)).isEqualTo(sent.size());
            assertThat(server.windows(project)).isEqualTo(expectedWindows(sent, sent));
            assertThat(failsOnce.failures.get()).as("the aggregate failed once, then saw the same rows again").isEqualTo(2);
        }
    }
}
