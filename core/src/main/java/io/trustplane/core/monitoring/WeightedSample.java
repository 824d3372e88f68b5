package io.trustplane.core.monitoring;

import java.util.Arrays;

/**
 * A weighted empirical distribution: distinct values in ascending order, each with a positive weight.
 *
 * <p>The common currency of the monitoring statistics. Raw observations are a sample with unit weights
 * ({@link #of(double...)}), so statistics computed on them are exact and comparable with SciPy; a quantile
 * sketch's centroids are a sample with the centroids' counts as weights, so the same code gives the sketch's
 * approximation of the statistic.
 *
 * @param values  distinct finite values, strictly ascending
 * @param weights the weight of each value, all positive and finite
 */
public record WeightedSample(double[] values, double[] weights) {

    public WeightedSample {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("values and weights differ in length: " + values.length
                    + " and " + weights.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
            if (i > 0 && !(values[i] > values[i - 1])) {
                throw new IllegalArgumentException("values must be strictly ascending; value " + i + " is "
                        + values[i] + " after " + values[i - 1]);
            }
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be positive and finite: " + weights[i]);
            }
        }
    }

    /** The empirical distribution of raw observations (sorted, ties merged into one weighted value). */
    public static WeightedSample of(double... observations) {
        double[] sorted = observations.clone();
        Arrays.sort(sorted);
        double[] values = new double[sorted.length];
        double[] weights = new double[sorted.length];
        int distinct = 0;
        for (double x : sorted) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("observation is not finite: " + x);
            }
            if (distinct > 0 && values[distinct - 1] == x) {
                weights[distinct - 1]++;
            } else {
                values[distinct] = x;
                weights[distinct] = 1;
                distinct++;
            }
        }
        return new WeightedSample(Arrays.copyOf(values, distinct), Arrays.copyOf(weights, distinct));
    }

    /** The number of distinct values. */
    public int size() {
        return values.length;
    }

    /** The sum of the weights: the number of observations for a raw sample. */
    public double totalWeight() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }
}
