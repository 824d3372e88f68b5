package io.trustplane.server.ingest;

import io.trustplane.core.trace.Span;
import io.trustplane.core.validation.ValidationException;
import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.eventlog.EventLogUnavailableException;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a batch of spans: validate, append to the event log, wait until it is durable. Only then does
 * the caller get its acknowledgement; the spans reach the queryable store shortly after through
 * {@link SpanProjector}.
 */
@Service
public class TraceIngestService {
    private final EventLog log;
    private final SpanBatchParser parser;
    private final SpanProjector projector;
    private final IngestProperties properties;
    private final IngestMetrics metrics;

    public TraceIngestService(EventLog log, JsonMapper json, SpanProjector projector, IngestProperties properties,
                              IngestMetrics metrics) {
        this.log = log;
        this.parser = new SpanBatchParser(json, properties.maxSpansPerRequest());
        this.projector = projector;
        this.properties = properties;
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
            log.append(record).get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            metrics.request("unavailable");
            String reason = e instanceof ExecutionException ee && ee.getCause() instanceof EventLogUnavailableException u
                    ? u.getMessage() : "the batch was not confirmed durable in time";
            throw unavailable("The batch was not stored (" + reason + "); retry it — ids make retries idempotent.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.request("unavailable");
            throw unavailable("The server is shutting down; retry the batch.");
        }
    }

    private void refuseWhenOverloaded() {
        long lag = log.durableEnd() - projector.projectedOffset();
        if (lag > properties.maxProjectionLag().toBytes()) {
            metrics.request("overloaded");
            ApiException e = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Overloaded",
                    "The store is " + lag + " bytes behind the event log; retry after a second.");
            throw e;
        }
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", detail);
    }
}
