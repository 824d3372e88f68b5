package io.trustplane.server.query;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bucket widths: {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d} or ISO-8601 ({@code PT5M}). */
public final class Intervals {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([smhd])");
    /** Candidates for the default width, smallest first. */
    private static final List<Duration> NICE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7),
            Duration.ofDays(30));

    private Intervals() {
    }

    /** Returns null when the text is not a positive interval. */
    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(value);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return d.isNegative() || d.isZero() || d.toNanos() % 1000 != 0 ? null : d;
    }

    /** The first multiple of {@code width} (counted from the epoch) after {@code instant}. */
    public static java.time.Instant nextBoundary(java.time.Instant instant, Duration width) {
        long widthMicros = Math.max(1, width.toNanos() / 1000);
        long micros = instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
        long next = Math.floorDiv(micros, widthMicros) * widthMicros + widthMicros;
        return java.time.Instant.ofEpochSecond(Math.floorDiv(next, 1_000_000L), Math.floorMod(next, 1_000_000L) * 1000);
    }

    /** The smallest nice width that cuts the range into at most {@code maxBuckets} buckets. */
    static Duration defaultFor(Duration range, int maxBuckets) {
        for (Duration candidate : NICE) {
            if (range.toNanos() / candidate.toNanos() < maxBuckets) return candidate;
        }
        return range.dividedBy(maxBuckets).plusSeconds(1);
    }
}
