package io.trustplane.core.monitoring.trust;

/** The six components of the trust score, in the order the output lists them. */
public enum TrustComponent {
    PERFORMANCE("performance"),
    DRIFT("drift"),
    FAIRNESS("fairness"),
    GUARD("guard"),
    ERROR_RATE("error_rate"),
    LATENCY("latency");

    private final String key;

    TrustComponent(String key) {
        this.key = key;
    }

    /** The component's name in API responses and settings ({@code error_rate}). */
    public String key() {
        return key;
    }
}
