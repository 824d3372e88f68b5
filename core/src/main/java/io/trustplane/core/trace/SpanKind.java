package io.trustplane.core.trace;

import java.util.Locale;

/** What a span describes in an LLM application. */
public enum SpanKind {
    LLM, TOOL, RETRIEVAL, AGENT, CHAIN, OTHER;

    /** The lower-case name used in the API and the store. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; returns {@code null} when unknown. */
    public static SpanKind fromWire(String value) {
        if (value == null) return null;
        for (SpanKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value)) return kind;
        }
        return null;
    }
}
