package io.trustplane.core.trace;

import java.util.Locale;

/** Outcome of a span, aligned with OpenTelemetry's status codes. */
public enum SpanStatus {
    UNSET, OK, ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; returns {@code null} when unknown. */
    public static SpanStatus fromWire(String value) {
        if (value == null) return null;
        for (SpanStatus status : values()) {
            if (status.name().equalsIgnoreCase(value)) return status;
        }
        return null;
    }
}
