package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;
import java.util.Arrays;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sided two-sample Kolmogorov–Smirnov test on weighted samples, matching
 * {@code scipy.stats.ks_2samp(x, y)} with its default {@code method="auto"}.
 *
 * <p><b>Statistic.</b> {@code D = max |F(x) − G(x)|} over the union of the values, with F and G the weighted
 * empirical CDFs; for raw samples this is SciPy's statistic exactly.
 *
 * <p><b>p-value.</b> It depends only on D and the sample sizes {@code n} and {@code m}, which are passed
 * separately because a sketch's centroid weights sum to its true count but the test's null distribution is that
 * of {@code n} and {@code m} observations. As in SciPy's {@code auto}: when {@code max(n, m) ≤ 10000} the exact
 * distribution of D ({@code method="exact"}, D rounded to the lattice {@code h / lcm(n, m)}); above, Smirnov's
 * asymptotic form {@code kstwo.sf(D, round(nm / (n + m)))} ({@code method="asymp"}). Both come from Commons
 * Statistics' {@link KolmogorovSmirnovTest}, which computes the same two quantities; its distribution functions are
 * reached through its public API with synthetic samples whose statistic is the given D (see
 * {@link #exactPValue} and {@link #asymptoticPValue}), costing O(n + m) and O(nm/(n+m)) time respectively.
 * Commons' computation of that distribution slows with the effective size (tens of milliseconds at 20,000), so
 * above {@value #MAX_EFFECTIVE_N} effective observations the p-value is evaluated at that size with D rescaled
 * by Stephens' (1970) finite-size factor {@code sqrt(n) + 0.12 + 0.11/sqrt(n)}: measured against SciPy for
 * effective sizes up to a million, within 2.5 % relative where {@code p > 1e-10} and within 10 % below (far
 * beyond any significance level). Up to that size the p-value is SciPy's to 1e-9.
 * Ties are not corrected for, as in SciPy.
 */
public final class KolmogorovSmirnov {

    /** SciPy's {@code MAX_AUTO_N}: exact p-values up to this many observations in the larger sample. */
    public static final long MAX_EXACT_N = 10_000;
    /** The largest effective sample size evaluated without scaling (see the class comment). */
    public static final int MAX_EFFECTIVE_N = 1 << 14;

    private static final KolmogorovSmirnovTest EXACT = KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT);

    /** How the p-value was computed. */
    public enum Method {
        EXACT, ASYMPTOTIC
    }

    /** @param statistic D; @param pValue P(D' ≥ D) under the null hypothesis. */
    public record Result(double statistic, double pValue, Method method) {
    }

    private KolmogorovSmirnov() {
    }

    /** The test on raw-data samples: the sizes are the samples' total weights (which must be whole numbers). */
    public static Result test(WeightedSample x, WeightedSample y) {
        return test(x, wholeCount(x, "first"), y, wholeCount(y, "second"));
    }

    /** The test of two distributions standing for {@code n} and {@code m} observations. */
    public static Result test(WeightedSample x, long n, WeightedSample y, long m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("sample sizes must be positive: " + n + ", " + m);
        }
        double d = statistic(x, y);
        if (Math.max(n, m) <= MAX_EXACT_N) {
            return new Result(d, exactPValue(d, (int) n, (int) m), Method.EXACT);
        }
        return new Result(d, asymptoticPValue(d, n, m), Method.ASYMPTOTIC);
    }

    /** {@code D = max |F(x) − G(x)|}. */
    public static double statistic(WeightedSample x, WeightedSample y) {
        StepCdfs cdfs = StepCdfs.of(x, y);
        double d = 0;
        for (int k = 0; k < cdfs.points().length; k++) {
            d = Math.max(d, Math.abs(cdfs.a()[k] - cdfs.b()[k]));
        }
        return d;
    }

    /**
     * The exact two-sided p-value: D is rounded to {@code h / lcm(n, m)} (SciPy does the same), then two samples
     * with that statistic are built, {@code a} zeros and {@code n − a} ones against {@code b} zeros and
     * {@code m − b} ones with {@code a/n − b/m = h/lcm}, and Commons Statistics' exact test is run on them.
     *
     * <p>Raw samples always have such an {@code (a, b)}. A statistic computed from sketches need not be one of the
     * values two samples of sizes n and m can produce; it is then moved to the nearest value that they can, a
     * change far below the sketch's own error.
     */
    static double exactPValue(double d, int n, int m) {
        long g = gcd(n, m);
        long ng = n / g;
        long mg = m / g;
        long lcm = ng * m;
        long h = Math.round(d * lcm);
        if (h == 0) {
            return 1;
        }
        // a/n - b/m = (a*mg - b*ng)/lcm: the (a, b) in [0, n] x [0, m] whose numerator is nearest h
        long bestA = 0;
        long bestB = 0;
        long bestGap = Long.MAX_VALUE;
        for (long a = 0; a <= n && bestGap > 0; a++) {
            long floorB = Math.floorDiv(a * mg - h, ng);
            for (long b = floorB; b <= floorB + 1; b++) {
                long clamped = Math.max(0, Math.min(m, b));
                long gap = Math.abs(a * mg - clamped * ng - h);
                if (gap < bestGap) {
                    bestGap = gap;
                    bestA = a;
                    bestB = clamped;
                }
            }
        }
        if (bestA * mg - bestB * ng <= 0) {
            return 1;
        }
        return EXACT.test(zerosThenOnes(n, (int) bestA), zerosThenOnes(m, (int) bestB)).getPValue();
    }

    /**
     * SciPy's asymptotic two-sided p-value {@code kstwo.sf(D, round(n·m/(n+m)))}: the one-sample two-sided KS
     * distribution at the effective size {@code en}, from Commons Statistics' one-sample test on the points
     * {@code 1 … en} against the CDF {@code F(v) = max(0, v/en − D)}, whose statistic is D.
     */
    static double asymptoticPValue(double d, long n, long m) {
        double big = Math.max(n, m);
        double small = Math.min(n, m);
        double en = Math.rint(big * small / (big + small)); // numpy.round: half to even, like Math.rint
        if (en > MAX_EFFECTIVE_N) {
            d = d * stephens(en) / stephens(MAX_EFFECTIVE_N);
            en = MAX_EFFECTIVE_N;
        }
        int size = (int) en;
        if (d >= 1) {
            return 0;
        }
        if (d * 2 * size <= 1) {
            return 1; // D >= 1/(2 en) for every sample of that size
        }
        double[] points = new double[size];
        for (int i = 0; i < size; i++) {
            points[i] = i + 1;
        }
        double shift = d;
        double scale = size;
        double p = EXACT.test(points, v -> Math.max(0, v / scale - shift)).getPValue();
        return Math.min(1, Math.max(0, p));
    }

    /** Stephens' (1970) finite-size scale of D: {@code sqrt(n) + 0.12 + 0.11/sqrt(n)}. */
    private static double stephens(double n) {
        double root = Math.sqrt(n);
        return root + 0.12 + 0.11 / root;
    }

    private static double[] zerosThenOnes(int size, int zeros) {
        double[] a = new double[size];
        Arrays.fill(a, zeros, size, 1);
        return a;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long wholeCount(WeightedSample s, String which) {
        StepCdfs.requireNonEmpty(s, which);
        double total = s.totalWeight();
        if (total != Math.rint(total)) {
            throw new IllegalArgumentException("the " + which + " sample's weights sum to " + total
                    + ", not a whole count; pass the sample sizes explicitly");
        }
        return (long) total;
    }
}
