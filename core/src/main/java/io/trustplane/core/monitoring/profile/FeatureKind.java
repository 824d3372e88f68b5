package io.trustplane.core.monitoring.profile;

/** How a feature is profiled and which drift tests apply to it. */
public enum FeatureKind {
    /** Real numbers: moments, a quantile sketch; PSI, Kolmogorov–Smirnov, Wasserstein, Jensen–Shannon on bins. */
    NUMERIC,
    /** Labels (strings; booleans and integers arrive as strings): counts per category; chi-square, Jensen–Shannon. */
    CATEGORICAL;

    byte code() {
        return (byte) ordinal();
    }

    static FeatureKind ofCode(int code) {
        FeatureKind[] kinds = values();
        if (code < 0 || code >= kinds.length) {
            throw new IllegalArgumentException("unknown feature kind code " + code);
        }
        return kinds[code];
    }
}
