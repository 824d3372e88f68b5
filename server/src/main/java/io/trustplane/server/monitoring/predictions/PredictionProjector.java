package io.trustplane.server.monitoring.predictions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.server.eventlog.LogConsumer;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.ingest.SpanContentCodec;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.store.SqlTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects prediction (type 3) and ground-truth (type 4) records of the event log into {@code predictions} and
 * {@code ground_truth}: a consumer of its own ({@link LogConsumer}, offset {@value #CONSUMER} in
 * {@code log_consumer_offsets}), so neither the span projector nor the guard scanner waits for it, and retention keeps the
 * log until it has passed.
 *
 * <p>Each transaction stages the waiting records with DuckDB's appender, works out which rows are new (keys not yet
 * stored; within the batch the first copy wins), inserts them, finds the prediction–ground-truth pairs that meet for the
 * first time, hands both to every {@link PredictionAggregates}, and commits with the new offset. A crash replays from
 * the last commit, and replayed rows are no longer new, so aggregates count each row once. Ground truth that arrives
 * before its prediction waits in {@code ground_truth} and is joined when the prediction arrives.
 */
@Component
public class PredictionProjector extends LogConsumer {
    static final String CONSUMER = "predictions";
    private static final long READ_BYTES = 16L * 1024 * 1024;

    private final ObjectProvider<PredictionAggregates> aggregates;
    private final PredictionRows rows;
    private final JsonMapper json;
    private final Counter storedPredictions;
    private final Counter storedGroundTruth;
    private final Counter joined;
    /** Each model's task and positive class, which never change once a model exists. */
    private final Map<UUID, ModelFacts> models = new HashMap<>();
    /** The predictions staged in this transaction by key, the first copy of each (the copy that is stored). */
    private final Map<UUID, StagedPrediction> stagedPredictions = new HashMap<>();
    private long predictionsInTransaction;
    private long groundTruthInTransaction;
    private long joinedInTransaction;

    public PredictionProjector(SegmentedFileLog eventLog, DataSource dataSource, MonitoringProperties properties,
                               ObjectProvider<PredictionAggregates> aggregates, LogConsumers consumers, MeterRegistry registry,
                               JsonMapper json) {
        super(settings(properties), eventLog, dataSource, consumers, registry);
        this.aggregates = aggregates;
        this.json = json;
        this.rows = new PredictionRows(json);
        this.storedPredictions = Counter.builder("trustplane.monitoring.predictions.stored")
                .description("Predictions stored from the event log (new rows; retries and replays excluded)").register(registry);
        this.storedGroundTruth = Counter.builder("trustplane.monitoring.ground_truth.stored")
                .description("Ground-truth items stored from the event log (new rows)").register(registry);
        this.joined = Counter.builder("trustplane.monitoring.outcomes.joined")
                .description("Prediction and ground-truth pairs joined for the first time").register(registry);
    }

    /**
     * Like the span projector, except that after a gap in the log it warns and continues from the log's start: a data
     * directory from before prediction logging has no offset for this consumer, and retention may have deleted segments
     * that never held a prediction. Readiness waits for its replay, so monitoring queries after a restart see every
     * acknowledged prediction.
     */
    private static LogConsumer.Settings settings(MonitoringProperties properties) {
        return LogConsumer.Settings.of(CONSUMER, "prediction projector", "trustplane.monitoring.projector", READ_BYTES,
                properties.projectionLinger()).gatingReadiness();
    }

