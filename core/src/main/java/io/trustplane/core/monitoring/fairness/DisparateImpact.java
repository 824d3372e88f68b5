package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.MetricValue;

/**
 * A group's selection rate divided by the reference group's, and the four-fifths rule's verdict on it.
 *
 * @param group   the group
 * @param ratio   selection rate of the group / selection rate of the reference group; undefined when there is no
 *                usable reference or the reference's rate is 0
 * @param verdict {@link Verdict#FAIL} below {@link FairnessConfig#FOUR_FIFTHS}
 */
public record DisparateImpact(String group, MetricValue ratio, Verdict verdict) {

    public enum Verdict {
        /** Ratio at least 0.8. */
        PASS,
        /** Ratio below 0.8: adverse impact under the four-fifths rule. */
        FAIL,
        /** The group has too few predictions, or the ratio is undefined. */
        INSUFFICIENT_DATA
    }
}
