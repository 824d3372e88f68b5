package io.trustplane.core.monitoring.performance;

import java.util.Objects;

/**
 * A metric's value, or the reason it has none.
 *
 * <p>Why not {@code NaN} or an exception: an undefined metric (ROC AUC with one class, R² of constant actuals,
 * a rate with an empty denominator) is a normal state of a small window, not an error, and {@code NaN} spreads
 * silently through averages and breaks JSON. The server stores and shows the reason instead.
 *
 * @param value  the value (finite), or null when undefined
 * @param reason why the metric is undefined, or null when it has a value
 */
public record MetricValue(Double value, String reason) {

    public MetricValue {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a metric has either a value or a reason, not both or neither");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("metric value is not finite: " + value);
        }
    }

    public static MetricValue of(double value) {
        return new MetricValue(value, null);
    }

    public static MetricValue undefined(String reason) {
        return new MetricValue(null, Objects.requireNonNull(reason, "reason"));
    }

    /** {@code numerator / denominator}, undefined with {@code reason} when the denominator is zero. */
    public static MetricValue ratio(double numerator, double denominator, String reason) {
        return denominator == 0 ? undefined(reason) : of(numerator / denominator);
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The value; fails when the metric is undefined. */
    public double get() {
        if (value == null) {
            throw new IllegalStateException("metric is undefined: " + reason);
        }
        return value;
    }
}
