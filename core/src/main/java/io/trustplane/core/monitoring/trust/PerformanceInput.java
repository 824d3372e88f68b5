package io.trustplane.core.monitoring.trust;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The performance component's input: one primary metric against its target. Generic on purpose, because
 * what "performance" means differs: AUC, F1 or accuracy for a classifier, a normalized error for a
 * regressor, and for an LLM application a quality signal such as the share of positive human feedback or a
 * mean evaluation score.
 *
 * <p>Sub-score: {@code Ramp(target, zeroAt)}: 100 when the metric meets the target, 0 at {@code zeroAt},
 * linear in between. {@code zeroAt} is where the metric stops being useful: 0.5 for AUC (a coin flip), the
 * share of the majority class for accuracy; {@link #of} picks 0 for higher-is-better metrics and twice the
 * target for lower-is-better ones.
 *
 * @param metric    the metric's name as shown to people ({@code auc}, {@code positive_feedback_share})
 * @param value     the metric in the window
 * @param target    the value that earns 100
 * @param direction whether higher or lower values are better
 * @param zeroAt    the value that earns 0; below the target when higher is better, above it otherwise
 */
public record PerformanceInput(String metric, double value, double target, Direction direction, double zeroAt) {

    /** Which way the metric improves. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    public PerformanceInput {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("performance: the metric needs a name");
        }
        if (direction == null) {
            throw new IllegalArgumentException("performance: the direction of " + metric + " is required");
        }
        if (!Double.isFinite(value) || !Double.isFinite(target) || !Double.isFinite(zeroAt)) {
            throw new IllegalArgumentException("performance: " + metric + " value, target and zero point must be finite: "
                    + value + ", " + target + ", " + zeroAt);
        }
        boolean consistent = direction == Direction.HIGHER_IS_BETTER ? zeroAt < target : zeroAt > target;
        if (!consistent) {
            throw new IllegalArgumentException("performance: " + metric + " is " + direction + ", so its zero point "
                    + zeroAt + " must be " + (direction == Direction.HIGHER_IS_BETTER ? "below" : "above")
                    + " the target " + target);
        }
    }

    /** The metric with the default zero point: 0 when higher is better, twice the (positive) target otherwise. */
    public static PerformanceInput of(String metric, double value, double target, Direction direction) {
        if (direction == Direction.LOWER_IS_BETTER && !(target > 0)) {
            throw new IllegalArgumentException("performance: the default zero point of " + metric
                    + " is twice its target, which needs a target > 0; pass the zero point explicitly: " + target);
        }
        double zeroAt = direction == Direction.HIGHER_IS_BETTER ? 0 : 2 * target;
        return new PerformanceInput(metric, value, target, direction, zeroAt);
    }

    Assessment assess() {
        Ramp ramp = new Ramp(target, zeroAt);
        double score = ramp.score(value);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put(metric, value);
        inputs.put("target", target);
        inputs.put("zero_at", zeroAt);
        return new Assessment(inputs, score, metric + " " + Numbers.format(value) + " against a target of "
                + Numbers.format(target) + " (" + ramp.describe(Numbers::format) + ") → " + Numbers.format(score));
    }
}
