package io.trustplane.server.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /api/v1/stats}: one series per group (one series when not grouped). */
public record StatsResult(Instant from, Instant to, Duration interval, String groupBy, List<Series> series) {

    /** {@code group} is the model or provider ({@code null} for spans without one, or when not grouped). */
    public record Series(String group, List<StatsBucket> buckets, StatsBucket totals) {
    }
}
