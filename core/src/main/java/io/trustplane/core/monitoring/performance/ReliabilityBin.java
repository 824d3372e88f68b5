package io.trustplane.core.monitoring.performance;

/**
 * One bin of a reliability diagram: the rows whose confidence fell in {@code [lower, upper)} (the last bin
 * includes 1).
 *
 * @param lower          the bin's lower edge
 * @param upper          the bin's upper edge
 * @param count          rows in the bin
 * @param meanConfidence their mean confidence (the positive class's score, or the top-label probability);
 *                       undefined for an empty bin
 * @param observedRate   the share of them that were hits (actual = positive class, or top label = actual);
 *                       undefined for an empty bin
 */
public record ReliabilityBin(double lower, double upper, long count, MetricValue meanConfidence,
                             MetricValue observedRate) {
}
