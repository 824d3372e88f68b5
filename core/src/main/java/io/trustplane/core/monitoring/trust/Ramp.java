package io.trustplane.core.monitoring.trust;

/**
 * The sub-score function every trust component uses: 100 on the good side of {@code good}, 0 beyond
 * {@code bad}, linear in between.
 *
 * <p>One shape for every component keeps each sub-score explainable in one sentence ("error rate 1.2%,
 * 100 at or below 1%, 0 at or above 5% → 95") and monotone by construction. The direction follows from the
 * two thresholds: {@code good < bad} means lower values are better (error rate, latency), {@code good > bad}
 * means higher values are better (AUC, the demographic parity ratio).
 *
 * @param good the value at and beyond which the sub-score is 100
 * @param bad  the value at and beyond which the sub-score is 0
 */
public record Ramp(double good, double bad) {

    public Ramp {
        if (!Double.isFinite(good) || !Double.isFinite(bad)) {
            throw new IllegalArgumentException("ramp thresholds must be finite: good " + good + ", bad " + bad);
        }
        if (good == bad) {
            throw new IllegalArgumentException("ramp thresholds must differ: good and bad are both " + good);
        }
    }

    /** True when lower values score higher. */
    public boolean lowerIsBetter() {
        return good < bad;
    }

    /** The sub-score of {@code value}: {@code 100 × (1 − clamp((value − good) / (bad − good), 0, 1))}. */
    public double score(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("cannot score NaN");
        }
        double t = (value - good) / (bad - good);
        return 100 * (1 - Math.min(1, Math.max(0, t)));
    }

    /** {@code "100 at or below 1%, 0 at or above 5%"}, with {@code unit} formatting the thresholds. */
    String describe(java.util.function.DoubleFunction<String> unit) {
        String towardsGood = lowerIsBetter() ? "at or below" : "at or above";
        String towardsBad = lowerIsBetter() ? "at or above" : "at or below";
        return "100 " + towardsGood + " " + unit.apply(good) + ", 0 " + towardsBad + " " + unit.apply(bad);
    }
}
