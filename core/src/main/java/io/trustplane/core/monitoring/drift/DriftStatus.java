package io.trustplane.core.monitoring.drift;

/** The verdict on one feature. */
public enum DriftStatus {
    /** Not significant, or an effect below the moderate threshold. */
    NO_DRIFT,
    /** Significant, with an effect between the moderate and the major threshold: worth watching. */
    MODERATE,
    /** Significant, with an effect at or above the major threshold. */
    DRIFT,
    /** Too few values on one side to judge. */
    INSUFFICIENT_DATA,
    /** The feature is numeric on one side and categorical on the other. */
    KIND_MISMATCH
}
