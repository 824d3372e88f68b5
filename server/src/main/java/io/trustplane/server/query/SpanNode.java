package io.trustplane.server.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A span in the trace tree; input, output and attributes are the JSON the client sent. */
public record SpanNode(
        String spanId,
        String parentSpanId,
        String name,
        String kind,
        Instant startTime,
        Instant endTime,
        Double durationMs,
        String status,
        String statusMessage,
        String model,
        String provider,
        JsonNode input,
        JsonNode output,
        Long inputTokens,
        Long outputTokens,
        Long totalTokens,
        Double cost,
        String userId,
        String sessionId,
        List<String> tags,
        JsonNode attributes,
        List<SpanNode> children) {

    public SpanNode {
        children = children == null ? new ArrayList<>() : children;
    }
}
