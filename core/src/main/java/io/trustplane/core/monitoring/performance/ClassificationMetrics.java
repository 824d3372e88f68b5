package io.trustplane.core.monitoring.performance;

import java.util.List;

/**
 * The performance of a classifier over the rows of one accumulator (a window and segment).
 *
 * @param count         rows (predictions joined with their ground truth)
 * @param accuracy      share of rows whose predicted label equals the actual label; undefined with no rows
 * @param classes       per class metrics, for every label seen as actual or predicted, ordered by label
 * @param macro         unweighted mean of the per class metrics
 * @param weighted      support-weighted mean of the per class metrics
 * @param positiveClass the configured positive class against every other label (sklearn {@code average="binary"},
 *                      {@code pos_label}); all zeros when it never occurred; null for a multiclass classifier
 * @param scoredCount   rows that carried a score or probabilities; the score metrics below use only these
 * @param rocAuc        binary: the positive score's AUC; multiclass: one-vs-rest macro AUC
 * @param logLoss       mean −ln p(actual label), p clipped to [1e-15, 1 − 1e-15]; undefined without scored rows
 * @param calibration   expected calibration error and the reliability bins
 */
public record ClassificationMetrics(long count, MetricValue accuracy, List<ClassMetrics> classes,
                                    AveragedMetrics macro, AveragedMetrics weighted, ClassMetrics positiveClass,
                                    long scoredCount, RocAuc rocAuc, MetricValue logLoss, Calibration calibration) {

    public ClassificationMetrics {
        classes = List.copyOf(classes);
    }
}
