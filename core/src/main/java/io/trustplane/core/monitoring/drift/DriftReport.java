package io.trustplane.core.monitoring.drift;

import java.util.List;

/**
 * The drift of a current window against a reference.
 *
 * @param features          one entry per feature of the reference (the prediction included), in its order
 * @param newFeatures       features of the current window that the reference does not have (not tested)
 * @param drifted           features whose status is DRIFT
 * @param driftedShare      {@code drifted / tested}, where tested excludes INSUFFICIENT_DATA and KIND_MISMATCH
 *                          (0 when nothing was tested)
 * @param prediction        the prediction feature's drift, or null when the reference has no such feature
 * @param maxScoreRatio     the largest {@code score / threshold} over tested features (≥ 1 means that feature's
 *                          effect reached the major threshold); 0 when nothing was tested
 * @param maxScoreFeature   the feature with that ratio, or null
 */
public record DriftReport(long referenceRows, long currentRows, List<FeatureDrift> features,
        List<String> newFeatures, int tested, int drifted, double driftedShare, FeatureDrift prediction,
        double maxScoreRatio, String maxScoreFeature) {

    public DriftReport {
        features = List.copyOf(features);
        newFeatures = List.copyOf(newFeatures);
    }
}
