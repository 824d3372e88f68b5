package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.MetricValue;
import java.util.List;
import java.util.function.Function;

/** The smallest and largest of one rate over the groups that may be compared. */
record Spread(double min, double max) {

    /**
     * The spread of {@code rate} over {@code groups}, or null when fewer than two groups have it defined.
     */
    static Spread of(List<GroupMetrics> groups, Function<GroupMetrics, MetricValue> rate) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (GroupMetrics g : groups) {
            MetricValue v = rate.apply(g);
            if (v.isDefined()) {
                min = Math.min(min, v.get());
                max = Math.max(max, v.get());
                n++;
            }
        }
        return n < 2 ? null : new Spread(min, max);
    }

    static MetricValue difference(Spread spread, String reason) {
        return spread == null ? MetricValue.undefined(reason) : MetricValue.of(spread.max - spread.min);
    }
}
