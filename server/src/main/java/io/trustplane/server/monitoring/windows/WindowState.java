package io.trustplane.server.monitoring.windows;

import io.trustplane.core.monitoring.fairness.FairnessAccumulator;
import io.trustplane.core.monitoring.performance.ClassificationAccumulator;
import io.trustplane.core.monitoring.performance.ClassificationConfig;
import io.trustplane.core.monitoring.performance.RegressionAccumulator;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.NumericProfile;
import io.trustplane.server.monitoring.predictions.ProjectedGroundTruth;
import io.trustplane.server.monitoring.predictions.ProjectedPrediction;
import io.trustplane.server.monitoring.registry.ModelTask;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregates of one window (or of several merged): counts, the latency profile, the performance accumulator of
 * the labelled predictions, a fairness accumulator per protected attribute, and (segment {@link WindowKey#ALL} only)
 * the profile of the features and the prediction that drift compares with a reference.
 *
 * <p>A value the accumulators refuse (a 101st class, probabilities that do not sum to one, a feature whose kind
 * changed) leaves that one aggregate out for that prediction, never the prediction itself: the row is stored either
 * way, and an exception here would roll back the projection transaction.
 */
public final class WindowState {
    /** The drift profile's name for the model's output (label, or value for regressors). */
    public static final String PREDICTION_FEATURE = "@prediction";
    /** The drift profile's name for a binary classifier's positive-class score. */
    public static final String SCORE_FEATURE = "@score";

    private static final Logger log = LoggerFactory.getLogger(WindowState.class);

    long predictions;
    long errors;
    long labelled;
    NumericProfile latency;
    ClassificationAccumulator classification;
    RegressionAccumulator regression;
    final Map<String, FairnessAccumulator> fairness = new TreeMap<>();
    DatasetProfile features;

    /** A window without predictions. */
    public static WindowState empty() {
        return new WindowState();
    }

    public long predictions() {
        return predictions;
    }

    public long errors() {
        return errors;
    }

    public long labelled() {
        return labelled;
    }

    /** Latency of the window's predictions in ms, or null if none reported one. */
    public NumericProfile latency() {
        return latency;
    }

    public ClassificationAccumulator classification() {
        return classification;
    }

    public RegressionAccumulator regression() {
        return regression;
    }

    public Map<String, FairnessAccumulator> fairness() {
        return fairness;
    }

    /** The features and the prediction, or null (segments other than {@link WindowKey#ALL}, or no successful call). */
    public DatasetProfile features() {
        return features;
    }

    /** Counts a newly stored prediction; {@code profileFeatures} for the {@link WindowKey#ALL} segment. */
    void countPrediction(ProjectedPrediction p, boolean profileFeatures) {
        predictions++;
        if (p.failed()) errors++;
        if (p.latencyMs() != null && Double.isFinite(p.latencyMs())) {
            if (latency == null) latency = new NumericProfile();
            latency.add(p.latencyMs());
        }
        if (p.failed()) return;
        if (p.task() == ModelTask.BINARY_CLASSIFICATION && p.label() != null) {
            boolean favourable = p.label().equals(p.positiveClass());
            p.protectedAttributes().forEach((attribute, group) -> guarded(p, "fairness",
                    () -> fairness.computeIfAbsent(attribute, a -> new FairnessAccumulator()).addPrediction(group, favourable)));
        }
        if (profileFeatures) profile(p);
    }

    /** Counts a prediction's newly joined ground truth. */
    void countOutcome(ProjectedPrediction p, ProjectedGroundTruth truth) {
        if (p.failed()) return;
        if (p.task().classification()) {
            if (p.label() == null || truth.label() == null) return;
            labelled++;
            guarded(p, "performance", () -> addClassification(p, truth.label()));
            if (p.task() == ModelTask.BINARY_CLASSIFICATION) {
                boolean predicted = p.label().equals(p.positiveClass());
                boolean actual = truth.label().equals(p.positiveClass());
                p.protectedAttributes().forEach((attribute, group) -> guarded(p, "fairness",
                        () -> fairness.computeIfAbsent(attribute, a -> new FairnessAccumulator()).addOutcome(group, predicted, actual)));
            }
        } else {
            if (p.value() == null || truth.value() == null) return;
            labelled++;
            guarded(p, "performance", () -> {
                if (regression == null) regression = new RegressionAccumulator();
                regression.add(truth.value(), p.value());
            });
        }
    }

    private void addClassification(ProjectedPrediction p, String actual) {
        if (classification == null) {
            classification = new ClassificationAccumulator(p.task() == ModelTask.BINARY_CLASSIFICATION
                    ? ClassificationConfig.binary(p.positiveClass()) : ClassificationConfig.multiclass());
        }
        if (p.task() == ModelTask.BINARY_CLASSIFICATION && p.score() != null) {
            classification.add(actual, p.label(), p.score());
        } else if (p.task() == ModelTask.MULTICLASS_CLASSIFICATION && p.probabilities() != null) {
            try {
                classification.add(actual, p.label(), p.probabilities());
            } catch (IllegalArgumentException e) {
                // e.g. a top-k subset of probabilities: still counts for accuracy, precision and recall
                classification.add(actual, p.label());
            }
        } else {
            classification.add(actual, p.label());
        }
    }

    private void profile(ProjectedPrediction p) {
        if (features == null) features = new DatasetProfile();
        Object output = p.task().classification() ? p.label() : p.value();
        Double score = p.task() == ModelTask.BINARY_CLASSIFICATION ? p.score() : null;
        PredictionProfiles.add(features, p.features(), output, score, (feature, e) ->
                log.debug("prediction {} of version {}: feature {} not profiled: {}", p.predictionId(), p.versionId(), feature,
                        e.getMessage()));
    }

    /** Merges another window's aggregates into this one (for ranges longer than an hour). */
    public void merge(WindowState other) {
        predictions += other.predictions;
        errors += other.errors;
        labelled += other.labelled;
        if (other.latency != null) {
            if (latency == null) latency = other.latency.copy();
            else latency.merge(other.latency);
        }
        if (other.classification != null) {
            if (classification == null) classification = other.classification.copy();
            else classification.merge(other.classification);
        }
        if (other.regression != null) {
            if (regression == null) regression = other.regression.copy();
            else regression.merge(other.regression);
        }
        other.fairness.forEach((attribute, accumulator) -> fairness.merge(attribute, accumulator.copy(), (a, b) -> {
            a.merge(b);
            return a;
        }));
        if (other.features != null) {
            if (features == null) features = other.features.copy();
            else features.merge(other.features);
        }
    }

    private static void guarded(ProjectedPrediction p, String what, Runnable update) {
        try {
            update.run();
        } catch (IllegalArgumentException e) {
            log.debug("prediction {} of version {}: {} not aggregated: {}", p.predictionId(), p.versionId(), what, e.getMessage());
        }
    }
}
