package io.trustplane.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trustplane.core.trace.Span;
import io.trustplane.server.eventlog.EventLogProperties;
import io.trustplane.server.eventlog.LogConsumer;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.store.SqlTime;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects span batches from the event log into the {@code spans} table, and span contents that arrived apart
 * from their spans (OTLP log events) into {@code span_log_content}, joined to their spans ({@link SpanContentJoin}).
 *
 * <p>A {@link LogConsumer}: one thread reads as many durable records as are waiting (about {@code projection-batch}
 * spans' worth of bytes), appends them to a temporary staging table with DuckDB's appender, and moves them into
 * {@code spans} with {@code INSERT OR IGNORE} on the span key — in the same transaction that advances this consumer's
 * offset in {@code log_consumer_offsets}. A crash at any point therefore replays from the last committed offset, and
 * replayed or re-sent spans are ignored by key: each span is stored exactly once.
 *
 * <p>Large transactions are what make DuckDB fast here (its per-commit cost is milliseconds, per row
 * microseconds), so the batch grows by itself with the load: while one batch is written, the next one
 * accumulates in the log. This is the hot path: a batch is the list the log read, written as it is.
 */
@Component
public class SpanProjector extends LogConsumer {
    static final String CONSUMER = "spans";
    private static final long READ_BYTES = 64L * 1024 * 1024;

    private final SegmentedFileLog eventLog;
    private final EventLogProperties logProperties;
    private final LogConsumers consumers;
    private final SpanContentJoin contentJoin;
    private final Counter projectedSpans;
    private final Timer batchTimer;
    private final DistributionSummary batchSpans;
    private Instant lastRetention = Instant.EPOCH;
    private int spansInTransaction;

    public SpanProjector(SegmentedFileLog eventLog, DataSource dataSource, IngestProperties properties,
                         EventLogProperties logProperties, LogConsumers consumers, MeterRegistry registry, JsonMapper json) {
        super(settings(properties), eventLog, dataSource, consumers, registry);
        this.eventLog = eventLog;
        this.contentJoin = new SpanContentJoin(json);
        this.consumers = consumers;
        this.logProperties = logProperties;
        this.projectedSpans = Counter.builder("trustplane.projector.spans")
                .description("Spans written from the event log to the store (including ignored duplicates)").register(registry);
        this.batchTimer = Timer.builder("trustplane.projector.batch.duration")
                .description("Time to write one projection batch").publishPercentileHistogram().register(registry);
        this.batchSpans = DistributionSummary.builder("trustplane.projector.batch.spans")
                .description("Spans per projection transaction").register(registry);
    }

    /**
     * The store of record for spans, so unlike the other consumers it stops rather than skip ahead when the log no
     * longer holds its offset (retention always waits for it, so that means spans were lost), and readiness waits for
     * its replay: queries must see every acknowledged span.
     */
    private static LogConsumer.Settings settings(IngestProperties properties) {
        return LogConsumer.Settings.of(CONSUMER, "span projector", "trustplane.projector", readBudget(properties),
                        properties.projectionLinger())
                .stoppingOnMissingRecords()
                .gatingReadiness();
    }

    /** Budget bytes by the target span count; ~1 KB per span is typical and only sizes the read. */
    private static long readBudget(IngestProperties properties) {
        return Math.min(READ_BYTES, Math.max(1024L * 1024, properties.projectionBatch() * 1024L));
    }

    @Override
    protected void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS span_staging AS SELECT *, 0::BIGINT AS seq FROM spans LIMIT 0");
        }
        SpanContentJoin.prepare(duck);
    }

    @Override
    protected void committed(long transactionNanos) {
        batchTimer.record(transactionNanos, TimeUnit.NANOSECONDS);
        batchSpans.record(spansInTransaction);
        projectedSpans.increment(spansInTransaction);
    }

    /** The log is idle: a good moment to delete segments every consumer has passed (at most once a minute). */
    @Override
    protected void idle(long offset) {
        Instant now = Instant.now();
        if (Duration.between(lastRetention, now).toSeconds() < 60) return;
        lastRetention = now;
        long safe = Math.min(offset, consumers.minimumCommitted());
        if (safe > 0) eventLog.deleteBefore(safe, now.minus(logProperties.retention()));
    }

    @Override
    protected int write(DuckDBConnection duck, List<LogRecord> records) throws SQLException {
        int spans = 0;
        int contentRecords = 0;
        try (DuckDBAppender appender = duck.createAppender("temp", "main", "span_staging");
             DuckDBAppender contents = SpanContentJoin.appender(duck)) {
            long seq = 0;
            for (LogRecord record : records) {
                int type = SpanContentCodec.typeOf(record.payload());
                if (type == SpanContentCodec.TYPE_SPAN_CONTENT) {
                    SpanContentJoin.stage(contents, SpanContentCodec.decode(record.payload()), record.offset());
                    contentRecords++;
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
        if (spans == 0 && contentRecords == 0) {
            // only other consumers' records (predictions, ground truth): nothing to project, only the offset moves
            spansInTransaction = 0;
            return records.size();
        }
        try (Statement s = duck.createStatement()) {
            s.execute("INSERT OR IGNORE INTO spans SELECT * EXCLUDE (seq) FROM "
                    + "(SELECT DISTINCT ON (span_key) * FROM span_staging ORDER BY span_key, seq)");
            contentJoin.apply(duck); // sees the spans just staged, so contents that came first meet them
            s.execute("DELETE FROM span_staging");
        }
        spansInTransaction = spans;
        return records.size();
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
}
