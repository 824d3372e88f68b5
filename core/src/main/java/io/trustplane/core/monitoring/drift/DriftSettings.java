package io.trustplane.core.monitoring.drift;

/**
 * How {@link DriftAnalyzer} decides. Every verdict needs both <em>statistical significance</em> (a test's p-value
 * below {@code alpha}: the difference is unlikely to be sampling noise, which matters for small windows) and a
 * <em>practically large effect</em> (a distance at or above a threshold: at a million rows every test is
 * significant, so the p-value alone would flag trivia).
 *
 * <ul>
 *   <li>Numeric: Kolmogorov–Smirnov p &lt; {@code alpha} and PSI ≥ {@code psiMajor} is DRIFT; PSI ≥
 *       {@code psiModerate} (significant) is MODERATE. PSI on {@code psiBins} reference-quantile bins.
 *   <li>Categorical: chi-square p &lt; {@code alpha} and Jensen–Shannon distance ≥ {@code jsMajor} is DRIFT;
 *       ≥ {@code jsModerate} is MODERATE.
 *   <li>Fewer than {@code minCount} non-missing values on either side: INSUFFICIENT_DATA, no verdict.
 * </ul>
 *
 * @param alpha              significance level, default 0.05
 * @param psiBins            PSI bins (reference deciles), default 10
 * @param psiEpsilon         floor of empty bin shares, default 1e-4
 * @param psiModerate        default 0.1 (Siddiqi 2006: 0.1–0.25 "some change")
 * @param psiMajor           default 0.2 (the threshold most practitioners use for action; Siddiqi's 0.25 is the
 *                           conservative end, Yurdakul 2018 shows 0.2 is already far beyond sampling noise for
 *                           windows of a thousand values and more)
 * @param jsModerate         default 0.05
 * @param jsMajor            default 0.1 (Evidently's default threshold for the Jensen–Shannon distance)
 * @param chiSquareMinExpected pooling threshold of small expected counts, default 5 (Cochran 1954)
 * @param minCount           default 50 (five values per PSI bin on average)
 * @param predictionFeature  the feature that holds the model's prediction, reported separately; default
 *                           {@value #DEFAULT_PREDICTION_FEATURE}
 */
public record DriftSettings(double alpha, int psiBins, double psiEpsilon, double psiModerate, double psiMajor,
        double jsModerate, double jsMajor, double chiSquareMinExpected, long minCount, String predictionFeature) {

    public static final String DEFAULT_PREDICTION_FEATURE = "prediction";

    public static final DriftSettings DEFAULTS = new DriftSettings(0.05, PopulationStabilityIndex.DEFAULT_BINS,
            PopulationStabilityIndex.DEFAULT_EPSILON, 0.1, 0.2, 0.05, 0.1,
            ChiSquareHomogeneity.DEFAULT_MIN_EXPECTED, 50, DEFAULT_PREDICTION_FEATURE);

    public DriftSettings {
        check(alpha > 0 && alpha < 1, "alpha must be in (0, 1): " + alpha);
        check(psiBins >= 2 && psiBins <= 1000, "psiBins must be between 2 and 1000: " + psiBins);
        check(psiEpsilon > 0 && psiEpsilon < 0.01, "psiEpsilon must be in (0, 0.01): " + psiEpsilon);
        check(psiModerate > 0 && psiMajor >= psiModerate, "need 0 < psiModerate <= psiMajor: " + psiModerate
                + ", " + psiMajor);
        check(jsModerate > 0 && jsMajor >= jsModerate && jsMajor <= 1, "need 0 < jsModerate <= jsMajor <= 1: "
                + jsModerate + ", " + jsMajor);
        check(chiSquareMinExpected >= 0, "chiSquareMinExpected must be non-negative: " + chiSquareMinExpected);
        check(minCount >= 1, "minCount must be positive: " + minCount);
        check(predictionFeature != null && !predictionFeature.isEmpty(), "predictionFeature must not be empty");
    }

    /** These settings with another feature reported as the prediction (a server may name its output feature). */
    public DriftSettings withPredictionFeature(String feature) {
        return new DriftSettings(alpha, psiBins, psiEpsilon, psiModerate, psiMajor, jsModerate, jsMajor, chiSquareMinExpected,
                minCount, feature);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
