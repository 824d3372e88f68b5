package io.trustplane.server.otlp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * OTLP receiver counters on {@code /metrics}: {@code trustplane_otlp_requests_total{signal, outcome}} (outcome
 * {@code ok}, {@code partial}, or the failure's type: {@code undecodable}, {@code payload-too-large}, {@code busy},
 * {@code overloaded}, ...), and {@code trustplane_otlp_items_total{signal, result}} for spans and log records
 * accepted, rejected, or (logs that are not GenAI events) ignored. Accepted spans also count in the ingest metrics.
 */
@Component
class OtlpMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    OtlpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void request(String signal, String outcome) {
        counters.computeIfAbsent("r|" + signal + "|" + outcome, k -> Counter.builder("trustplane.otlp.requests")
                .description("OTLP export requests by signal and outcome").tag("signal", signal).tag("outcome", outcome)
                .register(registry)).increment();
    }

    void items(String signal, String result, long count) {
        if (count == 0) return;
        counters.computeIfAbsent("i|" + signal + "|" + result, k -> Counter.builder("trustplane.otlp.items")
                .description("Spans and log records received over OTLP, by what became of them")
                .tag("signal", signal).tag("result", result).register(registry)).increment(count);
    }
}
