package io.trustplane.core.monitoring.drift;

/**
 * The Jensen–Shannon distance in base 2, {@code sqrt((KL(p‖m) + KL(q‖m)) / 2)} with {@code m = (p + q) / 2},
 * between 0 (same distribution) and 1 (disjoint supports), exactly as
 * {@code scipy.spatial.distance.jensenshannon(p, q, base=2)}: each vector is first divided by its sum, and
 * {@code 0·log 0 = 0}, so no epsilon is needed for empty bins or categories missing on one side (Lin 1991;
 * Endres &amp; Schindelin 2003 for the metric).
 */
public final class JensenShannon {

    private static final double LN2 = Math.log(2);

    private JensenShannon() {
    }

    public static double distance(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions differ in length: " + p.length + " and " + q.length);
        }
        double sumP = total(p, "first");
        double sumQ = total(q, "second");
        double left = 0;
        double right = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / sumP;
            double qi = q[i] / sumQ;
            double m = (pi + qi) / 2;
            left += relativeEntropy(pi, m);
            right += relativeEntropy(qi, m);
        }
        double js = (left + right) / LN2;
        return Math.sqrt(Math.max(0, js / 2)); // rounding can leave a tiny negative for identical inputs
    }

    /** {@code scipy.special.rel_entr}: x·ln(x/y), 0 at x = 0. */
    private static double relativeEntropy(double x, double y) {
        return x > 0 ? x * Math.log(x / y) : 0;
    }

    private static double total(double[] weights, String which) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("the " + which + " distribution has a negative or non-finite "
                        + "weight: " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the " + which + " distribution is empty (its weights sum to 0)");
        }
        return sum;
    }
}
