package io.trustplane.server.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.policy.Action;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Guard metrics: {@code trustplane_guard_decisions_total{action,source}} and
 * {@code trustplane_guard_detector_seconds{detector,source}}, where source is {@code api} (guard API
 * calls) or {@code ingest} (background scanning of ingested spans).
 */
@Component
public class GuardMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> decisions = new ConcurrentHashMap<>();
    private final Map<String, Timer> detectors = new ConcurrentHashMap<>();

    public GuardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String source, GuardReport report, Action action) {
        decisions.computeIfAbsent(source + "|" + action, k -> Counter.builder("trustplane.guard.decisions")
                .description("Guard decisions by action").tag("source", source).tag("action", action.wireName())
                .register(registry)).increment();
        for (DetectorSummary d : report.detectors()) {
            detectors.computeIfAbsent(source + "|" + d.detector(), k -> Timer.builder("trustplane.guard.detector")
                    .description("Time a detector spent on one request").tag("source", source).tag("detector", d.detector())
                    .publishPercentiles(0.5, 0.99).register(registry)).record(d.nanos(), TimeUnit.NANOSECONDS);
        }
    }
}
