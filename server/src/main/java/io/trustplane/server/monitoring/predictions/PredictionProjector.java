package io.trustplane.server.monitoring.predictions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.server.eventlog.ConsumerOffsets;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.ingest.SpanContentCodec;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.store.SqlTime;
import io.trustplane.server.store.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects prediction (type 3) and ground-truth (type 4) records of the event log into {@code predictions} and
 * {@code ground_truth}: a consumer of its own (offset {@value #CONSUMER} in {@code log_consumer_offsets}), so neither
 * the span projector nor the guard scanner waits for it, and retention keeps the log until it has passed.
 *
 * <p>Each transaction stages the waiting records with DuckDB's appender, works out which rows are new (keys not yet
 * stored; within the batch the first copy wins), inserts them, finds the prediction–ground-truth pairs that meet for the
 * first time, hands both to every {@link PredictionAggregates}, and commits with the new offset. A crash replays from
 * the last commit, and replayed rows are no longer new, so aggregates count each row once. Ground truth that arrives
 * before its prediction waits in {@code ground_truth} and is joined when the prediction arrives.
 */
@Component
public class PredictionProjector implements SmartLifecycle {
    static final String CONSUMER = "predictions";
    private static final Logger log = LoggerFactory.getLogger(PredictionProjector.class);
    private static final long READ_BYTES = 16L * 1024 * 1024;

    private final SegmentedFileLog eventLog;
    private final DataSource dataSource;
    private final MonitoringProperties properties;
    private final ObjectProvider<PredictionAggregates> aggregates;
    private final PredictionRows rows;
    private final JsonMapper json;
    private final Counter storedPredictions;
    private final Counter storedGroundTruth;
    private final Counter joined;
    private final Counter skippedRecords;
    private volatile long committedOffset = -1;
    private volatile boolean running;
    private volatile Thread thread;
    private long lastTransactionNanos = System.nanoTime();

    public PredictionProjector(SegmentedFileLog eventLog, DataSource dataSource, MonitoringProperties properties,
                               ObjectProvider<PredictionAggregates> aggregates, LogConsumers consumers, MeterRegistry registry,
                               JsonMapper json) {
        this.eventLog = eventLog;
        this.dataSource = dataSource;
        this.properties = properties;
        this.aggregates = aggregates;
        this.json = json;
        this.rows = new PredictionRows(json);
        consumers.register(CONSUMER, () -> committedOffset);
        this.storedPredictions = Counter.builder("trustplane.monitoring.predictions.stored")
                .description("Predictions stored from the event log (new rows; retries and replays excluded)").register(registry);
        this.storedGroundTruth = Counter.builder("trustplane.monitoring.ground_truth.stored")
                .description("Ground-truth items stored from the event log (new rows)").register(registry);
        this.joined = Counter.builder("trustplane.monitoring.outcomes.joined")
                .description("Prediction and ground-truth pairs joined for the first time").register(registry);
        this.skippedRecords = Counter.builder("trustplane.monitoring.projector.skipped.records")
                .description("Event-log records the prediction projector could not process and skipped").register(registry);
        Gauge.builder("trustplane.monitoring.projector.lag.bytes", this, PredictionProjector::lagBytes)
                .description("Event-log bytes not yet projected into the prediction tables").register(registry);
    }

    /** The offset up to which predictions and ground truth are stored (the log's start before the projector started). */
    public long projectedOffset() {
        long offset = committedOffset;
        return offset < 0 ? eventLog.startOffset() : offset;
    }

    public long lagBytes() {
        return Math.max(0, eventLog.durableEnd() - projectedOffset());
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("prediction-projector").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t == null) return;
        LockSupport.unpark(t);
        try {
            t.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Like the span projector: starts before the web server takes requests, stops after it stopped. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            prepare(duck);
            long offset = Math.max(ConsumerOffsets.read(duck, CONSUMER), eventLog.startOffset());
            committedOffset = offset;
            int failures = 0;
            while (running) {
                try {
                    offset = projectOnce(duck, offset);
                    failures = 0;
                } catch (SQLException | RuntimeException e) {
                    failures++;
                    log.error("projecting predictions failed (attempt {}); retrying", failures, e);
                    Transactions.rollbackQuietly(duck);
                    if (failures >= 3) {
                        offset = skipOneRecord(duck, offset);
                        failures = 0;
                    } else {
                        TimeUnit.MILLISECONDS.sleep(200L * failures);
                    }
                }
            }
            drain(duck, offset);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            log.error("the prediction projector stopped; predictions no longer reach the store", e);
        }
    }

    /** At shutdown the web server no longer takes requests: project what is left, so a restart needs no replay. */
    private void drain(DuckDBConnection duck, long offset) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (offset < eventLog.durableEnd() && System.nanoTime() < deadline) offset = projectOnce(duck, offset);
        } catch (SQLException | RuntimeException e) {
            log.warn("could not project the rest of the predictions before shutdown; they are replayed at the next start", e);
            Transactions.rollbackQuietly(duck);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long projectOnce(DuckDBConnection duck, long offset) throws SQLException, InterruptedException {
        linger(offset);
        List<LogRecord> records = eventLog.read(offset, Integer.MAX_VALUE, READ_BYTES);
        if (records.isEmpty()) {
            if (running) eventLog.awaitDurableEndAfter(offset, Duration.ofMillis(200));
            return offset;
        }
        long next = records.getLast().nextOffset();
        write(duck, records, next);
        committedOffset = next;
        return next;
    }

    /** Lets {@code projection-linger} pass between transactions unless much is waiting, so each carries more rows. */
    private void linger(long offset) throws InterruptedException {
        long waitNanos = properties.projectionLinger().toNanos() - (System.nanoTime() - lastTransactionNanos);
        if (waitNanos > 0 && running && eventLog.durableEnd() - offset < READ_BYTES / 2) {
            LockSupport.parkNanos(this, waitNanos); // stop() unparks
            if (Thread.interrupted()) throw new InterruptedException();
        }
    }

    private void write(DuckDBConnection duck, List<LogRecord> records, long nextOffset) throws SQLException {
        lastTransactionNanos = System.nanoTime();
        duck.setAutoCommit(false);
        try {
            int staged = stage(duck, records);
            if (staged > 0) store(duck);
            ConsumerOffsets.commit(duck, CONSUMER, nextOffset);
            duck.commit();
        } finally {
            duck.setAutoCommit(true);
        }
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
                    for (LoggedPrediction p : batch.predictions()) appendPrediction(predictions, batch, p, seq++);
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
        storedPredictions.increment(newlyStored.size());
        storedGroundTruth.increment(count(duck, "new_outcome_keys"));
        joined.increment(newlyJoined.size());
    }

    private List<ProjectedPrediction> newlyStored(DuckDBConnection duck) throws SQLException {
        List<ProjectedPrediction> result = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + PredictionRows.PREDICTION + " FROM predictions p "
                     + "JOIN new_prediction_keys n ON n.prediction_key = p.prediction_key JOIN models m ON m.id = p.model_id "
                     + "ORDER BY p.prediction_time, p.prediction_id, p.version_id")) {
            while (rs.next()) result.add(rows.prediction(rs));
        }
        return result;
    }

    /**
     * Pairs that meet now: a new prediction with any ground truth (stored before or just now), or a new ground truth
     * with a prediction stored before. Each pair meets in exactly one transaction: the one that stores its second half.
     */
    private List<JoinedOutcome> newlyJoined(DuckDBConnection duck) throws SQLException {
        List<JoinedOutcome> result = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + PredictionRows.PREDICTION + ", " + PredictionRows.GROUND_TRUTH
                     + " FROM predictions p JOIN ground_truth g ON g.outcome_key = p.outcome_key JOIN models m ON m.id = p.model_id "
                     + "WHERE p.prediction_key IN (SELECT prediction_key FROM new_prediction_keys) "
                     + "OR g.outcome_key IN (SELECT outcome_key FROM new_outcome_keys) "
                     + "ORDER BY p.prediction_time, p.prediction_id, p.version_id")) {
            while (rs.next()) {
                ProjectedPrediction prediction = rows.prediction(rs);
                result.add(new JoinedOutcome(prediction, rows.groundTruth(rs, prediction)));
            }
        }
        return result;
    }

    private void appendPrediction(DuckDBAppender a, PredictionBatch batch, LoggedPrediction p, long seq) throws SQLException {
        a.beginRow();
        a.append(PredictionKeys.prediction(batch.projectId(), batch.versionId(), p.id()));
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

    /** After repeated failures, skips the first waiting record (logged) so one poison record cannot stall projection. */
    private long skipOneRecord(DuckDBConnection duck, long offset) {
        List<LogRecord> records = eventLog.read(offset, 1, READ_BYTES);
        if (records.isEmpty()) return offset;
        LogRecord first = records.getFirst();
        try {
            write(duck, List.of(first), first.nextOffset());
        } catch (SQLException | RuntimeException e) {
            Transactions.rollbackQuietly(duck);
            skippedRecords.increment();
            log.error("skipping event-log record at offset {} that cannot be projected into the prediction tables", first.offset(), e);
            try {
                ConsumerOffsets.commit(duck, CONSUMER, first.nextOffset());
            } catch (SQLException inner) {
                log.error("could not record the skip; will retry", inner);
                return offset;
            }
        }
        committedOffset = first.nextOffset();
        return first.nextOffset();
    }

    private static long count(DuckDBConnection duck, String table) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS prediction_staging AS SELECT *, 0::BIGINT AS seq FROM predictions LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS ground_truth_staging AS SELECT *, 0::BIGINT AS seq FROM ground_truth LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS new_prediction_keys (prediction_key UUID)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS new_outcome_keys (outcome_key UUID)");
        }
    }

}
