package io.trustplane.core.monitoring.trust;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latency component's input: the 95th percentile latency of the window in milliseconds (from the
 * server's latency profile).
 *
 * <p>Sub-score: {@code settings.latencyP95Millis().score(p95Millis)}, i.e. against the latency SLO.
 *
 * @param p95Millis the 95th percentile, finite and >= 0
 */
public record LatencyInput(double p95Millis) {

    public LatencyInput {
        if (!(p95Millis >= 0) || !Double.isFinite(p95Millis)) {
            throw new IllegalArgumentException("latency: p95 must be finite and >= 0 ms: " + p95Millis);
        }
    }

    Assessment assess(TrustSettings settings) {
        Ramp ramp = settings.latencyP95Millis();
        double score = ramp.score(p95Millis);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("p95_millis", p95Millis);
        return new Assessment(inputs, score, "p95 latency " + Numbers.format(p95Millis) + " ms ("
                + ramp.describe(ms -> Numbers.format(ms) + " ms") + ") → " + Numbers.format(score));
    }
}
