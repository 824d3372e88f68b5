package io.trustplane.server.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings.
 *
 * @param origin             the log's name in its checkpoints and the signing key's name; fixed at first
 *                           start (empty: {@code trustplane.local/audit/<random>}); a different value later is refused
 * @param checkpointInterval how often a checkpoint is signed when the log has grown
 * @param maxGroup           most entries committed in one store transaction
 * @param appendTimeout      how long a request waits for its entry to be durable before failing
 */
@ConfigurationProperties("trustplane.audit")
public record AuditProperties(
        @DefaultValue("") String origin,
        @DefaultValue("1s") Duration checkpointInterval,
        @DefaultValue("10000") int maxGroup,
        @DefaultValue("10s") Duration appendTimeout) {
}
