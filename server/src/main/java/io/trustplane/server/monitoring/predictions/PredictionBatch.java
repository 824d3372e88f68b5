package io.trustplane.server.monitoring.predictions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The predictions of one request, for one model version: one event-log record ({@link PredictionCodec}). */
public record PredictionBatch(UUID projectId, UUID modelId, UUID versionId, Instant receivedAt, List<LoggedPrediction> predictions) {
}
