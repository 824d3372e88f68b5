package io.trustplane.core.monitoring.trust;

/**
 * Everything that turns raw inputs into a trust score: the weights, each component's {@link Ramp} and the
 * bands. {@link #defaults()} documents the defaults; a project overrides any of them (the server maps its
 * per-project configuration onto the canonical constructor or the withers).
 *
 * @param weights                 the components' relative weights ({@link TrustWeights#DEFAULTS})
 * @param driftedFeatureShare     share of drifted features → drift sub-score; default 100 at 0, 0 at 0.5
 *                                (half of the features drifted means the model sees a different world)
 * @param predictionDriftFactor   multiplier in [0, 1] on the drift sub-score when the prediction's distribution
 *                                drifted; default 0.5: a drifting output is the strongest drift signal because it
 *                                is what users see
 * @param demographicParityRatio  the lowest group's selection rate over the highest's → fairness sub-score;
 *                                default 100 at or above 0.8 (the four-fifths rule of the US EEOC Uniform
 *                                Guidelines, 29 CFR 1607.4(D)), 0 at or below 0.5
 * @param equalizedOddsDifference the larger of the groups' TPR and FPR gaps (Hardt et al. 2016) → fairness
 *                                sub-score; default 100 at or below 0.1, 0 at or above 0.3
 * @param guardFindingShare       share of interactions with a blocked or flagged guard finding → guard sub-score;
 *                                default 100 at or below 1%, 0 at or above 10%
 * @param errorRate               errors per request → error-rate sub-score; default SLO 1% (100), 0 at 5%
 * @param latencyP95Millis        95th percentile latency in milliseconds → latency sub-score; default SLO
 *                                1000 ms (100), 0 at 5000 ms; LLM applications typically raise both
 * @param trustedAtLeast          a rounded score at or above this is {@link TrustBand#TRUSTED}; default 80
 * @param watchAtLeast            a rounded score at or above this (and below trusted) is {@link TrustBand#WATCH},
 *                                below it {@link TrustBand#AT_RISK}; default 60
 */
public record TrustSettings(TrustWeights weights, Ramp driftedFeatureShare, double predictionDriftFactor,
                            Ramp demographicParityRatio, Ramp equalizedOddsDifference, Ramp guardFindingShare,
                            Ramp errorRate, Ramp latencyP95Millis, double trustedAtLeast, double watchAtLeast) {

    public TrustSettings {
        requireNonNull(weights, "weights");
        requireShareRamp(driftedFeatureShare, "drifted_feature_share", true);
        requireShareRamp(demographicParityRatio, "demographic_parity_ratio", false);
        requireShareRamp(equalizedOddsDifference, "equalized_odds_difference", true);
        requireShareRamp(guardFindingShare, "guard_finding_share", true);
        requireShareRamp(errorRate, "error_rate", true);
        requireNonNull(latencyP95Millis, "latency_p95_millis");
        if (!latencyP95Millis.lowerIsBetter() || latencyP95Millis.good() < 0) {
            throw new IllegalArgumentException("latency_p95_millis: the SLO must be >= 0 and below the zero point: "
                    + latencyP95Millis);
        }
        if (!(predictionDriftFactor >= 0 && predictionDriftFactor <= 1)) {
            throw new IllegalArgumentException("prediction_drift_factor must be in [0, 1]: " + predictionDriftFactor);
        }
        if (!(watchAtLeast >= 0 && watchAtLeast < trustedAtLeast && trustedAtLeast <= 100)) {
            throw new IllegalArgumentException("bands need 0 <= watch_at_least < trusted_at_least <= 100: watch "
                    + watchAtLeast + ", trusted " + trustedAtLeast);
        }
    }

    /** The documented defaults (see the parameters). */
    public static TrustSettings defaults() {
        return new TrustSettings(TrustWeights.DEFAULTS, new Ramp(0, 0.5), 0.5, new Ramp(0.8, 0.5),
                new Ramp(0.1, 0.3), new Ramp(0.01, 0.10), new Ramp(0.01, 0.05), new Ramp(1000, 5000), 80, 60);
    }

    public TrustSettings withWeights(TrustWeights newWeights) {
        return new TrustSettings(newWeights, driftedFeatureShare, predictionDriftFactor, demographicParityRatio,
                equalizedOddsDifference, guardFindingShare, errorRate, latencyP95Millis, trustedAtLeast, watchAtLeast);
    }

    /** An error-rate SLO: 100 at or below {@code slo}, 0 at or above {@code zeroAt}. */
    public TrustSettings withErrorRate(double slo, double zeroAt) {
        return new TrustSettings(weights, driftedFeatureShare, predictionDriftFactor, demographicParityRatio,
                equalizedOddsDifference, guardFindingShare, new Ramp(slo, zeroAt), latencyP95Millis, trustedAtLeast,
                watchAtLeast);
    }

    /** A p95 latency SLO in milliseconds: 100 at or below {@code sloMillis}, 0 at or above {@code zeroAtMillis}. */
    public TrustSettings withLatencyP95Millis(double sloMillis, double zeroAtMillis) {
        return new TrustSettings(weights, driftedFeatureShare, predictionDriftFactor, demographicParityRatio,
                equalizedOddsDifference, guardFindingShare, errorRate, new Ramp(sloMillis, zeroAtMillis),
                trustedAtLeast, watchAtLeast);
    }

    /** The band of a (rounded) score. */
    public TrustBand band(double score) {
        if (score >= trustedAtLeast) {
            return TrustBand.TRUSTED;
        }
        return score >= watchAtLeast ? TrustBand.WATCH : TrustBand.AT_RISK;
    }

    private static void requireNonNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requireShareRamp(Ramp ramp, String name, boolean lowerIsBetter) {
        requireNonNull(ramp, name);
        if (ramp.lowerIsBetter() != lowerIsBetter) {
            throw new IllegalArgumentException(name + ": " + (lowerIsBetter ? "lower" : "higher")
                    + " values are better, so 'good' must be " + (lowerIsBetter ? "below" : "above") + " 'bad': " + ramp);
        }
        if (ramp.good() < 0 || ramp.good() > 1 || ramp.bad() < 0 || ramp.bad() > 1) {
            throw new IllegalArgumentException(name + ": thresholds are shares in [0, 1]: " + ramp);
        }
    }
}
