package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.profile.FeatureKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drift of one feature.
 *
 * @param metrics        every metric computed, by name (only finite values; absent when not applicable):
 *                       numeric {@code psi, ks_statistic, ks_pvalue, wasserstein, wasserstein_normalized,
 *                       jensen_shannon}; categorical {@code chi_square, chi_square_pvalue, chi_square_dof,
 *                       jensen_shannon}
 * @param primaryMetric  the effect size the verdict thresholds: {@code psi} or {@code jensen_shannon}
 * @param score          its value (NaN only for INSUFFICIENT_DATA and KIND_MISMATCH)
 * @param threshold      the major threshold it is compared with
 * @param test           the significance test: {@code kolmogorov_smirnov} or {@code chi_square}
 * @param pValue         its p-value (NaN when not computed)
 */
public record FeatureDrift(String feature, FeatureKind kind, long referenceCount, long currentCount,
        long referenceMissing, long currentMissing, Map<String, Double> metrics, String primaryMetric, double score,
        double threshold, String test, double pValue, DriftStatus status, boolean drifted, String explanation) {

    public FeatureDrift {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
