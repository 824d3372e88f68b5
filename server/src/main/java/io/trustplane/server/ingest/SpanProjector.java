package io.trustplane.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trustplane.core.trace.Span;
import io.trustplane.server.eventlog.ConsumerOffsets;
import io.trustplane.server.eventlog.EventLogProperties;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.store.SqlTime;
import io.trustplane.server.store.Transactions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects span batches from the event log into the {@code spans} table, and span contents that arrived apart
 * from their spans (OTLP log events) into {@code span_log_content}, joined to their spans ({@link SpanContentJoin}).
 *
 * <p>One thread reads as many durable records as are waiting (up to {@code projection-batch} spans),
 * appends them to a temporary staging table with DuckDB's appender, and moves them into {@code spans}
 * with {@code INSERT OR IGNORE} on the span key — in the same transaction that advances this consumer's
 * offset in {@code log_consumer_offsets}. A crash at any point therefore replays from the last committed
 * offset, and replayed or re-sent spans are ignored by key: each span is stored exactly once.
 *
 * <p>Large transactions are what make DuckDB fast here (its per-commit cost is milliseconds, per row
 * microseconds), so the batch grows by itself with the load: while one batch is written, the next one
 * accumulates in the log.
 */
@Component
public class SpanProjector implements SmartLifecycle {
    static final String CONSUMER = "spans";
    private static final Logger log = LoggerFactory.getLogger(SpanProjector.class);
    private static final long READ_BYTES = 64L * 1024 * 1024;

    private final SegmentedFileLog eventLog;
    private final DataSource dataSource;
    private final IngestProperties properties;
    private final EventLogProperties logProperties;
    private final LogConsumers consumers;
    private final SpanContentJoin contentJoin;
    private final Counter projectedSpans;
    private final Counter skippedRecords;
    private final Timer batchTimer;
    private final DistributionSummary batchSpans;
    private volatile long projectedOffset = -1;
    private volatile long startupTarget = Long.MAX_VALUE;
    private volatile boolean running;
    private volatile Thread thread;
    private Instant lastRetention = Instant.EPOCH;
    private long lastTransactionNanos = System.nanoTime();

    public SpanProjector(SegmentedFileLog eventLog, DataSource dataSource, IngestProperties properties,
                         EventLogProperties logProperties, LogConsumers consumers, MeterRegistry registry, JsonMapper json) {
        this.eventLog = eventLog;
        this.contentJoin = new SpanContentJoin(json);
        this.consumers = consumers;
        consumers.register(CONSUMER, () -> projectedOffset);
        this.dataSource = dataSource;
        this.properties = properties;
        this.logProperties = logProperties;
        this.projectedSpans = Counter.builder("trustplane.projector.spans")
                .description("Spans written from the event log to the store (including ignored duplicates)").register(registry);
        this.skippedRecords = Counter.builder("trustplane.projector.skipped.records")
                .description("Event-log records that could not be projected and were skipped").register(registry);
        this.batchTimer = Timer.builder("trustplane.projector.batch.duration")
                .description("Time to write one projection batch").publishPercentileHistogram().register(registry);
        this.batchSpans = DistributionSummary.builder("trustplane.projector.batch.spans")
                .description("Spans per projection transaction").register(registry);
        Gauge.builder("trustplane.projector.lag.bytes", this, SpanProjector::lagBytes)
                .description("Event-log bytes not yet projected into the store").register(registry);
    }

    /** Offset up to which the store holds the log's spans. */
    public long projectedOffset() {
        long offset = projectedOffset;
        return offset < 0 ? eventLog.startOffset() : offset;
    }

    public long lagBytes() {
        return Math.max(0, eventLog.durableEnd() - projectedOffset());
    }

