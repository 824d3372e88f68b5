package io.trustplane.core.monitoring.canary;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How the canary's p-values are adjusted for testing several checks at once.
 *
 * <p>A canary runs up to four tests; at alpha 0.05 each, an unchanged candidate would be flagged by at least
 * one of them far more often than 5% of the time. Holm's step-down procedure (Holm 1979, "A simple
 * sequentially rejective multiple test procedure", Scand. J. Statist. 6:65–70) controls the family-wise
 * error rate like Bonferroni while rejecting at least as often, so it is the default.
 */
public enum MultipleComparison {
    /** No adjustment: each check at alpha on its own. */
    NONE,
    /** {@code min(1, m·p)}. */
    BONFERRONI,
    /**
     * Holm–Bonferroni: with the p-values sorted ascending, {@code p_adj(i) = max_{j<=i} min(1, (m − j + 1)·p(j))}
     * (1-based); rejecting where {@code p_adj < alpha} is Holm's step-down procedure.
     */
    HOLM;

    /** The adjusted p-values, in the order of {@code pValues}. */
    public double[] adjust(double... pValues) {
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " must be in [0, 1]: " + pValues[i]);
            }
        }
        double[] adjusted = new double[m];
        switch (this) {
            case NONE -> System.arraycopy(pValues, 0, adjusted, 0, m);
            case BONFERRONI -> {
                for (int i = 0; i < m; i++) {
                    adjusted[i] = Math.min(1, m * pValues[i]);
                }
            }
            case HOLM -> {
                Integer[] order = new Integer[m];
                Arrays.setAll(order, i -> i);
                Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
                double running = 0;
                for (int rank = 0; rank < m; rank++) {
                    int i = order[rank];
                    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
                    adjusted[i] = running;
                }
            }
        }
        return adjusted;
    }
}