    @Override
    protected void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS prediction_staging AS SELECT *, 0::BIGINT AS seq FROM predictions LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS ground_truth_staging AS SELECT *, 0::BIGINT AS seq FROM ground_truth LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS new_prediction_keys (prediction_key UUID)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS new_outcome_keys (outcome_key UUID)");
        }
    }

    private record ModelFacts(ModelTask task, String positiveClass) {
    }

    private record StagedPrediction(PredictionBatch batch, LoggedPrediction prediction) {
    }

    @Override
    protected int write(DuckDBConnection duck, List<LogRecord> records) throws SQLException {
        stagedPredictions.clear();
        predictionsInTransaction = 0;
        groundTruthInTransaction = 0;
        joinedInTransaction = 0;
        if (stage(duck, records) > 0) store(duck);
        return records.size();
    }

    @Override
    protected void committed(long transactionNanos) {
        storedPredictions.increment(predictionsInTransaction);
        storedGroundTruth.increment(groundTruthInTransaction);
        joined.increment(joinedInTransaction);
    }

    /** Appends the records' predictions and ground truth to the staging tables; other record types are not ours. */
    private int stage(DuckDBConnection duck, List<LogRecord> records) throws SQLException {
        int staged = 0;
        long seq = 0;
        try (DuckDBAppender predictions = duck.createAppender("temp", "main", "prediction_staging");
             DuckDBAppender outcomes = duck.createAppender("temp", "main", "ground_truth_staging")) {
            for (LogRecord record : records) {
                int type = SpanContentCodec.typeOf(record.payload());
                if (type == PredictionCodec.TYPE_PREDICTIONS) {
                    PredictionBatch batch = PredictionCodec.decode(record.payload());
                    for (LoggedPrediction p : batch.predictions()) {
                        UUID key = appendPrediction(predictions, batch, p, seq++);
                        stagedPredictions.putIfAbsent(key, new StagedPrediction(batch, p));
                    }
                    staged += batch.predictions().size();
                } else if (type == GroundTruthCodec.TYPE_GROUND_TRUTH) {
                    GroundTruthBatch batch = GroundTruthCodec.decode(record.payload());
                    for (LoggedOutcome o : batch.outcomes()) appendOutcome(outcomes, batch, o, seq++);
                    staged += batch.outcomes().size();
                }
            }
        }
        return staged;
    }

    private void store(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("DELETE FROM new_prediction_keys");
            s.execute("DELETE FROM new_outcome_keys");
            s.execute("INSERT INTO new_prediction_keys SELECT DISTINCT prediction_key FROM prediction_staging s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM predictions p WHERE p.prediction_key = s.prediction_key)");
            s.execute("INSERT INTO new_outcome_keys SELECT DISTINCT outcome_key FROM ground_truth_staging s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM ground_truth g WHERE g.outcome_key = s.outcome_key)");
            s.execute("INSERT INTO predictions SELECT * EXCLUDE (seq) FROM (SELECT DISTINCT ON (prediction_key) * FROM prediction_staging "
                    + "ORDER BY prediction_key, seq) WHERE prediction_key IN (SELECT prediction_key FROM new_prediction_keys)");
            s.execute("INSERT INTO ground_truth SELECT * EXCLUDE (seq) FROM (SELECT DISTINCT ON (outcome_key) * FROM ground_truth_staging "
                    + "ORDER BY outcome_key, seq) WHERE outcome_key IN (SELECT outcome_key FROM new_outcome_keys)");
            s.execute("DELETE FROM prediction_staging");
            s.execute("DELETE FROM ground_truth_staging");
        }
        List<ProjectedPrediction> newlyStored = newlyStored(duck);
        List<JoinedOutcome> newlyJoined = newlyJoined(duck);
        for (PredictionAggregates a : aggregates.orderedStream().toList()) a.apply(duck, newlyStored, newlyJoined);
        predictionsInTransaction = newlyStored.size();
        groundTruthInTransaction = count(duck, "new_outcome_keys");
        joinedInTransaction = newlyJoined.size();
    }

    /**
     * The predictions new in this transaction, built from the records just decoded: only their keys are read back
     * (reading the rows back and parsing their JSON again cost about 30% of the projector, docs/BENCHMARKS.md).
     */
    private List<ProjectedPrediction> newlyStored(DuckDBConnection duck) throws SQLException {
        List<ProjectedPrediction> result = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT prediction_key FROM new_prediction_keys")) {
            while (rs.next()) {
                StagedPrediction p = stagedPredictions.get(rs.getObject(1, UUID.class));
                result.add(projected(duck, p.batch(), p.prediction()));
            }
        }
        result.sort(Comparator.comparing(ProjectedPrediction::time).thenComparing(ProjectedPrediction::predictionId)
                .thenComparing(ProjectedPrediction::versionId));
        return result;
    }

    private ProjectedPrediction projected(DuckDBConnection duck, PredictionBatch batch, LoggedPrediction p) throws SQLException {
        ModelFacts model = models.get(batch.modelId());
        if (model == null) {
            try (PreparedStatement s = duck.prepareStatement("SELECT task, positive_class FROM models WHERE id = ?")) {
                s.setObject(1, batch.modelId());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw new IllegalStateException("prediction of unknown model " + batch.modelId());
                    model = new ModelFacts(ModelTask.fromWire(rs.getString(1)), rs.getString(2));
                }
            }
            models.put(batch.modelId(), model);
        }
        // the store keeps microseconds; aggregates see what a read of the row would give
        return new ProjectedPrediction(batch.projectId(), batch.modelId(), batch.versionId(), model.task(), model.positiveClass(),
                p.id(), p.time().truncatedTo(ChronoUnit.MICROS), p.features(), p.label(), p.score(), p.probabilities(), p.value(),
                p.protectedAttributes(), p.segments(), p.latencyMs(), p.error(), batch.receivedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Pairs that meet now: a new prediction with any ground truth (stored before or just now), or a new ground truth
     * with a prediction stored before. Each pair meets in exactly one transaction: the one that stores its second half.
     *
     * <p>Two joins driven by this transaction's new keys, rather than one join of the whole tables filtered by an
     * {@code OR}: the cost then follows the batch, not the size of {@code predictions} and {@code ground_truth}
     * (the {@code OR} form took most of a second per transaction at 3M predictions).
     */
    private List<JoinedOutcome> newlyJoined(DuckDBConnection duck) throws SQLException {
        List<JoinedOutcome> result = new ArrayList<>();
        String columns = PredictionRows.PREDICTION + ", " + PredictionRows.GROUND_TRUTH + ", p.prediction_time AS t, "
                + "p.prediction_id AS pid, p.version_id AS vid";
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT * EXCLUDE (t, pid, vid) FROM ("
                     + "SELECT " + columns + " FROM new_prediction_keys n JOIN predictions p ON p.prediction_key = n.prediction_key "
                     + "JOIN ground_truth g ON g.outcome_key = p.outcome_key JOIN models m ON m.id = p.model_id "
                     + "UNION ALL "
                     + "SELECT " + columns + " FROM new_outcome_keys n JOIN ground_truth g ON g.outcome_key = n.outcome_key "
                     + "JOIN predictions p ON p.outcome_key = g.outcome_key JOIN models m ON m.id = p.model_id "
                     + "WHERE p.prediction_key NOT IN (SELECT prediction_key FROM new_prediction_keys)"
                     + ") ORDER BY t, pid, vid")) {
            while (rs.next()) {
                ProjectedPrediction prediction = rows.prediction(rs);
                result.add(new JoinedOutcome(prediction, rows.groundTruth(rs, prediction)));
            }
        }
        return result;
    }

    /** Appends a staging row; returns its prediction key. */
    private UUID appendPrediction(DuckDBAppender a, PredictionBatch batch, LoggedPrediction p, long seq) throws SQLException {
        UUID key = PredictionKeys.prediction(batch.projectId(), batch.versionId(), p.id());
        a.beginRow();
        a.append(key);
        a.append(PredictionKeys.outcome(batch.projectId(), batch.modelId(), p.id()));
        a.append(batch.projectId());
        a.append(batch.modelId());
        a.append(batch.versionId());
        a.append(p.id());
        a.append(SqlTime.toSql(p.time()));
        a.append(json.writeValueAsString(p.features()));
        appendNullable(a, p.label());
        appendNullable(a, p.score());
        appendNullable(a, p.probabilities() == null ? null : json.writeValueAsString(p.probabilities()));
        appendNullable(a, p.value());
        a.append(json.writeValueAsString(p.protectedAttributes()));
        a.append(json.writeValueAsString(p.segments()));
        appendNullable(a, p.latencyMs());
        appendNullable(a, p.error());
        a.append(SqlTime.toSql(batch.receivedAt()));
        a.append(seq);
        a.endRow();
        return key;
    }

    private static void appendOutcome(DuckDBAppender a, GroundTruthBatch batch, LoggedOutcome o, long seq) throws SQLException {
        a.beginRow();
        a.append(PredictionKeys.outcome(batch.projectId(), batch.modelId(), o.predictionId()));
        a.append(batch.projectId());
        a.append(batch.modelId());
        a.append(o.predictionId());
        appendNullable(a, o.label());
        appendNullable(a, o.value());
        a.append(SqlTime.toSql(o.time()));
        a.append(SqlTime.toSql(batch.receivedAt()));
        a.append(seq);
        a.endRow();
    }

    private static void appendNullable(DuckDBAppender a, String value) throws SQLException {
        if (value == null) a.appendNull(); else a.append(value);
    }

    private static void appendNullable(DuckDBAppender a, Double value) throws SQLException {
        if (value == null) a.appendNull(); else a.append(value.doubleValue());
    }

    private static long count(DuckDBConnection duck, String table) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
