package io.trustplane.server.eventlog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * The consumers of the event log and how far each has committed. Retention deletes a segment only when
 * every registered consumer is past it, so a slower consumer (guard scanning) never loses records to a
 * faster one (the span projector).
 */
@Component
public class LogConsumers {
    private final Map<String, LongSupplier> committed = new ConcurrentHashMap<>();

    /** Registers a consumer by name; {@code committedOffset} returns -1 while it has not read its offset yet. */
    public void register(String name, LongSupplier committedOffset) {
        committed.put(name, committedOffset);
    }

    /** The lowest committed offset of all consumers, or -1 if any has not started. */
    public long minimumCommitted() {
        long min = Long.MAX_VALUE;
        for (LongSupplier s : committed.values()) {
            long offset = s.getAsLong();
            if (offset < 0) return -1;
            min = Math.min(min, offset);
        }
        return min == Long.MAX_VALUE ? -1 : min;
    }
}
