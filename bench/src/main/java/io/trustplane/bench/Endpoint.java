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
    OTLP("/otlp/v1/traces", OtlpBodies.CONTENT_TYPE, true),
    /** Prediction logging: {@code {"predictions":[...]}} of the benchmark model's version ({@link PredictionBodies}). */
    PREDICTIONS("/api/v1/models/" + PredictionBodies.MODEL + "/versions/" + PredictionBodies.VERSION + "/predictions",
            "application/json", true),
    /** Ground truth for the predictions of an earlier run with the same run id ({@link GroundTruthBodies}). */
    GROUND_TRUTH(GroundTruthBodies.PATH, "application/json", true),
    /** A chat completion through the gateway ({@link ChatBodies}); the project needs an upstream serving {@link ChatBodies#MODEL}. */
    CHAT("/openai/v1/chat/completions", "application/json", false),
    /** The same, streamed (server-sent events; a request ends when the whole stream has arrived). */
    CHAT_STREAM("/openai/v1/chat/completions", "application/json", false),
    /** The same chat completion sent straight to an OpenAI-compatible upstream (--url is the upstream's): the baseline. */
    UPSTREAM_CHAT("/v1/chat/completions", "application/json", false),
    /** The same streamed chat completion sent straight to the upstream. */
    UPSTREAM_CHAT_STREAM("/v1/chat/completions", "application/json", false);

    final String path;
    final String contentType;
    /** Whether the server stores what it accepts, so that items (spans, predictions) per second mean something. */
    final boolean ingests;

    Endpoint(String path, String contentType, boolean ingests) {
        this.path = path;
        this.contentType = contentType;
        this.ingests = ingests;
    }

    /** The name on the command line and in results: {@code noop}, {@code traces}, {@code otlp}, {@code predictions}, {@code ground-truth}, {@code chat}, ... */
    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a run needs the benchmark model registered in its project first. */
    boolean needsModel() {
        return this == PREDICTIONS || this == GROUND_TRUTH;
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

    /** The bodies of one connection: {@code items} spans, predictions or ground-truth items; {@code features} per prediction. */
    BodyTemplate bodies(String runId, int connection, int items, int features) {
        return switch (this) {
            case OTLP -> new OtlpBodies(runId, connection, items);
            case PREDICTIONS -> new PredictionBodies(runId, connection, items, features);
            case GROUND_TRUTH -> new GroundTruthBodies(runId, connection, items);
            case CHAT, UPSTREAM_CHAT -> new ChatBodies(runId, connection, false);
            case CHAT_STREAM, UPSTREAM_CHAT_STREAM -> new ChatBodies(runId, connection, true);
            case NOOP, TRACES -> new SpanBodies(runId, connection, items);
        };
    }
}
