package io.trustplane.server.gateway.limits;

import io.trustplane.server.gateway.OpenAiError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Per-key rate limits (requests and tokens per minute, token buckets) and quotas (tokens per key per UTC day, tokens
 * per project per UTC month) for gateway calls. A request reserves its estimated tokens when admitted; {@link #settle}
 * corrects the reservation with the upstream's usage, so a key that used more than estimated waits longer next time
 * and one that used less gets the difference back.
 *
 * <p>Over a limit: 429 in OpenAI's shape. Rate limits: {@code type} {@code requests} or {@code tokens}, {@code code}
 * {@code rate_limit_exceeded}, {@code Retry-After} (seconds) and {@code retry-after-ms} for when the bucket holds
 * enough again (the official clients wait that long and retry). Quotas: {@code type} and {@code code}
 * {@code insufficient_quota}, {@code Retry-After} until the next UTC day or month, and {@code x-should-retry: false}
 * so that clients do not retry in a loop.
 *
 * <p>In memory and per process: each server instance counts on its own, and a restart starts afresh (a distributed
 * mode would keep the counters in a shared store). O(1) per request: one map lookup and a lock per key (and per
 * project for the monthly quota), taken in that order.
 */
@Component
public class GatewayLimiter {
    private static final long DAY_MILLIS = 86_400_000L;

    private final GatewayLimitsProperties properties;
    private final Clock clock;
    private final Map<String, KeyState> keys = new ConcurrentHashMap<>();
    private final Map<UUID, ProjectState> projects = new ConcurrentHashMap<>();

    @Autowired
    public GatewayLimiter(GatewayLimitsProperties properties) {
        this(properties, Clock.systemUTC());
    }

    public GatewayLimiter(GatewayLimitsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Admits a request of a project key, reserving its estimated tokens, or rejects it with a 429.
     *
     * @param key the calling key's id or prefix (from the security principal); never a secret
     */
    public Admission admit(UUID projectId, String key, long estimatedTokens) {
        long now = clock.millis();
        GatewayLimitsProperties.Limits limits = properties.limits(projectId);
        KeyState k = keys.computeIfAbsent(projectId + "/" + key, id -> new KeyState(limits, now));
        ProjectState p = projects.computeIfAbsent(projectId, id -> new ProjectState());
        synchronized (k) {
            if (k.requests != null) {
                long wait = k.requests.waitMillis(1, now);
                if (wait > 0) return reject(projectId, key, rate("requests", "requests per minute (RPM)", k.requests.capacity(), wait));
            }
            if (k.tokens != null) {
                long wait = k.tokens.waitMillis(estimatedTokens, now);
                if (wait > 0) {
                    return reject(projectId, key, rate("tokens", "tokens per minute (TPM)", k.tokens.capacity(), wait));
                }
            }
            long day = now / DAY_MILLIS;
            if (k.day != day) {
                k.day = day;
                k.dayTokens = 0;
            }
            if (limits.tokensPerDay() > 0 && k.dayTokens >= limits.tokensPerDay()) {
                return reject(projectId, key, quota("this key's daily token quota", limits.tokensPerDay(), (day + 1) * DAY_MILLIS - now));
            }
            synchronized (p) {
                long month = month(now);
                if (p.month != month) {
                    p.month = month;
                    p.monthTokens = 0;
                }
                if (limits.projectTokensPerMonth() > 0 && p.monthTokens >= limits.projectTokensPerMonth()) {
                    return reject(projectId, key, quota("the project's monthly token quota", limits.projectTokensPerMonth(),
                            nextMonthMillis(now) - now));
                }
                p.monthTokens += estimatedTokens;
            }
            k.dayTokens += estimatedTokens;
            if (k.requests != null) k.requests.take(1, now);
            if (k.tokens != null) k.tokens.take(estimatedTokens, now);
            Map<String, String> headers = new LinkedHashMap<>();
            if (k.requests != null) {
                headers.put("x-ratelimit-limit-requests", Long.toString(k.requests.capacity()));
                headers.put("x-ratelimit-remaining-requests", Long.toString(k.requests.remaining(now)));
            }
            if (k.tokens != null) {
                headers.put("x-ratelimit-limit-tokens", Long.toString(k.tokens.capacity()));
                headers.put("x-ratelimit-remaining-tokens", Long.toString(k.tokens.remaining(now)));
            }
            return new Admission(projectId, key, estimatedTokens, null, headers);
        }
    }

    /** Replaces an admitted request's reservation with the tokens it used (from the upstream's {@code usage}). */
    public void settle(Admission admission, long usedTokens) {
        if (!admission.allowed()) return;
        long now = clock.millis();
        long difference = usedTokens - admission.reservedTokens();
        if (difference == 0) return;
        KeyState k = keys.get(admission.projectId() + "/" + admission.key());
        ProjectState p = projects.get(admission.projectId());
        if (k == null || p == null) return;
        synchronized (k) {
            if (k.tokens != null) k.tokens.adjust(difference, now);
            if (k.day == now / DAY_MILLIS) k.dayTokens = Math.max(0, k.dayTokens + difference);
            synchronized (p) {
                if (p.month == month(now)) p.monthTokens = Math.max(0, p.monthTokens + difference);
            }
        }
    }

    private static Admission reject(UUID projectId, String key, OpenAiError error) {
        return new Admission(projectId, key, 0, error, Map.of());
    }

    private static OpenAiError rate(String type, String what, long limit, long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return new OpenAiError(429, type, "rate_limit_exceeded", null, "Rate limit reached for " + what + " on this key: limit " + limit
                + ". Please try again in " + seconds + "s.",
                Map.of("Retry-After", Long.toString(seconds), "retry-after-ms", Long.toString(waitMillis)));
    }

    private static OpenAiError quota(String what, long limit, long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return new OpenAiError(429, "insufficient_quota", "insufficient_quota", null,
                "You exceeded " + what + " (" + limit + " tokens). It renews in " + seconds + "s.",
                Map.of("Retry-After", Long.toString(seconds), "x-should-retry", "false"));
    }

    private static long month(long millis) {
        LocalDate date = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
        return date.getYear() * 12L + date.getMonthValue();
    }

    private static long nextMonthMillis(long millis) {
        LocalDate first = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).plusMonths(1);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static final class KeyState {
        final TokenBucket requests;
        final TokenBucket tokens;
        long day = -1;
        long dayTokens;

        KeyState(GatewayLimitsProperties.Limits limits, long now) {
            this.requests = limits.requestsPerMinute() > 0 ? new TokenBucket(limits.requestsPerMinute(), now) : null;
            this.tokens = limits.tokensPerMinute() > 0 ? new TokenBucket(limits.tokensPerMinute(), now) : null;
        }
    }

    private static final class ProjectState {
        long month = -1;
        long monthTokens;
    }
}
