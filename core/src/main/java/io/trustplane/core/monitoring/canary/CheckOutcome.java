package io.trustplane.core.monitoring.canary;

/** What one canary check concluded (the decision rule is in {@link CanaryAnalyzer}). */
public enum CheckOutcome {
    /** No practically relevant degradation, or one that is not significant and within the margin. */
    PASSED,
    /** Significantly (after adjustment) and practically worse: a reason to roll back. */
    DEGRADED,
    /** Worse than the margin but not significantly so (or untestable): more data or a person must decide. */
    INCONCLUSIVE,
    /** The data exist but one arm has fewer than the minimum samples, or only one arm has them. */
    INSUFFICIENT_DATA,
    /** Neither arm has this kind of data (a model without labels, an application without guard): not checked. */
    NOT_APPLICABLE
}
