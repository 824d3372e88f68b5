package io.trustplane.server.monitoring.predictions;

import java.time.Instant;

/**
 * One validated ground-truth item: the observed outcome of a prediction id of a model.
 *
 * @param label classification: the true class
 * @param value regression: the true number
 * @param time  when the outcome was observed (default: when it was received)
 */
public record LoggedOutcome(String predictionId, String label, Double value, Instant time) {
}
