package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.MetricValue;

/**
 * One group's outcomes. Selection counts every prediction; the error rates count only the predictions whose
 * ground truth has arrived (labelled). A rate with an empty denominator is undefined, not 0: fairlearn (through
 * sklearn's normalised confusion matrix) would report 0 there, which would show as a spurious disparity.
 *
 * @param group               the attribute's value
 * @param predictions         predictions of the group
 * @param predictedFavourable of them, predicted favourable
 * @param selectionRate       predictedFavourable / predictions (fairlearn {@code selection_rate})
 * @param labelled            predictions with ground truth
 * @param truePositives       labelled, predicted and actually favourable
 * @param falsePositives      labelled, predicted favourable, actually not
 * @param trueNegatives       labelled, predicted and actually unfavourable
 * @param falseNegatives      labelled, predicted unfavourable, actually favourable
 * @param truePositiveRate    TP / (TP + FN)
 * @param falsePositiveRate   FP / (FP + TN)
 * @param falseNegativeRate   FN / (TP + FN)
 * @param precision           TP / (TP + FP)
 * @param accuracy            (TP + TN) / labelled
 * @param baseRate            (TP + FN) / labelled, the share actually favourable
 * @param tooFewPredictions   predictions below {@link FairnessConfig#minGroupSize()}: selection not judged
 * @param tooFewLabelled      labelled below {@link FairnessConfig#minGroupSize()}: error rates not judged
 */
public record GroupMetrics(String group, long predictions, long predictedFavourable, MetricValue selectionRate,
                           long labelled, long truePositives, long falsePositives, long trueNegatives,
                           long falseNegatives, MetricValue truePositiveRate, MetricValue falsePositiveRate,
                           MetricValue falseNegativeRate, MetricValue precision, MetricValue accuracy,
                           MetricValue baseRate, boolean tooFewPredictions, boolean tooFewLabelled) {

    static GroupMetrics of(String group, GroupCounts c, int minGroupSize) {
        long labelled = c.labelled();
        long positives = c.truePositives + c.falseNegatives;
        long negatives = c.falsePositives + c.trueNegatives;
        return new GroupMetrics(group, c.predictions, c.predictedFavourable,
                MetricValue.ratio(c.predictedFavourable, c.predictions, "no predictions"),
                labelled, c.truePositives, c.falsePositives, c.trueNegatives, c.falseNegatives,
                MetricValue.ratio(c.truePositives, positives, "no labelled rows actually favourable"),
                MetricValue.ratio(c.falsePositives, negatives, "no labelled rows actually unfavourable"),
                MetricValue.ratio(c.falseNegatives, positives, "no labelled rows actually favourable"),
                MetricValue.ratio(c.truePositives, c.truePositives + c.falsePositives,
                        "no labelled rows predicted favourable"),
                MetricValue.ratio(c.truePositives + c.trueNegatives, labelled, "no labelled rows"),
                MetricValue.ratio(positives, labelled, "no labelled rows"),
                c.predictions < minGroupSize, labelled < minGroupSize);
    }
}
