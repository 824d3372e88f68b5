package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.MetricValue;
import java.util.List;

/**
 * The fairness of a model's decisions across the groups of one protected attribute, with fairlearn's
 * definitions ({@code fairlearn.metrics}, "between_groups" method): a difference is the largest minus the
 * smallest group value, a ratio the smallest over the largest.
 *
 * <p>Only groups large enough are compared ({@link FairnessConfig#minGroupSize()}): groups with fewer
 * predictions are left out of the selection-rate measures, groups with fewer labelled rows out of the error-rate
 * measures, and groups whose rate is undefined (an empty denominator) out of that rate's measure. A measure
 * with fewer than two groups to compare is undefined with the reason.
 *
 * @param groups                      every group seen, ordered by value, small ones included (and flagged)
 * @param missing                     the predictions whose attribute was missing: shown, never compared
 *                                    (a missing value is not a group, and its mix depends on how data is collected)
 * @param demographicParityDifference max − min selection rate ({@code demographic_parity_difference})
 * @param demographicParityRatio      min / max selection rate ({@code demographic_parity_ratio}); undefined when
 *                                    every compared rate is 0
 * @param referenceGroup              the disparate impact reference: configured, or the compared group with the
 *                                    highest selection rate (the first by value on a tie); null when none is usable
 * @param disparateImpact             per group (ordered by value), its selection rate over the reference's and the
 *                                    four-fifths verdict
 * @param equalOpportunityDifference  max − min true positive rate
 * @param equalizedOddsDifference     the larger of the true positive rate spread and the false positive rate
 *                                    spread ({@code equalized_odds_difference})
 */
public record FairnessReport(List<GroupMetrics> groups, GroupMetrics missing,
                             MetricValue demographicParityDifference, MetricValue demographicParityRatio,
                             String referenceGroup, List<DisparateImpact> disparateImpact,
                             MetricValue equalOpportunityDifference, MetricValue equalizedOddsDifference) {

    public FairnessReport {
        groups = List.copyOf(groups);
        disparateImpact = List.copyOf(disparateImpact);
    }
}
