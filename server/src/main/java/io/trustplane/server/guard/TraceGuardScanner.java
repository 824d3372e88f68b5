package io.trustplane.server.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.trace.Span;
import io.trustplane.server.eventlog.ConsumerOffsets;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.ingest.SpanBatch;
import io.trustplane.server.ingest.SpanBatchCodec;
import io.trustplane.server.ingest.SpanContentCodec;
import io.trustplane.server.ingest.SpanProjector;
import io.trustplane.server.store.SqlTime;
import io.trustplane.server.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Scans ingested spans in the background: a second consumer of the event log, independent of the span
 * projector. Each span's input and output go through the project's detectors and policy; the decision
 * and findings are written to {@code guard_scans} and {@code guard_findings} in the same transaction that
 * advances this consumer's offset. A replay rescans and {@code INSERT OR IGNORE} keeps the first result,
 * so every span is scanned into the store once. GenAI messages that arrived apart from their span (OTLP log events)
 * are scanned too, as a unit of their own per span ({@link LogContentUnits}).
 *
 * <p>Scanning costs far more per span than storing it, so under a heavy ingest load this consumer lags
 * behind ({@code trustplane_guard_scan_lag_bytes}) and catches up later; ingestion never waits for it.
 */
@Component
public class TraceGuardScanner implements SmartLifecycle {
    static final String CONSUMER = "guard";
    private static final Logger log = LoggerFactory.getLogger(TraceGuardScanner.class);
    private static final long READ_BYTES = 8L * 1024 * 1024;

    private final SegmentedFileLog eventLog;
    private final DataSource dataSource;
    private final GuardEvaluator evaluator;
    private final GuardProperties properties;
    private final JsonMapper json;
    private final Counter scannedSpans;
    private final Counter skippedRecords;
    private volatile long committedOffset = -1;
    private volatile boolean running;
    private volatile Thread thread;
    private long lastTransactionNanos = System.nanoTime();

    public TraceGuardScanner(SegmentedFileLog eventLog, DataSource dataSource, GuardEvaluator evaluator,
                             GuardProperties properties, JsonMapper json, LogConsumers consumers, MeterRegistry registry) {
        this.eventLog = eventLog;
        this.dataSource = dataSource;
        this.evaluator = evaluator;
        this.properties = properties;
        this.json = json;
        this.scannedSpans = Counter.builder("trustplane.guard.scan.spans")
                .description("Ingested spans scanned by the guard").register(registry);
        this.skippedRecords = Counter.builder("trustplane.guard.scan.skipped.records")
                .description("Event-log records the guard scanner could not process and skipped").register(registry);
        Gauge.builder("trustplane.guard.scan.lag.bytes", this, TraceGuardScanner::lagBytes)
                .description("Event-log bytes not yet scanned by the guard").register(registry);
        if (properties.scanIngested()) {
            consumers.register(CONSUMER, () -> committedOffset);
        }
    }

    public long lagBytes() {
        long offset = committedOffset;
        return offset < 0 ? 0 : Math.max(0, eventLog.durableEnd() - offset);
    }

    /** The offset up to which spans have been scanned (-1 before the scanner started). */
    public long committedOffset() {
        return committedOffset;
    }

