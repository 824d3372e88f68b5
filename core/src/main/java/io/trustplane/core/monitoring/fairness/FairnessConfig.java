package io.trustplane.core.monitoring.fairness;

/**
 * How a {@link FairnessReport} judges the groups. Report-time only: accumulators hold counts, so one stored
 * accumulator can be judged under any configuration.
 *
 * @param minGroupSize   groups with fewer predictions (for selection rates) or fewer labelled rows (for error
 *                       rates) are reported but flagged too small and left out of the differences, ratios and
 *                       verdicts; default {@value #DEFAULT_MIN_GROUP_SIZE}. Use 1 for fairlearn's behaviour of
 *                       comparing every group.
 * @param referenceGroup the group every other group's selection rate is divided by for disparate impact, or
 *                       null (the default) for the group with the highest selection rate
 */
public record FairnessConfig(int minGroupSize, String referenceGroup) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 30;
    /** The four-fifths rule (US EEOC Uniform Guidelines, 29 CFR 1607.4(D)): a ratio below 0.8 is adverse impact. */
    public static final double FOUR_FIFTHS = 0.8;

    public FairnessConfig {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minGroupSize must be at least 1: " + minGroupSize);
        }
        if (referenceGroup != null && referenceGroup.isEmpty()) {
            throw new IllegalArgumentException("reference group must not be empty (use null for the highest rate)");
        }
    }

    public static FairnessConfig defaults() {
        return new FairnessConfig(DEFAULT_MIN_GROUP_SIZE, null);
    }

    public FairnessConfig withMinGroupSize(int min) {
        return new FairnessConfig(min, referenceGroup);
    }

    public FairnessConfig withReferenceGroup(String group) {
        return new FairnessConfig(minGroupSize, group);
    }
}
