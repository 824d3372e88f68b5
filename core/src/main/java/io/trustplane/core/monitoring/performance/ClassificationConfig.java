package io.trustplane.core.monitoring.performance;

/**
 * How a {@link ClassificationAccumulator} reads its rows and how large it may grow. Part of the serialized
 * state: only accumulators with equal configurations merge.
 *
 * @param positiveClass     the positive class of a binary classifier (set at model registration), or null for
 *                          a multiclass classifier. With it, a row's score is the positive class's probability,
 *                          and the metrics include the positive class's precision, recall and F1 (positive
 *                          class against every other label). Without it there are no positive-class metrics,
 *                          and scores must come as probabilities per class.
 * @param calibrationBins   equal-width bins of the reliability diagram and ECE; default {@value #DEFAULT_CALIBRATION_BINS}
 * @param maxDistinctScores distinct scores kept exactly per class for the ROC AUC before switching to the grid;
 *                          default {@value #DEFAULT_MAX_DISTINCT_SCORES}
 * @param gridBins          bins of the fallback grid on [0, 1]; default {@value #DEFAULT_GRID_BINS}
 * @param maxClasses        distinct labels (actual, predicted or in probabilities) before rows are refused;
 *                          default {@value #DEFAULT_MAX_CLASSES}
 */
public record ClassificationConfig(String positiveClass, int calibrationBins, int maxDistinctScores, int gridBins,
                                   int maxClasses) {

    public static final int DEFAULT_CALIBRATION_BINS = 10;
    public static final int DEFAULT_MAX_DISTINCT_SCORES = 10_000;
    public static final int DEFAULT_GRID_BINS = 10_000;
    public static final int DEFAULT_MAX_CLASSES = 100;
    /** Upper limits that keep one accumulator's serialized state within a few megabytes. */
    static final int LIMIT_BINS = 100_000;
    static final int LIMIT_CLASSES = 10_000;

    public ClassificationConfig {
        if (positiveClass != null && positiveClass.isEmpty()) {
            throw new IllegalArgumentException("positive class must not be empty (use null for a multiclass classifier)");
        }
        requireIn("calibrationBins", calibrationBins, 1, 1_000);
        requireIn("maxDistinctScores", maxDistinctScores, 1, LIMIT_BINS);
        requireIn("gridBins", gridBins, 2, LIMIT_BINS);
        requireIn("maxClasses", maxClasses, 2, LIMIT_CLASSES);
    }

    /** A binary classifier with the defaults. */
    public static ClassificationConfig binary(String positiveClass) {
        if (positiveClass == null) {
            throw new IllegalArgumentException("a binary classifier needs its positive class");
        }
        return new ClassificationConfig(positiveClass, DEFAULT_CALIBRATION_BINS, DEFAULT_MAX_DISTINCT_SCORES,
                DEFAULT_GRID_BINS, DEFAULT_MAX_CLASSES);
    }

    /** A multiclass classifier (no positive class) with the defaults. */
    public static ClassificationConfig multiclass() {
        return new ClassificationConfig(null, DEFAULT_CALIBRATION_BINS, DEFAULT_MAX_DISTINCT_SCORES,
                DEFAULT_GRID_BINS, DEFAULT_MAX_CLASSES);
    }

    public ClassificationConfig withCalibrationBins(int bins) {
        return new ClassificationConfig(positiveClass, bins, maxDistinctScores, gridBins, maxClasses);
    }

    public ClassificationConfig withScoreLimits(int maxDistinct, int bins) {
        return new ClassificationConfig(positiveClass, calibrationBins, maxDistinct, bins, maxClasses);
    }

    public ClassificationConfig withMaxClasses(int max) {
        return new ClassificationConfig(positiveClass, calibrationBins, maxDistinctScores, gridBins, max);
    }

    public boolean isBinary() {
        return positiveClass != null;
    }

    static void requireIn(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }
}
