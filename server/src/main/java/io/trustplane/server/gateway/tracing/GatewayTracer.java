package io.trustplane.server.gateway.tracing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.trace.Span;
import io.trustplane.server.ingest.TraceIngestService;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each gateway call as a span through {@link TraceIngestService}, the same durable path as any client's
 * spans: the event log, the projector into the store, and the background guard scan ({@code TraceGuardScanner}).
 *
 * <p>Recording never delays or fails the call: the span is built and appended on a virtual thread after the answer,
 * and an append that fails (the log refusing under backpressure, a shutdown) is counted in
 * {@code trustplane_gateway_trace_dropped_total} and logged without content.
 *
 * <p>The background scan of these spans is not redundant with the gateway's inline checks, and is kept: it writes
 * the {@code guard_scans} and {@code guard_findings} rows that the findings API and trace views read, for every span
 * alike; it scans what was stored (the forwarded, possibly redacted text), which is what a later reader of the trace
 * sees; and the inline decisions are in the span's {@code guard.*} attributes. Its cost is one more scan per call, off
 * the request path.
 */
@Component
public class GatewayTracer {
    private static final Logger log = LoggerFactory.getLogger(GatewayTracer.class);

    private final TraceIngestService ingest;
    private final GatewayTracingProperties properties;
    private final PriceTable prices;
    private final JsonMapper json;
    private final Counter recorded;
    private final Counter dropped;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public GatewayTracer(TraceIngestService ingest, GatewayTracingProperties properties, JsonMapper json, MeterRegistry registry) {
        this.ingest = ingest;
        this.properties = properties;
        this.prices = properties.priceTable();
        this.json = json;
        this.recorded = Counter.builder("trustplane.gateway.trace.recorded").description("Gateway calls recorded as spans").register(registry);
        this.dropped = Counter.builder("trustplane.gateway.trace.dropped").description("Gateway call spans that could not be recorded")
                .register(registry);
    }

    /** Records a finished call in the background. */
    public void record(UUID projectId, GatewayCall call) {
        if (!properties.enabled()) return;
        executor.execute(() -> recordNow(projectId, call));
    }

    /** Builds and durably appends the call's span (waits for the fsync); for the background task and for tests. */
    public Span recordNow(UUID projectId, GatewayCall call) {
        try {
            Span span = GatewaySpans.build(call, prices, json);
            ingest.ingest(projectId, List.of(span));
            recorded.increment();
            return span;
        } catch (RuntimeException e) {
            dropped.increment();
            log.warn("gateway call span not recorded for project {}: {}", projectId, e.getClass().getSimpleName());
            return null;
        }
    }
}
