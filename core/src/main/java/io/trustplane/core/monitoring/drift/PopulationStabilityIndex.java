package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;

/**
 * The population stability index, {@code PSI = Σ (a_i − e_i) · ln(a_i / e_i)} over bins, with {@code e_i} the
 * reference's and {@code a_i} the current window's share of bin {@code i} (Siddiqi 2006, <i>Credit Risk
 * Scorecards</i>, ch. 8; Yurdakul 2018, "Statistical properties of population stability index"). It is the
 * symmetrised Kullback–Leibler divergence of the binned distributions.
 *
 * <p>Numeric features are binned at the reference's deciles ({@link QuantileBins}). A share of 0 makes the
 * logarithm infinite, so every share is floored at {@code epsilon} (default {@value #DEFAULT_EPSILON}, i.e. one
 * in ten thousand) before the sum; shares are not renormalised afterwards. The usual reading: below 0.1 no
 * significant change, 0.1 to 0.2 a moderate change, 0.2 and above a major shift.
 */
public final class PopulationStabilityIndex {

    public static final int DEFAULT_BINS = 10;
    public static final double DEFAULT_EPSILON = 1e-4;

    private PopulationStabilityIndex() {
    }

    /** PSI of {@code current} against {@code reference} binned at the reference's {@code bins}-quantiles. */
    public static double of(WeightedSample reference, WeightedSample current, int bins, double epsilon) {
        QuantileBins cut = QuantileBins.of(reference, bins);
        return of(cut.proportions(reference), cut.proportions(current), epsilon);
    }

    /** PSI from bin shares (each summing to 1) of the reference ({@code expected}) and the current window. */
    public static double of(double[] expected, double[] actual, double epsilon) {
        if (expected.length != actual.length || expected.length == 0) {
            throw new IllegalArgumentException("bin shares differ in length or are empty: " + expected.length
                    + " and " + actual.length);
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
        }
        double psi = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!(expected[i] >= 0 && actual[i] >= 0)) {
                throw new IllegalArgumentException("bin share " + i + " is negative or NaN");
            }
            double e = Math.max(expected[i], epsilon);
            double a = Math.max(actual[i], epsilon);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }
}
