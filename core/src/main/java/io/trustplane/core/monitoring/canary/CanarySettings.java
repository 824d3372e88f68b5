package io.trustplane.core.monitoring.canary;

/**
 * The canary analysis' thresholds. {@link #defaults()} documents the defaults.
 *
 * <p>Each check has a <em>practical margin</em>: how much worse the candidate may be before it matters.
 * Statistical significance alone is not enough (with a million requests a 0.01 pp rise is significant and
 * irrelevant), and a practically large difference alone is not enough either (with 50 requests it can be
 * noise); see {@link CanaryAnalyzer} for how the two combine.
 *
 * @param alpha                    significance level of each check after adjustment; default 0.05
 * @param minSamplesPerArm         a check runs only when both arms have at least this many observations
 *                                 (requests, latency observations, labelled predictions, interactions); default 100
 * @param errorRateMargin          tolerated rise of the error rate, absolute share; default 0.01 (1 percentage point)
 * @param latencyP95Tolerance      tolerated relative rise of the p95 latency; default 0.10 (10%)
 * @param accuracyDropMargin       tolerated drop of a classifier's accuracy, absolute share; default 0.02 (2 pp)
 * @param regressionErrorTolerance tolerated relative rise of a regressor's mean absolute error; default 0.10 (10%)
 * @param guardFindingMargin       tolerated rise of the share of interactions with guard findings, absolute;
 *                                 default 0.01 (1 pp)
 * @param driftShareMargin         tolerated rise of the share of drifted features, absolute; default 0.10 (10 pp)
 * @param fisherBelowExpected      the proportion checks use Fisher's exact test when the smallest expected cell
 *                                 count of the 2×2 table is below this, the z-test otherwise; default 5 (Cochran's
 *                                 rule for the normal approximation)
 * @param multipleComparison       adjustment across the tested checks; default {@link MultipleComparison#HOLM}
 */
public record CanarySettings(double alpha, long minSamplesPerArm, double errorRateMargin, double latencyP95Tolerance,
                             double accuracyDropMargin, double regressionErrorTolerance, double guardFindingMargin,
                             double driftShareMargin, double fisherBelowExpected,
                             MultipleComparison multipleComparison) {

    public CanarySettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
        if (minSamplesPerArm < 2) {
            throw new IllegalArgumentException("min_samples_per_arm must be >= 2: " + minSamplesPerArm);
        }
        requireShare("error_rate_margin", errorRateMargin);
        requireShare("accuracy_drop_margin", accuracyDropMargin);
        requireShare("guard_finding_margin", guardFindingMargin);
        requireShare("drift_share_margin", driftShareMargin);
        requireNonNegative("latency_p95_tolerance", latencyP95Tolerance);
        requireNonNegative("regression_error_tolerance", regressionErrorTolerance);
        requireNonNegative("fisher_below_expected", fisherBelowExpected);
        if (multipleComparison == null) {
            throw new IllegalArgumentException("multiple_comparison is required");
        }
    }

    /** The documented defaults. */
    public static CanarySettings defaults() {
        return new CanarySettings(0.05, 100, 0.01, 0.10, 0.02, 0.10, 0.01, 0.10, 5, MultipleComparison.HOLM);
    }

    public CanarySettings withAlpha(double value) {
        return new CanarySettings(value, minSamplesPerArm, errorRateMargin, latencyP95Tolerance, accuracyDropMargin,
                regressionErrorTolerance, guardFindingMargin, driftShareMargin, fisherBelowExpected, multipleComparison);
    }

    public CanarySettings withMinSamplesPerArm(long value) {
        return new CanarySettings(alpha, value, errorRateMargin, latencyP95Tolerance, accuracyDropMargin,
                regressionErrorTolerance, guardFindingMargin, driftShareMargin, fisherBelowExpected, multipleComparison);
    }

    public CanarySettings withMultipleComparison(MultipleComparison value) {
        return new CanarySettings(alpha, minSamplesPerArm, errorRateMargin, latencyP95Tolerance, accuracyDropMargin,
                regressionErrorTolerance, guardFindingMargin, driftShareMargin, fisherBelowExpected, value);
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " is an absolute share and must be in [0, 1): " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }
}
