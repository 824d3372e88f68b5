package io.trustplane.server.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rate limits and quotas on a hand-moved clock. */
class GatewayLimiterTest {
    static final UUID PROJECT = UUID.fromString("018f0000-0000-7000-8000-000000000001");

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock(Instant.parse("2026-03-31T23:59:00Z"));

    GatewayLimiter limiter(Long rpm, Long tpm, Long perDay, Long perMonth) {
        return new GatewayLimiter(new GatewayLimitsProperties(rpm, tpm, perDay, perMonth, null), clock);
    }

    @Test
    void requestsPerMinuteAllowABurstThenRefillEvenly() {
        GatewayLimiter limiter = limiter(60L, null, null, null);
        for (int i = 0; i < 60; i++) assertThat(limiter.admit(PROJECT, "tpk_a", 10).allowed()).isTrue();
        Admission rejected = limiter.admit(PROJECT, "tpk_a", 10);
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.rejection().status()).isEqualTo(429);
        assertThat(rejected.rejection().headers()).containsEntry("Retry-After", "1").containsEntry("retry-after-ms", "1000");
        assertThat(rejected.rejection().body().path("error").path("code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(rejected.rejection().body().path("error").path("type").asString()).isEqualTo("requests");
        assertThat(rejected.rejection().body().path("error").has("param")).isTrue();
        assertThat(limiter.admit(PROJECT, "tpk_b", 10).allowed()).as("another key has its own bucket").isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(limiter.admit(PROJECT, "tpk_a", 10).allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        Admission admitted = limiter.admit(PROJECT, "tpk_a", 10);
        assertThat(admitted.allowed()).isTrue();
        assertThat(admitted.headers()).containsEntry("x-ratelimit-limit-requests", "60").containsEntry("x-ratelimit-remaining-requests", "0");
    }

    @Test
    void tokensPerMinuteAreReservedFromTheEstimateAndSettledFromUsage() {
        GatewayLimiter limiter = limiter(null, 6000L, null, null);
        Admission first = limiter.admit(PROJECT, "k", 5000);
        assertThat(first.allowed()).isTrue();
        Admission second = limiter.admit(PROJECT, "k", 2000);
        assertThat(second.allowed()).isFalse();
        assertThat(second.rejection().body().path("error").path("type").asString()).isEqualTo("tokens");
        // 1000 missing at 100 per second
        assertThat(second.rejection().headers()).containsEntry("Retry-After", "10");
        limiter.settle(first, 1000); // it used far less than it reserved: 4000 come back
        assertThat(limiter.admit(PROJECT, "k", 2000).allowed()).isTrue();
        Admission third = limiter.admit(PROJECT, "k", 100);
        limiter.settle(third, 9100); // it used far more: a debt of 9000
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.admit(PROJECT, "k", 1).allowed()).isFalse();
    }

    @Test
    void aRequestLargerThanTheMinuteAllowancePassesFromAFullBucket() {
        GatewayLimiter limiter = limiter(null, 1000L, null, null);
        assertThat(limiter.admit(PROJECT, "k", 5000).allowed()).isTrue();
        assertThat(limiter.admit(PROJECT, "k", 1).allowed()).isFalse();
    }

    @Test
    void dailyKeyQuotaRenewsAtUtcMidnightAndIsNotRetried() {
        GatewayLimiter limiter = limiter(null, null, 1000L, null);
        assertThat(limiter.admit(PROJECT, "k", 600).allowed()).isTrue();
        assertThat(limiter.admit(PROJECT, "k", 600).allowed()).isTrue(); // the quota was not yet used up
        Admission over = limiter.admit(PROJECT, "k", 1);
        assertThat(over.allowed()).isFalse();
        assertThat(over.rejection().body().path("error").path("code").asString()).isEqualTo("insufficient_quota");
        assertThat(over.rejection().headers()).containsEntry("Retry-After", "60").containsEntry("x-should-retry", "false");
        clock.advance(Duration.ofMinutes(1)); // 2026-04-01T00:00Z
        assertThat(limiter.admit(PROJECT, "k", 1).allowed()).isTrue();
    }

    @Test
    void monthlyProjectQuotaCountsEveryKeyAndTheSettledUsage() {
        clock.now = Instant.parse("2026-04-30T12:00:00Z");
        GatewayLimiter limiter = limiter(null, null, null, 1000L);
        Admission a = limiter.admit(PROJECT, "k1", 100);
        limiter.settle(a, 700);
        assertThat(limiter.admit(PROJECT, "k2", 300).allowed()).isTrue(); // 700 used + 300 reserved: the quota is reached
        Admission over = limiter.admit(PROJECT, "k3", 1);
        assertThat(over.allowed()).isFalse();
        assertThat(over.rejection().headers()).containsEntry("Retry-After", Long.toString(12 * 3600));
        assertThat(limiter.admit(UUID.randomUUID(), "k1", 1).allowed()).as("other projects are not affected").isTrue();
        clock.advance(Duration.ofHours(12));
        assertThat(limiter.admit(PROJECT, "k3", 1).allowed()).isTrue();
    }

    @Test
    void perProjectOverridesReplaceOnlyWhatTheySet() {
        GatewayLimitsProperties properties = new GatewayLimitsProperties(100L, 5000L, null, null,
                Map.of(PROJECT, new GatewayLimitsProperties.Override(1L, null, null, null)));
        GatewayLimiter limiter = new GatewayLimiter(properties, clock);
        assertThat(properties.limits(PROJECT).tokensPerMinute()).isEqualTo(5000);
        assertThat(limiter.admit(PROJECT, "k", 1).allowed()).isTrue();
        assertThat(limiter.admit(PROJECT, "k", 1).allowed()).isFalse();
        UUID other = UUID.randomUUID();
        for (int i = 0; i < 100; i++) assertThat(limiter.admit(other, "k", 1).allowed()).isTrue();
    }

    @Test
    void unlimitedByDefault() {
        GatewayLimiter limiter = limiter(null, null, null, null);
        for (int i = 0; i < 10_000; i++) assertThat(limiter.admit(PROJECT, "k", 1_000_000).allowed()).isTrue();
    }
}
