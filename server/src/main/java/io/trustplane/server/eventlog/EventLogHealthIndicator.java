package io.trustplane.server.eventlog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the pipeline behind the event log: the log accepts appends, and every consumer that
 * {@linkplain LogConsumer.Settings#gatesReadiness() gates readiness} (the span projector, the prediction projector) is
 * running and has replayed everything that was in the log at start-up, so queries see all acknowledged data. The
 * details list each running consumer's committed offset and lag, including those readiness does not wait for.
 */
@Component("eventLogHealthIndicator")
public class EventLogHealthIndicator implements HealthIndicator {
    private final EventLog eventLog;
    private final List<LogConsumer> consumers;

    public EventLogHealthIndicator(EventLog eventLog, List<LogConsumer> consumers) {
        this.eventLog = eventLog;
        this.consumers = List.copyOf(consumers);
    }

    @Override
    public Health health() {
        Map<String, Object> offsets = new LinkedHashMap<>();
        for (LogConsumer consumer : consumers) {
            if (!consumer.settings().enabled()) continue;
            offsets.put(consumer.settings().name(), Map.of("committedOffset", consumer.committedOffset(),
                    "lagBytes", consumer.lagBytes(), "caughtUp", consumer.caughtUp()));
        }
        return status().withDetail("durableEnd", eventLog.durableEnd()).withDetail("consumers", offsets).build();
    }

    private Health.Builder status() {
        if (!eventLog.healthy()) {
            return Health.down().withDetail("reason", "the event log failed a write; restart the server");
        }
        for (LogConsumer consumer : consumers) {
            if (gates(consumer) && !consumer.isAlive()) {
                return Health.down().withDetail("reason", "the " + consumer.settings().title() + " is not running");
            }
        }
        for (LogConsumer consumer : consumers) {
            if (gates(consumer) && !consumer.caughtUp()) {
                return Health.outOfService().withDetail("reason", "the " + consumer.settings().title()
                        + " is replaying the event log into the store");
            }
        }
        return Health.up();
    }

    private static boolean gates(LogConsumer consumer) {
        return consumer.settings().enabled() && consumer.settings().gatesReadiness();
    }
}
