package io.trustplane.core.monitoring.canary;

/** The canary's decision. */
public enum CanaryVerdict {
    /** Every check with enough data passed. */
    PROMOTE,
    /** No check degraded, but at least one is inconclusive or lacks data. */
    HOLD,
    /** At least one check shows a significant and practically relevant degradation. */
    ROLLBACK
}
