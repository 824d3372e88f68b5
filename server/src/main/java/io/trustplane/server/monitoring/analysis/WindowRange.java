package io.trustplane.server.monitoring.analysis;

import io.trustplane.server.query.Intervals;
import io.trustplane.server.query.QueryParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The time range and bucket width of a monitoring query. Aggregates are hourly, so the range is widened to whole
 * hours ({@code from} down, {@code to} up) and the width must be a whole number of hours.
 *
 * <p>Defaults: {@code to} is the end of the current hour, {@code from} 24 hours earlier, and the width is the whole
 * range (one bucket) unless {@code interval} is given.
 */
public record WindowRange(Instant from, Instant to, Duration interval) {
    static final int MAX_BUCKETS = 1000;
    static final Duration DEFAULT_RANGE = Duration.ofHours(24);

    public static WindowRange parse(QueryParams p, Map<String, String> params) {
        return parse(p, params, UnaryOperator.identity());
    }

    /** As {@link #parse(QueryParams, Map)}, with the bucket width, when none is asked for, derived from the range. */
    public static WindowRange parse(QueryParams p, Map<String, String> params, UnaryOperator<Duration> defaultInterval) {
        Instant to = p.time("to", params.get("to"));
        Instant from = p.time("from", params.get("from"));
        if (to == null) to = Instant.now();
        to = ceilHour(to);
        from = from == null ? to.minus(DEFAULT_RANGE) : from.truncatedTo(ChronoUnit.HOURS);
        if (!from.isBefore(to)) p.error("from", "must be before 'to'");
        Duration interval = defaultInterval.apply(Duration.between(from, to));
        String text = params.get("interval");
        if (text != null && !text.isBlank()) {
            Duration parsed = Intervals.parse(text);
            if (parsed == null || parsed.toSeconds() % 3600 != 0 || parsed.toNanos() % 1_000_000_000L != 0) {
                p.error("interval", "must be a whole number of hours, like 1h, 6h, 1d or PT12H (aggregates are hourly)");
            } else {
                interval = parsed;
            }
        }
        WindowRange range = new WindowRange(from, to, interval);
        if (!p.hasErrors() && range.bucketCount() > MAX_BUCKETS) {
            p.error("interval", "gives " + range.bucketCount() + " buckets for this range; at most " + MAX_BUCKETS + " are allowed");
        }
        return range;
    }

    public long bucketCount() {
        long seconds = Duration.between(from, to).toSeconds();
        long width = interval.toSeconds();
        return width <= 0 ? 0 : (seconds + width - 1) / width;
    }

    /** The start of the bucket an hourly window starting at {@code hour} falls in. */
    public Instant bucketOf(Instant hour) {
        long index = Duration.between(from, hour).toSeconds() / interval.toSeconds();
        return from.plus(interval.multipliedBy(index));
    }

    private static Instant ceilHour(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(t) ? t : floor.plus(Duration.ofHours(1));
    }
}
