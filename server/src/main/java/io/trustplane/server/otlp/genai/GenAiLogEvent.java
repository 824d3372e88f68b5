package io.trustplane.server.otlp.genai;

import java.time.Instant;

// TEMPORARY (lead's local compile aid; replaced by the otlp-genai branch)
public record GenAiLogEvent(String traceId, String spanId, Side side, Instant time, String messageJson) {
    public enum Side { INPUT, OUTPUT, EVALUATION }
}
