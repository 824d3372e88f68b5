package io.trustplane.core.monitoring.canary;

import io.trustplane.core.monitoring.WeightedSample;

/**
 * Quantiles of a weighted sample by the inverse of the empirical distribution function.
 *
 * <p>The {@code q}-quantile is the smallest value whose cumulative weight reaches {@code q} times the total
 * weight: Hyndman and Fan's definition 1, {@code numpy.quantile(x, q, method='inverted_cdf')} (with
 * {@code weights=} for weighted samples). It is always an observed value, never an interpolation, which is
 * what a latency percentile should be ("95% of requests took at most this long").
 */
public final class WeightedQuantile {

    private WeightedQuantile() {
    }

    /** The {@code q}-quantile of {@code sample}, {@code q} in [0, 1]. */
    public static double inverseCdf(WeightedSample sample, double q) {
        if (sample == null || sample.isEmpty()) {
            throw new IllegalArgumentException("the quantile of an empty sample is undefined");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1]: " + q);
        }
        double threshold = q * sample.totalWeight();
        double cumulative = 0;
        double[] values = sample.values();
        double[] weights = sample.weights();
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (cumulative >= threshold) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
