package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.drift.DriftReport;
import io.trustplane.core.monitoring.drift.FeatureDrift;
import io.trustplane.server.monitoring.windows.WindowState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON views of drift reports: the core reports use NaN for "not computed", which JSON cannot carry, so those
 * numbers become null here.
 */
final class DriftView {
    private DriftView() {
    }

    /** One feature's drift against the reference. */
    record FeatureView(String feature, String kind, long referenceCount, long currentCount, long referenceMissing,
                       long currentMissing, Map<String, Double> metrics, String primaryMetric, Double score, Double threshold,
                       String test, Double pValue, String status, boolean drifted, String explanation) {
        static FeatureView of(FeatureDrift f) {
            return new FeatureView(f.feature(), f.kind().name().toLowerCase(Locale.ROOT), f.referenceCount(), f.currentCount(),
                    f.referenceMissing(), f.currentMissing(), f.metrics(), f.primaryMetric(), finite(f.score()),
                    finite(f.threshold()), f.test(), finite(f.pValue()), f.status().name().toLowerCase(Locale.ROOT), f.drifted(),
                    f.explanation());
        }
    }

    /**
     * The drift of a range or bucket. {@code features} lists every feature (the model's inputs, then
     * {@value WindowState#PREDICTION_FEATURE} and {@value WindowState#SCORE_FEATURE}); buckets list only the drifted
     * ones' names to stay small ({@code features} is null there).
     */
    record ReportView(Instant start, long rows, int tested, int drifted, double driftedShare, FeatureView prediction,
                      double maxScoreRatio, String maxScoreFeature, List<String> driftedFeatures, List<String> newFeatures,
                      List<FeatureView> features) {
        static ReportView of(Instant start, DriftReport r, boolean withFeatures) {
            return new ReportView(start, r.currentRows(), r.tested(), r.drifted(), r.driftedShare(),
                    r.prediction() == null ? null : FeatureView.of(r.prediction()), r.maxScoreRatio(), r.maxScoreFeature(),
                    r.features().stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList(), r.newFeatures(),
                    withFeatures ? r.features().stream().map(FeatureView::of).toList() : null);
        }

        static ReportView empty(Instant start) {
            return new ReportView(start, 0, 0, 0, 0, null, 0, null, List.of(), List.of(), null);
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
