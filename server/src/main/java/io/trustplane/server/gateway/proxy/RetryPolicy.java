package io.trustplane.server.gateway.proxy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * When a failed upstream attempt is worth repeating, and how long to wait first. Transient: no connection, a timeout,
 * and the statuses that say "try again" (408, 429, 500, 502, 503, 504). Other answers, including 4xx client errors, are
 * the upstream's answer to this request and go back to the client as they are.
 */
final class RetryPolicy {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private RetryPolicy() {
    }

    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Exponential backoff with jitter before retry number {@code retry} (1 for the first): half of
     * {@code base × 2^(retry-1)} fixed and half random, so that many clients failing together do not retry together.
     */
    static Duration backoff(int retry, Duration base) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), base.toMillis() << Math.min(retry - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    /**
     * The wait the upstream asked for: OpenAI's {@code retry-after-ms}, else {@code Retry-After} in seconds or as an
     * HTTP date. Empty when it asked for none (or something unreadable).
     *
     * @param header a response header's first value by name
     */
    static Optional<Duration> retryAfter(Function<String, Optional<String>> header, Instant now) {
        Optional<String> millis = header.apply("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().trim()))));
            } catch (NumberFormatException e) {
                // fall back to Retry-After
            }
        }
        Optional<String> value = header.apply("retry-after");
        if (value.isEmpty()) return Optional.empty();
        String text = value.get().trim();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(text) * 1000))));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
