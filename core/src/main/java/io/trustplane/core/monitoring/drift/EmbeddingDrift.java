package io.trustplane.core.monitoring.drift;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Drift of text (or any vectors) from embeddings: a kernel two-sample test, the maximum mean discrepancy (MMD) of
 * Gretton et al. (2012, "A Kernel Two-Sample Test", JMLR 13), as drift detectors for text use it (e.g. alibi-detect's
 * {@code MMDDrift}).
 *
 * <ul>
 *   <li><b>Statistic</b>: the unbiased estimate MMD²ᵤ (Gretton et al., eq. 3) with the Gaussian kernel
 *       {@code k(x, y) = exp(-‖x − y‖² / (2σ²))}, σ² = half the median squared distance over all pairs of the pooled
 *       sample (the median heuristic; Gretton et al., section 8).</li>
 *   <li><b>p-value</b>: a permutation test: the pooled sample is shuffled {@code permutations} times (seeded, so an
 *       answer is reproducible), MMD²ᵤ recomputed from the same kernel matrix, and {@code p = (1 + #{perm ≥ observed}) /
 *       (1 + permutations)}, which is never 0 and is exact in the sense of a permutation test.</li>
 *   <li><b>Effect size</b>: besides MMD²ᵤ, the cosine distance between the two mean embeddings, which people read more
 *       easily (0: same centre; embeddings of the bundled model are unit vectors).</li>
 * </ul>
 *
 * <p>Cost: O((n + m)² · d) for the kernel matrix and O(permutations · (n + m)²) for the test, so callers sample (a few
 * hundred texts per side is the usual practice).
 */
public final class EmbeddingDrift {
    public static final int DEFAULT_PERMUTATIONS = 500;
    public static final double DEFAULT_ALPHA = 0.05;

    private EmbeddingDrift() {
    }

    /**
     * @param mmd2                 MMD²ᵤ (can be slightly negative when the samples are alike: it is unbiased)
     * @param pValue               the permutation p-value
     * @param bandwidth            σ of the kernel (median heuristic)
     * @param meanCosineDistance   1 − cos(mean of reference, mean of current)
     * @param drifted              p &lt; alpha
     */
    public record Result(int referenceSize, int currentSize, double mmd2, double pValue, int permutations, double bandwidth,
                         double meanCosineDistance, double alpha, boolean drifted) {
    }

    public static Result test(double[][] reference, double[][] current, int permutations, double alpha, long seed) {
        if (reference.length < 2 || current.length < 2) {
            throw new IllegalArgumentException("each sample needs at least 2 vectors: " + reference.length + ", " + current.length);
        }
        if (permutations < 1) throw new IllegalArgumentException("permutations must be positive: " + permutations);
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        int dimension = reference[0].length;
        double[][] pooled = new double[reference.length + current.length][];
        for (int i = 0; i < pooled.length; i++) {
            double[] v = i < reference.length ? reference[i] : current[i - reference.length];
            if (v.length != dimension) {
                throw new IllegalArgumentException("vector " + i + " has dimension " + v.length + ", not " + dimension);
            }
            pooled[i] = v;
        }
        double[][] squared = squaredDistances(pooled);
        double sigma2 = medianOfPairs(squared) / 2;
        if (!(sigma2 > 0)) sigma2 = 1; // every vector identical: any bandwidth gives MMD 0
        double[][] kernel = new double[pooled.length][pooled.length];
        for (int i = 0; i < pooled.length; i++) {
            for (int j = 0; j < pooled.length; j++) kernel[i][j] = Math.exp(-squared[i][j] / (2 * sigma2));
        }
        int[] order = new int[pooled.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        double observed = mmd2(kernel, order, reference.length);
        SplittableRandom random = new SplittableRandom(seed);
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            shuffle(order, random);
            if (mmd2(kernel, order, reference.length) >= observed) atLeast++;
        }
        double pValue = (1.0 + atLeast) / (1.0 + permutations);
        return new Result(reference.length, current.length, observed, pValue, permutations, Math.sqrt(sigma2),
                1 - cosine(mean(reference), mean(current)), alpha, pValue < alpha);
    }

    /** MMD²ᵤ of the first {@code n} indices of {@code order} against the rest, from the pooled kernel matrix. */
    static double mmd2(double[][] kernel, int[] order, int n) {
        int m = order.length - n;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int a = 0; a < order.length; a++) {
            double[] row = kernel[order[a]];
            for (int b = a + 1; b < order.length; b++) {
                double k = row[order[b]];
                if (a < n && b < n) xx += k;
                else if (a >= n) yy += k;
                else xy += k;
            }
        }
        // off-diagonal sums counted once above; each appears twice in the double sums of eq. 3
        return 2 * xx / ((double) n * (n - 1)) + 2 * yy / ((double) m * (m - 1)) - 2 * xy / ((double) n * m);
    }

    private static double[][] squaredDistances(double[][] v) {
        double[][] d = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = i + 1; j < v.length; j++) {
                double sum = 0;
                for (int k = 0; k < v[i].length; k++) {
                    double diff = v[i][k] - v[j][k];
                    sum += diff * diff;
                }
                d[i][j] = sum;
                d[j][i] = sum;
            }
        }
        return d;
    }

    /** The median of the squared distances over the distinct pairs (numpy's median: the mean of the middle two). */
    private static double medianOfPairs(double[][] squared) {
        int n = squared.length;
        double[] pairs = new double[n * (n - 1) / 2];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) pairs[at++] = squared[i][j];
        }
        Arrays.sort(pairs);
        int mid = pairs.length / 2;
        return pairs.length % 2 == 1 ? pairs[mid] : (pairs[mid - 1] + pairs[mid]) / 2;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double[] mean(double[][] vectors) {
        double[] mean = new double[vectors[0].length];
        for (double[] v : vectors) {
            for (int k = 0; k < mean.length; k++) mean[k] += v[k] / vectors.length;
        }
        return mean;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        return na == 0 || nb == 0 ? 1 : dot / Math.sqrt(na * nb);
    }
}
