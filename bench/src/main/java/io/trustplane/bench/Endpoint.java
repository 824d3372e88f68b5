package io.trustplane.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the generator can load: its path, the body's media type, and how a connection's bodies are made. */
enum Endpoint {
    /** The authenticated no-op: reads a native body and discards it (the baseline). */
    NOOP("/api/v1/noop", "application/json", false),
    /** Native ingestion: {@code {"spans":[...]}} as JSON. */
    TRACES("/api/v1/traces", "application/json", true),
    /** OTLP/HTTP ingestion: an {@code ExportTraceServiceRequest} in protobuf. */
    OTLP("/otlp/v1/traces", OtlpBodies.CONTENT_TYPE, true);

    final String path;
    final String contentType;
    /** Whether the server stores what it accepts, so that spans per second mean something. */
    final boolean ingests;

    Endpoint(String path, String contentType, boolean ingests) {
        this.path = path;
        this.contentType = contentType;
        this.ingests = ingests;
    }

    /** The name on the command line and in results: {@code noop}, {@code traces}, {@code otlp}. */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Endpoint of(String name) {
        for (Endpoint e : values()) {
            if (e.wireName().equals(name)) return e;
        }
        throw new IllegalArgumentException("--endpoint must be one of " + names() + ", not '" + name + "'");
    }

    static String names() {
        return Arrays.stream(values()).map(Endpoint::wireName).collect(Collectors.joining(", "));
    }

    BodyTemplate bodies(String runId, int connection, int spansPerRequest) {
        return this == OTLP ? new OtlpBodies(runId, connection, spansPerRequest) : new SpanBodies(runId, connection, spansPerRequest);
    }
}
