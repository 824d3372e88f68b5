package io.trustplane.server.ingest;

import io.trustplane.core.trace.Span;
import io.trustplane.core.validation.ValidationException;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a batch of spans: validate, append to the event log, wait until it is durable. Only then does
 * the caller get its acknowledgement; the spans reach the queryable store shortly after through
 * {@link SpanProjector}.
 */
@Service
public class TraceIngestService {
    private final DurableAppender appender;
    private final SpanBatchParser parser;
    private final SpanProjector projector;
    private final IngestMetrics metrics;

    public TraceIngestService(DurableAppender appender, JsonMapper json, SpanProjector projector, IngestProperties properties,
                              IngestMetrics metrics) {
        this.appender = appender;
        this.parser = new SpanBatchParser(json, properties.maxSpansPerRequest());
        this.projector = projector;
        this.metrics = metrics;
    }

    /** Parses a native body ({@code {"spans": [...]}}) and acknowledges its spans; returns how many. */
    public int ingest(UUID projectId, byte[] body) {
        long started = System.nanoTime();
        refuseWhenOverloaded();
        List<Span> spans;
        try {
            spans = parser.parse(body);
        } catch (ValidationException e) {
            metrics.request("invalid");
            throw e;
        }
        return append(projectId, spans, started);
    }

    /**
     * Acknowledges spans that another protocol's receiver (OTLP) already decoded and validated: the same durable,
     * idempotent path as native spans. Returns how many.
     */
    public int ingest(UUID projectId, List<Span> spans) {
        long started = System.nanoTime();
        refuseWhenOverloaded();
        return append(projectId, spans, started);
    }

    /**
     * Acknowledges span contents that arrived apart from their spans (GenAI messages as OTLP log events); the
     * projector joins them to their spans. Returns how many.
     */
    public int ingestContent(UUID projectId, List<SpanContent> contents) {
        refuseWhenOverloaded();
        if (contents.isEmpty()) return 0;
        appendDurably(SpanContentCodec.encode(new SpanContentBatch(projectId, Instant.now(), contents)));
        return contents.size();
    }

    private int append(UUID projectId, List<Span> spans, long started) {
        if (spans.isEmpty()) return 0;
        appendDurably(SpanBatchCodec.encode(new SpanBatch(projectId, Instant.now(), spans)));
        metrics.accepted(spans.size(), System.nanoTime() - started);
        return spans.size();
    }

    private void appendDurably(byte[] record) {
        try {
            appender.append(record);
        } catch (ApiException e) {
            metrics.request("unavailable");
            throw e;
        }
    }

    private void refuseWhenOverloaded() {
        try {
            appender.refuseWhenLagging(projector::projectedOffset);
        } catch (ApiException e) {
            metrics.request("overloaded");
            throw e;
        }
    }
}