    @Override
    public void start() {
        if (!properties.scanIngested()) return;
        running = true;
        thread = Thread.ofPlatform().name("guard-scanner").daemon(true).start(this::run);
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

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            prepare(duck);
            long offset = Math.max(readCommittedOffset(duck), eventLog.startOffset());
            committedOffset = offset;
            int failures = 0;
            while (running) {
                try {
                    offset = scanOnce(duck, offset);
                    failures = 0;
                } catch (SQLException | RuntimeException e) {
                    failures++;
                    log.error("guard scanning failed (attempt {}); retrying", failures, e);
                    Transactions.rollbackQuietly(duck);
                    if (failures >= 3) {
                        offset = skipOneRecord(duck, offset);
                        failures = 0;
                    } else {
                        TimeUnit.MILLISECONDS.sleep(200L * failures);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            log.error("the guard scanner stopped; ingested spans are no longer scanned", e);
        }
    }

    private long scanOnce(DuckDBConnection duck, long offset) throws SQLException, InterruptedException {
        long waitNanos = properties.scanLinger().toNanos() - (System.nanoTime() - lastTransactionNanos);
        if (waitNanos > 0 && running) {
            LockSupport.parkNanos(this, waitNanos);
            if (Thread.interrupted()) throw new InterruptedException();
        }
        List<LogRecord> records = read(offset);
        if (records.isEmpty()) {
            eventLog.awaitDurableEndAfter(offset, Duration.ofMillis(200));
            return offset;
        }
        // Bound the transaction by spans, not records: a record holds up to max-spans-per-request spans.
        List<ScanUnit> batch = new ArrayList<>();
        long next = offset;
        for (LogRecord r : records) {
            batch.addAll(units(r));
            next = r.nextOffset();
            if (batch.size() >= properties.scanBatch() || !running) break;
        }
        lastTransactionNanos = System.nanoTime();
        write(duck, batch, next);
        committedOffset = next;
        return next;
    }

    private List<LogRecord> read(long offset) {
        if (offset < eventLog.startOffset()) {
            log.warn("the event log no longer holds offset {}; spans before {} were not guard-scanned", offset, eventLog.startOffset());
            offset = eventLog.startOffset();
        }
        return eventLog.read(offset, Integer.MAX_VALUE, READ_BYTES);
    }

    /**
     * What one event-log record gives to scan: each span of a span batch under its own key; and, for contents that
     * arrived apart from their spans (GenAI messages as OTLP log events), one unit per span they belong to, whose
     * input and output are those messages, under a key of its own (the span's scan is a separate unit).
     */
    private List<ScanUnit> units(LogRecord record) {
        int type = SpanContentCodec.typeOf(record.payload());
        if (type == SpanContentCodec.TYPE_SPAN_CONTENT) {
            return LogContentUnits.of(SpanContentCodec.decode(record.payload()));
        }
        if (type != SpanBatchCodec.TYPE_SPANS) return List.of(); // not spans (predictions, ground truth): nothing to scan
        SpanBatch batch = SpanBatchCodec.decode(record.payload());
        List<ScanUnit> units = new ArrayList<>(batch.spans().size());
        for (Span span : batch.spans()) {
            units.add(new ScanUnit(batch.projectId(), span, SpanProjector.spanKey(batch.projectId(), span.traceId(), span.spanId())));
        }
        return units;
    }

    /** A span (or the log-carried contents of one) to scan, and the key its scan and findings are stored under. */
    record ScanUnit(UUID projectId, Span span, UUID key) {
    }

    private void write(DuckDBConnection duck, List<ScanUnit> units, long nextOffset) throws SQLException {
        duck.setAutoCommit(false);
        int scanned = 0;
        try {
            try (DuckDBAppender scans = duck.createAppender("temp", "main", "guard_scan_staging");
                 DuckDBAppender findings = duck.createAppender("temp", "main", "guard_finding_staging")) {
                Instant now = Instant.now();
                for (ScanUnit unit : units) {
                    if (scan(unit.projectId(), unit.span(), unit.key(), now, scans, findings)) scanned++;
                }
            }
            try (Statement s = duck.createStatement()) {
                s.execute("INSERT OR IGNORE INTO guard_scans SELECT DISTINCT ON (span_key) * FROM guard_scan_staging");
                s.execute("INSERT OR IGNORE INTO guard_findings SELECT DISTINCT ON (span_key, seq) * FROM guard_finding_staging");
                s.execute("DELETE FROM guard_scan_staging");
                s.execute("DELETE FROM guard_finding_staging");
            }
            commitOffset(duck, nextOffset);
            duck.commit();
        } finally {
            duck.setAutoCommit(true);
        }
        scannedSpans.increment(scanned);
    }

    private boolean scan(UUID projectId, Span span, UUID key, Instant now, DuckDBAppender scans, DuckDBAppender findings) throws SQLException {
        List<TextSegment> segments = SpanTexts.of(span, json, properties.maxSegmentChars());
        if (segments.isEmpty()) return false;
        Map<String, Object> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "model", span.model());
        putIfPresent(attributes, "provider", span.provider());
        putIfPresent(attributes, "user", span.userId());
        putIfPresent(attributes, "session", span.sessionId());
        attributes.put("kind", span.kind().wireName());
        attributes.put("name", span.name());
        attributes.put("tags", span.tags());
        GuardEvaluator.Evaluation e = evaluator.evaluate(projectId,
                new GuardRequest(segments, ScanContext.EMPTY, attributes), "ingest");
        String action = e.decision().action().wireName();
        Map<String, Double> scores = new LinkedHashMap<>();
        List<String> flagged = new ArrayList<>();
        int seq = 0;
        for (DetectorSummary d : e.report().detectors()) {
            scores.put(d.detector(), d.score());
            if (d.flagged()) flagged.add(d.detector());
            for (LocatedFinding lf : d.findings()) {
                findings.beginRow();
                findings.append(key);
                findings.append(seq++);
                findings.append(projectId);
                findings.append(span.traceId());
                findings.append(span.spanId());
                findings.append(SqlTime.toSql(span.startTime()));
                findings.append(action);
                findings.append(lf.finding().detector());
                findings.append(lf.finding().type());
                findings.append(lf.segment());
                findings.append(lf.finding().start());
                findings.append(lf.finding().end());
                findings.append(lf.finding().confidence());
                findings.append(lf.finding().reason());
                findings.endRow();
            }
        }
        scans.beginRow();
        scans.append(key);
        scans.append(projectId);
        scans.append(span.traceId());
        scans.append(span.spanId());
        scans.append(SqlTime.toSql(span.startTime()));
        scans.append(action);
        scans.append(e.decision().decidedBy());
        scans.append(e.decision().policyVersion());
        scans.append(json.writeValueAsString(scores));
        scans.append(flagged);
        scans.append(seq);
        scans.append(e.report().totalNanos() / 1000);
        scans.append(SqlTime.toSql(now));
        scans.endRow();
        return true;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) map.put(key, value);
    }

    /** After repeated failures, skips the first waiting record (logged) so one poison record cannot stall scanning. */
    private long skipOneRecord(DuckDBConnection duck, long offset) {
        List<LogRecord> records = read(offset);
        if (records.isEmpty()) return offset;
        LogRecord first = records.getFirst();
        try {
            write(duck, units(first), first.nextOffset());
        } catch (SQLException | RuntimeException e) {
            Transactions.rollbackQuietly(duck);
            skippedRecords.increment();
            log.error("skipping event-log record at offset {} that cannot be guard-scanned", first.offset(), e);
            try {
                commitOffset(duck, first.nextOffset());
            } catch (SQLException inner) {
                log.error("could not record the skip; will retry", inner);
                return offset;
            }
        }
        committedOffset = first.nextOffset();
        return first.nextOffset();
    }

    private static void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS guard_scan_staging AS SELECT * FROM guard_scans LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS guard_finding_staging AS SELECT * FROM guard_findings LIMIT 0");
        }
    }

    private static long readCommittedOffset(DuckDBConnection duck) throws SQLException {
        return ConsumerOffsets.read(duck, CONSUMER);
    }

    private static void commitOffset(DuckDBConnection duck, long offset) throws SQLException {
        ConsumerOffsets.commit(duck, CONSUMER, offset);
    }

}