    /** True once everything that was in the log at start-up has been projected (replay finished). */
    public boolean caughtUp() {
        return projectedOffset >= startupTarget;
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("span-projector").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server accepts requests, stops after it stopped taking them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            prepare(duck);
            long offset = readCommittedOffset(duck);
            startupTarget = eventLog.durableEnd();
            projectedOffset = offset;
            if (offset < startupTarget) {
                log.info("replaying {} bytes of the event log into the store", startupTarget - offset);
            }
            long failures = 0;
            while (running) {
                try {
                    offset = projectOnce(duck, offset);
                    failures = 0;
                } catch (SQLException | RuntimeException e) {
                    failures++;
                    log.error("projecting the event log failed (attempt {}); retrying", failures, e);
                    Transactions.rollbackQuietly(duck);
                    if (failures >= 3) {
                        offset = projectRecordByRecord(duck, offset);
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
            log.error("the span projector stopped; the store no longer follows the event log", e);
        }
    }

    /**
     * On shutdown the web server has already stopped taking requests, so the log is final: project what
     * is left, so a graceful restart finds the store complete and needs no replay.
     */
    private void drain(DuckDBConnection duck, long offset) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (offset < eventLog.durableEnd() && System.nanoTime() < deadline) {
                offset = projectOnce(duck, offset);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not project the rest of the event log before shutdown; it is replayed at the next start", e);
            Transactions.rollbackQuietly(duck);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Projects what is waiting (or waits briefly for more); returns the new committed offset. */
    private long projectOnce(DuckDBConnection duck, long offset) throws SQLException, InterruptedException {
        lingerForALargerBatch(offset);
        List<LogRecord> records = readBatch(offset);
        if (records.isEmpty()) {
            eventLog.awaitDurableEndAfter(offset, Duration.ofMillis(200));
            applyRetention(offset);
            return offset;
        }
        long next = records.getLast().nextOffset();
        long started = System.nanoTime();
        lastTransactionNanos = started;
        int spans = write(duck, records, next);
        batchTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        batchSpans.record(spans);
        projectedSpans.increment(spans);
        projectedOffset = next;
        return next;
    }

    /**
     * A DuckDB transaction has a fixed cost of milliseconds, so projecting every small request on its own
     * would spend a core on overhead at a few thousand requests per second. Unless a full batch is already
     * waiting (or we are draining for shutdown), let at least {@code projection-linger} pass between
     * transactions so that each one carries everything that arrived meanwhile.
     */
    private void lingerForALargerBatch(long offset) throws InterruptedException {
        long waitNanos = properties.projectionLinger().toNanos() - (System.nanoTime() - lastTransactionNanos);
        if (waitNanos > 0 && running && eventLog.durableEnd() - offset < readBudget() / 2) {
            LockSupport.parkNanos(this, waitNanos); // stop() unparks, so shutdown never waits for the linger
            if (Thread.interrupted()) throw new InterruptedException();
        }
    }

    private long readBudget() {
        // Budget bytes by the target span count; ~1 KB per span is typical and only sizes the read.
        return Math.min(READ_BYTES, Math.max(1024L * 1024, properties.projectionBatch() * 1024L));
    }

    private List<LogRecord> readBatch(long offset) {
        if (offset < eventLog.startOffset()) {
            throw new IllegalStateException("the event log no longer holds offset " + offset + " (starts at "
                    + eventLog.startOffset() + "); spans before it are lost to the store");
        }
        return eventLog.read(offset, Integer.MAX_VALUE, readBudget());
    }

    private int write(DuckDBConnection duck, List<LogRecord> records, long nextOffset) throws SQLException {
        duck.setAutoCommit(false);
        int spans = 0;
        try {
            try (DuckDBAppender appender = duck.createAppender("temp", "main", "span_staging");
                 DuckDBAppender contents = SpanContentJoin.appender(duck)) {
                long seq = 0;
                for (LogRecord record : records) {
                    int type = SpanContentCodec.typeOf(record.payload());
                    if (type == SpanContentCodec.TYPE_SPAN_CONTENT) {
                        SpanContentJoin.stage(contents, SpanContentCodec.decode(record.payload()), record.offset());
                        continue;
                    }
                    if (type != SpanBatchCodec.TYPE_SPANS) continue; // other consumers' records (predictions, ground truth)
                    SpanBatch batch = SpanBatchCodec.decode(record.payload());
                    for (Span span : batch.spans()) {
                        appendRow(appender, batch, span, seq++);
                        spans++;
                    }
                }
            }
            try (Statement s = duck.createStatement()) {
                s.execute("INSERT OR IGNORE INTO spans SELECT * EXCLUDE (seq) FROM "
                        + "(SELECT DISTINCT ON (span_key) * FROM span_staging ORDER BY span_key, seq)");
                contentJoin.apply(duck); // sees the spans just staged, so contents that came first meet them
                s.execute("DELETE FROM span_staging");
            }
            commitOffset(duck, nextOffset);
            duck.commit();
        } finally {
            duck.setAutoCommit(true);
        }
        return spans;
    }

    private void appendRow(DuckDBAppender a, SpanBatch batch, Span s, long seq) throws SQLException {
        a.beginRow();
        a.append(spanKey(batch.projectId(), s.traceId(), s.spanId()));
        a.append(batch.projectId());
        a.append(s.traceId());
        a.append(s.spanId());
        appendNullable(a, s.parentSpanId());
        a.append(s.name());
        a.append(s.kind().wireName());
        a.append(SqlTime.toSql(s.startTime()));
        if (s.endTime() == null) a.appendNull(); else a.append(SqlTime.toSql(s.endTime()));
        Double duration = s.durationMillis();
        if (duration == null) a.appendNull(); else a.append(duration.doubleValue());
        a.append(s.status().wireName());
        appendNullable(a, s.statusMessage());
        appendNullable(a, s.model());
        appendNullable(a, s.provider());
        appendNullable(a, s.inputJson());
        appendNullable(a, s.outputJson());
        appendNullable(a, s.inputTokens());
        appendNullable(a, s.outputTokens());
        appendNullable(a, s.totalTokens());
        if (s.cost() == null) a.appendNull(); else a.append(s.cost().doubleValue());
        appendNullable(a, s.userId());
        appendNullable(a, s.sessionId());
        a.append(s.tags());
        appendNullable(a, s.attributesJson());
        a.append(SqlTime.toSql(batch.receivedAt()));
        a.append(seq);
        a.endRow();
    }

    private static void appendNullable(DuckDBAppender a, String value) throws SQLException {
        if (value == null) a.appendNull(); else a.append(value);
    }

    private static void appendNullable(DuckDBAppender a, Long value) throws SQLException {
        if (value == null) a.appendNull(); else a.append(value.longValue());
    }

    /** The spans table's key: (project, trace, span) folded into a fixed-width UUID. */
    public static UUID spanKey(UUID projectId, String traceId, String spanId) {
        return UUID.nameUUIDFromBytes((projectId + "|" + traceId + "|" + spanId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * After repeated failures, isolates the bad record: projects the waiting records one at a time and
     * skips (with an error log) any that fail on their own, so one poison record cannot stall the store.
     */
    private long projectRecordByRecord(DuckDBConnection duck, long offset) {
        for (LogRecord record : readBatch(offset)) {
            try {
                write(duck, List.of(record), record.nextOffset());
            } catch (SQLException | RuntimeException e) {
                Transactions.rollbackQuietly(duck);
                skippedRecords.increment();
                log.error("skipping event-log record at offset {} that cannot be projected", record.offset(), e);
                try {
                    duck.setAutoCommit(true);
                    commitOffset(duck, record.nextOffset());
                } catch (SQLException inner) {
                    log.error("could not record the skip; will retry", inner);
                    return offset;
                }
            }
            offset = record.nextOffset();
            projectedOffset = offset;
        }
        return offset;
    }

    private void applyRetention(long offset) {
        Instant now = Instant.now();
        if (Duration.between(lastRetention, now).toSeconds() < 60) return;
        lastRetention = now;
        long safe = Math.min(offset, consumers.minimumCommitted());
        if (safe > 0) eventLog.deleteBefore(safe, now.minus(logProperties.retention()));
    }

    private static void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS span_staging AS SELECT *, 0::BIGINT AS seq FROM spans LIMIT 0");
        }
        SpanContentJoin.prepare(duck);
    }

    private static long readCommittedOffset(DuckDBConnection duck) throws SQLException {
        return ConsumerOffsets.read(duck, CONSUMER);
    }

    private static void commitOffset(DuckDBConnection duck, long offset) throws SQLException {
        ConsumerOffsets.commit(duck, CONSUMER, offset);
    }

}
