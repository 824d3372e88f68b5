package io.trustplane.core.monitoring.canary;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;

import io.trustplane.core.monitoring.WeightedSample;

/**
 * The Mann–Whitney U test on two weighted samples, normal approximation with tie and continuity correction.
 *
 * <p>Why not only Commons Statistics' {@code MannWhitneyUTest}: it takes raw observations, and the server's
 * latency profiles are t-digest sketches whose centroids are values with counts. Ranks generalize directly to
 * weights: every distinct value {@code v} with total weight {@code t = w_x(v) + w_y(v)} occupies the ranks after
 * the {@code c} smaller observations and gets their mid-rank {@code c + (t + 1)/2}. Then, with {@code n1 = Σw_x},
 * {@code n2 = Σw_y}, {@code n = n1 + n2}:
 * <pre>
 *   U1 = Σ_v w_x(v)·midrank(v) − n1(n1 + 1)/2
 *   σ  = sqrt(n1·n2/12 · ((n + 1) − Σ_v (t³ − t) / (n(n − 1))))
 *   greater: z = (U1 − n1·n2/2 − 0.5)/σ, p = 1 − Φ(z)
 *   less:    z = (U2 − n1·n2/2 − 0.5)/σ with U2 = n1·n2 − U1
 *   two-sided: U = max(U1, U2), p = min(1, 2·(1 − Φ(z)))
 * </pre>
 * which is {@code scipy.stats.mannwhitneyu(x, y, alternative, method='asymptotic', use_continuity=True)} (and
 * Commons Statistics with {@code PValueMethod.ASYMPTOTIC}) when the weights are counts of raw observations; the
 * tests check both to 1e-9. For a sketch the centroids act as tied groups, which makes the result an
 * approximation whose quality is the sketch's.
 */
public final class WeightedMannWhitney {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private WeightedMannWhitney() {
    }

    /**
     * The test of {@code x} against {@code y}; {@code GREATER_THAN} means "x tends to be larger".
     * The statistic is U1 (of {@code x}), like SciPy's. When every observation is tied (σ = 0) there is no
     * evidence either way and the p-value is 1.
     */
    public static TestResult test(WeightedSample x, WeightedSample y, AlternativeHypothesis alternative) {
        if (x == null || y == null || x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("the Mann-Whitney U test needs two non-empty samples");
        }
        double[] xv = x.values();
        double[] xw = x.weights();
        double[] yv = y.values();
        double[] yw = y.weights();
        double n1 = x.totalWeight();
        double n2 = y.totalWeight();
        double n = n1 + n2;
        double below = 0;
        double rankSumX = 0;
        double tieTerm = 0;
        int i = 0;
        int j = 0;
        while (i < xv.length || j < yv.length) {
            double v = j >= yv.length || (i < xv.length && xv[i] <= yv[j]) ? xv[i] : yv[j];
            double wx = i < xv.length && xv[i] == v ? xw[i++] : 0;
            double wy = j < yv.length && yv[j] == v ? yw[j++] : 0;
            double t = wx + wy;
            rankSumX += wx * (below + (t + 1) / 2);
            tieTerm += t * t * t - t;
            below += t;
        }
        double u1 = rankSumX - n1 * (n1 + 1) / 2;
        double u2 = n1 * n2 - u1;
        double mean = n1 * n2 / 2;
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
        if (!(sigma > 0)) {
            return new TestResult("mann_whitney_u", u1, 1);
        }
        double u = switch (alternative) {
            case GREATER_THAN -> u1;
            case LESS_THAN -> u2;
            case TWO_SIDED -> Math.max(u1, u2);
        };
        double p = STANDARD_NORMAL.survivalProbability((u - mean - 0.5) / sigma);
        if (alternative == AlternativeHypothesis.TWO_SIDED) {
            p = Math.min(1, 2 * p);
        }
        return new TestResult("mann_whitney_u", u1, p);
    }
}
