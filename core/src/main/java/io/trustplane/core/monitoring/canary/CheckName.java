package io.trustplane.core.monitoring.canary;

/** The canary's checks, in the order the result lists them. */
public enum CheckName {
    ERROR_RATE("error_rate"),
    LATENCY("latency"),
    PERFORMANCE("performance"),
    GUARD("guard"),
    DRIFT("drift");

    private final String key;

    CheckName(String key) {
        this.key = key;
    }

    /** The check's name in API responses. */
    public String key() {
        return key;
    }
}
