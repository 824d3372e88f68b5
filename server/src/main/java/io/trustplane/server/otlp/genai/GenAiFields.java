package io.trustplane.server.otlp.genai;

import io.trustplane.core.trace.SpanKind;
import java.util.List;
import java.util.Map;

// TEMPORARY (lead's local compile aid; replaced by the otlp-genai branch)
public record GenAiFields(SpanKind kind, String model, String provider, String inputJson, String outputJson,
                          Long inputTokens, Long outputTokens, Long totalTokens, String userId, String sessionId,
                          List<String> tags, Map<String, Object> summary) {
}
