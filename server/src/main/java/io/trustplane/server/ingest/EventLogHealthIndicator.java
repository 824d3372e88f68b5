package io.trustplane.server.ingest;

import io.trustplane.server.eventlog.SegmentedFileLog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the ingestion pipeline: the event log accepts appends, and the projector is running and
 * has replayed everything that was in the log at start-up (so queries see all acknowledged data).
 */
@Component("eventLogHealthIndicator")
public class EventLogHealthIndicator implements HealthIndicator {
    private final SegmentedFileLog eventLog;
    private final SpanProjector projector;

    public EventLogHealthIndicator(SegmentedFileLog eventLog, SpanProjector projector) {
        this.eventLog = eventLog;
        this.projector = projector;
    }

    @Override
    public Health health() {
        Health.Builder health;
        if (!eventLog.healthy()) {
            health = Health.down().withDetail("reason", "the event log failed a write; restart the server");
        } else if (!projector.isAlive()) {
            health = Health.down().withDetail("reason", "the span projector is not running");
        } else if (!projector.caughtUp()) {
            health = Health.outOfService().withDetail("reason", "replaying the event log into the store");
        } else {
            health = Health.up();
        }
        return health.withDetail("durableEnd", eventLog.durableEnd())
                .withDetail("projectedOffset", projector.projectedOffset())
                .withDetail("lagBytes", projector.lagBytes())
                .build();
    }
}
