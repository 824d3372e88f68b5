package io.trustplane.server.monitoring.predictions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The ground truth of one request, for one model: one event-log record ({@link GroundTruthCodec}). */
public record GroundTruthBatch(UUID projectId, UUID modelId, Instant receivedAt, List<LoggedOutcome> outcomes) {
}
