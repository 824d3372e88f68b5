package io.trustplane.server.query;

import java.time.Instant;

/**
 * Aggregates over the spans that started in one time bucket (or the whole range, for totals).
 * Latency percentiles are {@code null} where no span with an end time fell into the bucket. {@code guard}
 * counts the bucket's spans by the guard's decision (spans not scanned yet, or without text, are not counted).
 */
public record StatsBucket(
        Instant start,
        long requestCount,
        long errorCount,
        double errorRate,
        Double latencyP50Ms,
        Double latencyP95Ms,
        Double latencyP99Ms,
        long inputTokens,
        long outputTokens,
        long totalTokens,
        double cost,
        Guard guard) {

    /** Guard decisions on the bucket's spans: scanned, and how many were flagged, redacted or blocked. */
    public record Guard(long scanned, long flagged, long redacted, long blocked) {
    }

    static StatsBucket empty(Instant start) {
        return new StatsBucket(start, 0, 0, 0, null, null, null, 0, 0, 0, 0, new Guard(0, 0, 0, 0));
    }
}
