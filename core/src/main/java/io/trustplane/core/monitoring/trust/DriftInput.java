package io.trustplane.core.monitoring.trust;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drift component's input: how many monitored features drifted from the reference in the window, and
 * whether the prediction's own distribution drifted. What counts as "drifted" (test, threshold) is decided
 * upstream by the drift statistics; the trust score only weighs the outcome.
 *
 * <p>Sub-score: {@code settings.driftedFeatureShare().score(drifted / features)} (100 when there are no
 * features), multiplied by {@code settings.predictionDriftFactor()} when the prediction drifted.
 *
 * @param features          monitored features, >= 0 (0 when only the prediction is monitored)
 * @param driftedFeatures   how many of them drifted, in [0, features]
 * @param predictionDrifted whether the prediction drifted; null when it is not monitored
 */
public record DriftInput(int features, int driftedFeatures, Boolean predictionDrifted) {

    public DriftInput {
        if (features < 0 || driftedFeatures < 0 || driftedFeatures > features) {
            throw new IllegalArgumentException("drift: drifted features must be in [0, features]: " + driftedFeatures
                    + " of " + features);
        }
        if (features == 0 && predictionDrifted == null) {
            throw new IllegalArgumentException("drift: no features and no prediction drift is no data; pass no drift input");
        }
    }

    Assessment assess(TrustSettings settings) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double score = 100;
        StringBuilder text = new StringBuilder();
        if (features > 0) {
            double share = (double) driftedFeatures / features;
            Ramp ramp = settings.driftedFeatureShare();
            score = ramp.score(share);
            inputs.put("features", (double) features);
            inputs.put("drifted_features", (double) driftedFeatures);
            inputs.put("drifted_feature_share", share);
            text.append(driftedFeatures).append(" of ").append(features).append(" features drifted (")
                    .append(Numbers.percent(share)).append("; ").append(ramp.describe(Numbers::percent)).append(") → ")
                    .append(Numbers.format(score));
        }
        if (predictionDrifted != null) {
            inputs.put("prediction_drifted", predictionDrifted ? 1.0 : 0.0);
            text.append(text.isEmpty() ? "" : ", and ");
            if (predictionDrifted) {
                score *= settings.predictionDriftFactor();
                text.append("the prediction drifted (×").append(Numbers.format(settings.predictionDriftFactor()))
                        .append(") → ").append(Numbers.format(score));
            } else {
                text.append("the prediction did not drift").append(features > 0 ? "" : " → 100");
            }
        }
        return new Assessment(inputs, score, text.toString());
    }
}
