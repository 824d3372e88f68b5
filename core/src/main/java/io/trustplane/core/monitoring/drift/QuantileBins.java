package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;
import java.util.Arrays;

/**
 * Bins cut at a reference sample's quantiles, for PSI and the binned Jensen–Shannon distance.
 *
 * <p>The interior edges are the reference's {@code k/B}-quantiles ({@code k = 1 … B−1}) by the inverted CDF, the
 * smallest value whose cumulative weight reaches {@code k/B} ({@code numpy.quantile(x, k/B,
 * method="inverted_cdf")}, Hyndman &amp; Fan type 1), so edges are reference values. Duplicate edges (ties, or a
 * feature with few distinct values) are merged, so there may be fewer than {@code B} bins; a constant reference
 * gives two. Bins are closed on the right, {@code (e[k−1], e[k]]}, and the outer bins are open-ended
 * ({@code (−∞, e[0]]} and {@code (e[last], +∞)}), so values outside the reference's range land in the outer bins
 * instead of being lost.
 *
 * @param edges the interior edges, strictly ascending
 */
public record QuantileBins(double[] edges) {

    public QuantileBins {
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("bin edges must be strictly ascending");
            }
        }
    }

    /** The bins of {@code reference} cut at its {@code 1/bins … (bins−1)/bins} quantiles. */
    public static QuantileBins of(WeightedSample reference, int bins) {
        StepCdfs.requireNonEmpty(reference, "reference");
        if (bins < 2 || bins > 10_000) {
            throw new IllegalArgumentException("bins must be between 2 and 10000: " + bins);
        }
        double[] values = reference.values();
        double[] weights = reference.weights();
        double total = reference.totalWeight();
        double[] edges = new double[bins - 1];
        int n = 0;
        int i = 0;
        double cumulative = weights[0];
        for (int k = 1; k < bins; k++) {
            // cumulative/total >= k/bins, multiplied out so integer weights compare exactly
            while (cumulative * bins < k * total && i + 1 < values.length) {
                cumulative += weights[++i];
            }
            if (n == 0 || values[i] > edges[n - 1]) {
                edges[n++] = values[i];
            }
        }
        return new QuantileBins(Arrays.copyOf(edges, n));
    }

    /** The number of bins: one more than the interior edges. */
    public int size() {
        return edges.length + 1;
    }

    /** The weight of {@code sample} in each bin (counts for raw data). */
    public double[] weights(WeightedSample sample) {
        double[] result = new double[size()];
        double[] values = sample.values();
        double[] weights = sample.weights();
        int bin = 0;
        for (int i = 0; i < values.length; i++) {
            while (bin < edges.length && values[i] > edges[bin]) {
                bin++;
            }
            result[bin] += weights[i];
        }
        return result;
    }

    /** The fraction of {@code sample}'s weight in each bin. */
    public double[] proportions(WeightedSample sample) {
        StepCdfs.requireNonEmpty(sample, "binned");
        double[] w = weights(sample);
        double total = sample.totalWeight();
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }
}
