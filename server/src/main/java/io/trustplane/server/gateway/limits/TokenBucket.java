package io.trustplane.server.gateway.limits;

/**
 * A token bucket of {@code capacity} that refills at {@code capacity} per minute, continuously: a burst of a whole
 * minute's allowance is possible, and after it the allowance comes back evenly. The level may go below zero (a
 * request that used more than it reserved leaves a debt that later requests wait out). Not thread-safe: its owner
 * locks.
 */
final class TokenBucket {
    private final long capacity;
    private final double perMilli;
    private double level;
    private long at;

    TokenBucket(long capacity, long nowMillis) {
        this.capacity = capacity;
        this.perMilli = capacity / 60_000.0;
        this.level = capacity;
        this.at = nowMillis;
    }

    long capacity() {
        return capacity;
    }

    private void refill(long nowMillis) {
        if (nowMillis > at) {
            level = Math.min(capacity, level + (nowMillis - at) * perMilli);
            at = nowMillis;
        }
    }

    /**
     * Milliseconds until {@code amount} (at most the capacity, so a request larger than a minute's allowance can still
     * pass from a full bucket) is available; 0 when it is now.
     */
    long waitMillis(long amount, long nowMillis) {
        refill(nowMillis);
        double need = Math.min(amount, capacity);
        if (level >= need) return 0;
        return (long) Math.ceil((need - level) / perMilli);
    }

    void take(long amount, long nowMillis) {
        refill(nowMillis);
        level -= amount;
    }

    /** Returns ({@code amount} < 0) or takes more; never above the capacity. */
    void adjust(long amount, long nowMillis) {
        refill(nowMillis);
        level = Math.min(capacity, level - amount);
    }

    long remaining(long nowMillis) {
        refill(nowMillis);
        return Math.max(0, (long) Math.floor(level));
    }
}
