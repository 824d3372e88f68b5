package io.trustplane.server.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.trace.Span;
import io.trustplane.server.eventlog.LogConsumer;
import io.trustplane.server.eventlog.LogConsumers;
import io.trustplane.server.eventlog.LogRecord;
import io.trustplane.server.eventlog.SegmentedFileLog;
import io.trustplane.server.ingest.SpanBatch;
import io.trustplane.server.ingest.SpanBatchCodec;
import io.trustplane.server.ingest.SpanContentCodec;
import io.trustplane.server.ingest.SpanProjector;
import io.trustplane.server.store.SqlTime;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scans ingested spans in the background: a second consumer of the event log ({@link LogConsumer}), independent of the
 * span projector. Each span's input and output go through the project's detectors and policy; the decision and findings
 * are written to {@code guard_scans} and {@code guard_findings} in the same transaction that advances this consumer's
 * offset. A replay rescans and {@code INSERT OR IGNORE} keeps the first result, so every span is scanned into the store
 * once. GenAI messages that arrived apart from their span (OTLP log events) are scanned too, as a unit of their own per
 * span ({@link LogContentUnits}).
 *
 * <p>Scanning costs far more per span than storing it, so under a heavy ingest load this consumer lags
 * behind ({@code trustplane_guard_scan_lag_bytes}) and catches up later; ingestion never waits for it.
 */
@Component
public class TraceGuardScanner extends LogConsumer {
    static final String CONSUMER = "guard";
    private static final long READ_BYTES = 8L * 1024 * 1024;

    private final GuardEvaluator evaluator;
    private final GuardProperties properties;
    private final JsonMapper json;
    private final Counter scannedSpans;
    private int scannedInTransaction;

    public TraceGuardScanner(SegmentedFileLog eventLog, DataSource dataSource, GuardEvaluator evaluator,
                             GuardProperties properties, JsonMapper json, LogConsumers consumers, MeterRegistry registry) {
        super(settings(properties), eventLog, dataSource, consumers, registry);
        this.evaluator = evaluator;
        this.properties = properties;
        this.json = json;
        this.scannedSpans = Counter.builder("trustplane.guard.scan.spans")
                .description("Ingested spans scanned by the guard").register(registry);
    }

    /**
     * How the scanner differs from the projectors, on purpose: it runs only with {@code scan-ingested} (when off,
     * retention does not wait for it); it lingers {@code scan-linger} after every transaction even with a backlog, so
     * that CPU-heavy scanning leaves the cores to the request path under load and catches up when the load drops; at
     * shutdown it stops without draining (a scan backlog could hold the shutdown up, and it resumes at the next start);
     * readiness does not wait for it (findings may lag, data may not); and after a gap in the log (scanning was off
     * while retention deleted segments) it warns and scans from the log's start.
     */
    private static LogConsumer.Settings settings(GuardProperties properties) {
        return LogConsumer.Settings.of(CONSUMER, "guard scanner", "trustplane.guard.scan", READ_BYTES, properties.scanLinger())
                .lingeringEvenWithABacklog()
                .withoutDrainOnStop()
                .enabledIf(properties.scanIngested());
    }

    @Override
    protected void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS guard_scan_staging AS SELECT * FROM guard_scans LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS guard_finding_staging AS SELECT * FROM guard_findings LIMIT 0");
        }
    }

    /**
     * Bounds the transaction by spans, not records (a record holds up to max-spans-per-request spans), and by the
     * shutdown: once stopping, the records taken so far are scanned and committed, the rest wait for the next start.
     */
    @Override
    protected int write(DuckDBConnection duck, List<LogRecord> records) throws SQLException {
        List<ScanUnit> batch = new ArrayList<>();
        int taken = 0;
        for (LogRecord r : records) {
            batch.addAll(units(r));
            taken++;
            if (batch.size() >= properties.scanBatch() || !isRunning()) break;
        }
        scannedInTransaction = store(duck, batch);
        return taken;
    }

    @Override
    protected void committed(long transactionNanos) {
        scannedSpans.increment(scannedInTransaction);
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

    /** Scans the units into the staging tables and moves them into the store; returns how many had text to scan. */
    private int store(DuckDBConnection duck, List<ScanUnit> units) throws SQLException {
        int scanned = 0;
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
        return scanned;
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
}
