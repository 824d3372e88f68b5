package io.trustplane.core.monitoring.performance;

/**
 * Precision, recall and F1 of one class against all others, as sklearn's
 * {@code precision_recall_fscore_support} with {@code zero_division=0}: a ratio with an empty denominator is 0
 * (no predictions of the class: precision 0; no actual rows of it: recall 0), which keeps the macro average
 * comparable with sklearn's. {@code support} and {@code predicted} tell those cases apart.
 *
 * @param label     the class
 * @param support   rows whose actual label is the class
 * @param predicted rows predicted as the class
 * @param precision true positives / predicted
 * @param recall    true positives / support
 * @param f1        2 · true positives / (predicted + support), the harmonic mean of precision and recall
 */
public record ClassMetrics(String label, long support, long predicted, double precision, double recall, double f1) {

    static ClassMetrics of(String label, long truePositives, long support, long predicted) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = support == 0 ? 0 : (double) truePositives / support;
        double f1 = predicted + support == 0 ? 0 : 2.0 * truePositives / (predicted + support);
        return new ClassMetrics(label, support, predicted, precision, recall, f1);
    }
}
