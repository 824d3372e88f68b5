package io.trustplane.server.monitoring.predictions;

import java.time.Instant;
import java.util.UUID;

/**
 * The observed outcome of a prediction id of a model, as stored (the first copy received wins).
 *
 * @param label classification: the true class (null for regression)
 * @param value regression: the true number (null for classification)
 * @param time  when the outcome was observed
 */
public record ProjectedGroundTruth(UUID projectId, UUID modelId, String predictionId, String label, Double value, Instant time,
                                   Instant receivedAt) {
}
