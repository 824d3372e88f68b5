package io.trustplane.core.monitoring.trust;

/** Whether a component counted in the score, and if not, why not. */
public enum ComponentStatus {
    /** Had data and a positive weight: it contributes. */
    INCLUDED,
    /** Had no data in the window: left out, and the other weights renormalized. */
    NO_DATA,
    /** Had data but its configured weight is 0: shown for information, contributes nothing. */
    ZERO_WEIGHT
}
