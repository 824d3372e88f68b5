package io.trustplane.core.monitoring.fairness;

/**
 * Which outcome is favourable, to turn a model's outputs into the booleans a {@link FairnessAccumulator} counts.
 *
 * <p>A classifier's favourable outcome is its configured positive class (e.g. "approved"). A regressor has one
 * only with a threshold: its output at or above the threshold is favourable (e.g. a credit limit of at least
 * 1,000), or at or below it for outputs where lower is better ({@link #atOrBelow}). Without a threshold,
 * fairness of a regressor is not supported: selection rates need a yes/no decision.
 */
public sealed interface FavourableOutcome {

    static FavourableOutcome ofClass(String positiveClass) {
        return new PositiveClass(positiveClass);
    }

    static FavourableOutcome atOrAbove(double threshold) {
        return new Threshold(threshold, true);
    }

    static FavourableOutcome atOrBelow(double threshold) {
        return new Threshold(threshold, false);
    }

    /** Whether a classifier's label is favourable. */
    boolean isFavourable(String label);

    /** Whether a regressor's value is favourable. */
    boolean isFavourable(double value);

    /** The positive class of a classifier. */
    record PositiveClass(String positiveClass) implements FavourableOutcome {
        public PositiveClass {
            if (positiveClass == null || positiveClass.isEmpty()) {
                throw new IllegalArgumentException("favourable class must not be null or empty");
            }
        }

        @Override
        public boolean isFavourable(String label) {
            if (label == null) {
                throw new IllegalArgumentException("label must not be null");
            }
            return positiveClass.equals(label);
        }

        @Override
        public boolean isFavourable(double value) {
            throw new IllegalArgumentException("a classifier's favourable outcome is a class, not a number");
        }
    }

    /** A threshold on a regressor's output, inclusive. */
    record Threshold(double threshold, boolean higherIsFavourable) implements FavourableOutcome {
        public Threshold {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("favourable threshold must be finite: " + threshold);
            }
        }

        @Override
        public boolean isFavourable(String label) {
            throw new IllegalArgumentException("a regressor's favourable outcome is a threshold, not a class");
        }

        @Override
        public boolean isFavourable(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite: " + value);
            }
            return higherIsFavourable ? value >= threshold : value <= threshold;
        }
    }
}
