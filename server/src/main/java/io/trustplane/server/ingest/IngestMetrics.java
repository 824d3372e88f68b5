package io.trustplane.server.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Ingestion counters, batch sizes and acknowledgement latency, exported on {@code /metrics}. */
@Component
public class IngestMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();
    private final Counter spans;
    private final DistributionSummary batchSize;
    private final Timer ackLatency;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.spans = Counter.builder("trustplane.ingest.spans").description("Spans acknowledged (durably appended)")
                .register(registry);
        this.batchSize = DistributionSummary.builder("trustplane.ingest.batch.size").baseUnit("spans")
                .description("Spans per accepted ingestion request").publishPercentileHistogram()
                .minimumExpectedValue(1.0).maximumExpectedValue(10_000.0).register(registry);
        this.ackLatency = Timer.builder("trustplane.ingest.ack.latency")
                .description("Time from receiving a batch to acknowledging it durable (parse, append, fsync)")
                .publishPercentileHistogram().register(registry);
    }

    /** Counts a request by outcome: accepted, invalid, too_large, overloaded, unavailable. */
    public void request(String outcome) {
        requests.computeIfAbsent(outcome, o -> Counter.builder("trustplane.ingest.requests").tag("outcome", o)
                .description("Ingestion requests by outcome").register(registry)).increment();
    }

    public void accepted(int spanCount, long nanos) {
        request("accepted");
        spans.increment(spanCount);
        batchSize.record(spanCount);
        ackLatency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
