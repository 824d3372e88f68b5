package io.trustplane.core.trace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of an AI interaction: an LLM call, a tool call, a retrieval, an agent step.
 *
 * <p>{@code input}, {@code output} and {@code attributes} are JSON texts (a string, an array of chat
 * messages, an object), kept verbatim so nothing the client sent is lost. Token counts and cost are
 * {@code null} when unknown. Identity is (project, traceId, spanId): the client chooses the ids, so a
 * retried batch stores each span once.
 */
public record Span(
        String traceId,
        String spanId,
        String parentSpanId,
        String name,
        SpanKind kind,
        Instant startTime,
        Instant endTime,
        SpanStatus status,
        String statusMessage,
        String model,
        String provider,
        String inputJson,
        String outputJson,
        Long inputTokens,
        Long outputTokens,
        Long totalTokens,
        Double cost,
        String userId,
        String sessionId,
        List<String> tags,
        String attributesJson) {

    public Span {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(status, "status");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Duration in milliseconds, or {@code null} while the span has no end time. */
    public Double durationMillis() {
        if (endTime == null) return null;
        long nanos = (endTime.getEpochSecond() - startTime.getEpochSecond()) * 1_000_000_000L
                + (endTime.getNano() - startTime.getNano());
        return nanos / 1_000_000.0;
    }
}
