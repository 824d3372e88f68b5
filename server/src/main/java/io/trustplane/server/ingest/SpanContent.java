package io.trustplane.server.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A piece of a span's content that arrived apart from the span: a GenAI message or evaluation sent as an OTLP log
 * event with the span's context. The projector joins it to the span whenever both are stored, in either order.
 *
 * @param side whether it belongs to the span's input, its output, or is an evaluation of it
 * @param json one message ({@code {"role", "content", "parts"...}}) or one evaluation object, as JSON text
 */
public record SpanContent(String traceId, String spanId, Side side, Instant time, String json) {
    public enum Side { INPUT, OUTPUT, EVALUATION }

    public SpanContent {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(json, "json");
    }
}
