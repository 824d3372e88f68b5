package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.drift.DriftReport;
import io.trustplane.core.monitoring.drift.DriftStatus;
import io.trustplane.core.monitoring.drift.FeatureDrift;
import io.trustplane.core.monitoring.fairness.FairnessAccumulator;
import io.trustplane.core.monitoring.fairness.FairnessConfig;
import io.trustplane.core.monitoring.fairness.FairnessReport;
import io.trustplane.core.monitoring.performance.ClassificationMetrics;
import io.trustplane.core.monitoring.performance.MetricValue;
import io.trustplane.core.monitoring.trust.DriftInput;
import io.trustplane.core.monitoring.trust.ErrorRateInput;
import io.trustplane.core.monitoring.trust.FairnessInput;
import io.trustplane.core.monitoring.trust.LatencyInput;
import io.trustplane.core.monitoring.trust.PerformanceInput;
import io.trustplane.core.monitoring.trust.PerformanceInput.Direction;
import io.trustplane.core.monitoring.trust.TrustInputs;
import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.monitoring.windows.WindowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a model version's window aggregates (and its drift against the reference) into trust score inputs:
 * <ul>
 *   <li>performance: ROC AUC of a binary classifier that sent scores, else its accuracy; macro F1 of a multiclass
 *       classifier; R² of a regressor — each against its configured target;</li>
 *   <li>drift: the model inputs tested against the reference, how many drifted, and whether the prediction drifted;</li>
 *   <li>fairness: per protected attribute, the demographic parity ratio and the equalized odds difference;</li>
 *   <li>error rate: failed calls per prediction; latency: the p95 of the reported latencies.</li>
 * </ul>
 * Guard findings do not apply to a classic model's predictions, so that component has no data for model versions.
 */
final class ModelTrustInputs {
    private ModelTrustInputs() {
    }

    static TrustInputs of(ModelTask task, WindowState state, DriftReport drift, TrustProperties.Performance targets) {
        TrustInputs inputs = TrustInputs.NONE;
        PerformanceInput performance = performance(task, state, targets);
        if (performance != null) inputs = inputs.withPerformance(performance);
        if (drift != null) {
            DriftInput d = drift(drift);
            if (d != null) inputs = inputs.withDrift(d);
        }
        List<FairnessInput> fairness = fairness(state);
        if (!fairness.isEmpty()) inputs = inputs.withFairness(fairness);
        if (state.predictions() > 0) inputs = inputs.withErrorRate(new ErrorRateInput(state.predictions(), state.errors()));
        if (state.latency() != null && state.latency().count() > 0) {
            inputs = inputs.withLatency(new LatencyInput(state.latency().quantile(0.95)));
        }
        return inputs;
    }

    private static PerformanceInput performance(ModelTask task, WindowState state, TrustProperties.Performance t) {
        if (state.classification() != null && state.classification().count() > 0) {
            ClassificationMetrics m = state.classification().metrics();
            if (task == ModelTask.BINARY_CLASSIFICATION) {
                if (m.rocAuc() != null && defined(m.rocAuc().value())) {
                    return new PerformanceInput("roc_auc", m.rocAuc().value().get(), t.aucTarget(), Direction.HIGHER_IS_BETTER, t.aucZeroAt());
                }
                if (defined(m.accuracy())) {
                    return new PerformanceInput("accuracy", m.accuracy().get(), t.accuracyTarget(), Direction.HIGHER_IS_BETTER,
                            t.accuracyZeroAt());
                }
            } else if (m.macro() != null && defined(m.macro().f1())) {
                return new PerformanceInput("macro_f1", m.macro().f1().get(), t.macroF1Target(), Direction.HIGHER_IS_BETTER,
                        t.macroF1ZeroAt());
            }
        }
        if (state.regression() != null && state.regression().count() > 0) {
            MetricValue r2 = state.regression().metrics().r2();
            if (defined(r2)) return new PerformanceInput("r2", r2.get(), t.r2Target(), Direction.HIGHER_IS_BETTER, t.r2ZeroAt());
        }
        return null;
    }

    /** Drift over the model's inputs (the prediction and score are reported apart), or null if none could be tested. */
    static DriftInput drift(DriftReport report) {
        int tested = 0;
        int drifted = 0;
        for (FeatureDrift f : report.features()) {
            if (f.feature().equals(WindowState.PREDICTION_FEATURE) || f.feature().equals(WindowState.SCORE_FEATURE)) continue;
            if (f.status() == DriftStatus.INSUFFICIENT_DATA || f.status() == DriftStatus.KIND_MISMATCH) continue;
            tested++;
            if (f.drifted()) drifted++;
        }
        FeatureDrift prediction = report.prediction();
        Boolean predictionDrifted = prediction == null || prediction.status() == DriftStatus.INSUFFICIENT_DATA
                || prediction.status() == DriftStatus.KIND_MISMATCH ? null : prediction.drifted();
        if (tested == 0 && predictionDrifted == null) return null;
        return new DriftInput(tested, drifted, predictionDrifted);
    }

    private static List<FairnessInput> fairness(WindowState state) {
        List<FairnessInput> inputs = new ArrayList<>();
        for (Map.Entry<String, FairnessAccumulator> e : state.fairness().entrySet()) {
            FairnessReport report = e.getValue().report(FairnessConfig.defaults());
            Double ratio = value(report.demographicParityRatio());
            Double odds = value(report.equalizedOddsDifference());
            if (ratio != null || odds != null) inputs.add(new FairnessInput(e.getKey(), ratio, odds));
        }
        return inputs;
    }

    private static boolean defined(MetricValue v) {
        return v != null && v.isDefined();
    }

    private static Double value(MetricValue v) {
        return defined(v) ? v.get() : null;
    }
}
