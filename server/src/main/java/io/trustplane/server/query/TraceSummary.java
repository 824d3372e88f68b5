package io.trustplane.server.query;

import java.time.Instant;
import java.util.List;

/** One trace as listed: aggregated over its spans. */
public record TraceSummary(
        String traceId,
        String name,
        Instant startTime,
        Instant endTime,
        Double durationMs,
        long spanCount,
        long errorCount,
        String status,
        List<String> models,
        List<String> providers,
        String userId,
        String sessionId,
        List<String> tags,
        Long inputTokens,
        Long outputTokens,
        Long totalTokens,
        Double cost,
        String inputPreview,
        String outputPreview) {
}
