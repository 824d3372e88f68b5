package io.trustplane.server.otlp.genai;

import io.trustplane.core.trace.SpanKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the GenAI conventions say about one span; every field may be null (tags empty) when no convention says it.
 *
 * @param kind what the span describes, from the operation name or the convention's span kind
 * @param model the response model, else the request model
 * @param provider the GenAI provider or system (e.g. {@code openai})
 * @param inputJson a JSON array of normalized messages (see {@link GenAiConventions}), or a JSON string or other
 *     JSON value when the convention gives one
 * @param outputJson the same for the output
 * @param inputTokens input (prompt) tokens
 * @param outputTokens output (completion) tokens
 * @param totalTokens the given total, else the sum of the known counts
 * @param userId the end user
 * @param sessionId the session or conversation
 * @param tags the span's tags, never null
 * @param summary the small normalized object stored under {@code "genai"} in the span's attributes; never null,
 *     empty when no convention matched, and without null entries
 */
public record GenAiFields(SpanKind kind, String model, String provider, String inputJson, String outputJson,
                          Long inputTokens, Long outputTokens, Long totalTokens, String userId, String sessionId,
                          List<String> tags, Map<String, Object> summary) {

    public GenAiFields {
        tags = tags == null ? List.of() : List.copyOf(tags);
        summary = summary == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** Whether any convention said anything about the span. */
    public boolean isEmpty() {
        return summary.isEmpty();
    }
}
