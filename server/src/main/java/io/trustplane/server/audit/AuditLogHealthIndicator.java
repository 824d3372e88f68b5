package io.trustplane.server.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The audit log's state in the full health report ({@code /actuator/health}, admin): DOWN when the store failed
 * the integrity check at start. Deliberately not part of readiness: ingestion and queries keep working while
 * the operator investigates, only audited changes are refused.
 */
@Component("auditLogHealthIndicator")
public class AuditLogHealthIndicator implements HealthIndicator {
    private final AuditLog auditLog;
    private final Checkpoints checkpoints;

    public AuditLogHealthIndicator(AuditLog auditLog, Checkpoints checkpoints) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
    }

    @Override
    public Health health() {
        String problem = auditLog.integrityProblem();
        Health.Builder health = problem == null ? Health.up() : Health.down().withDetail("reason", problem);
        health.withDetail("entries", auditLog.size());
        checkpoints.latest().ifPresent(c -> health.withDetail("latestCheckpoint", c.size()));
        return health.build();
    }
}
