package io.trustplane.server.monitoring.predictions;

import java.time.Instant;
import java.util.Map;

/**
 * One validated prediction as logged by a client (and as the event log carries it).
 *
 * @param features            name -> {@link Double}, {@link String}, {@link Boolean} or null (a missing value)
 * @param label               classification: the predicted class
 * @param score               binary classification: the positive class's score in [0, 1]; multiclass: the predicted label's
 * @param probabilities       classification: class -> probability in [0, 1]
 * @param value               regression: the predicted number
 * @param protectedAttributes declared protected attribute -> value
 * @param segments            tag -> value, for per-segment metrics
 * @param error               set when the model call failed (then there may be no prediction)
 */
public record LoggedPrediction(String id, Instant time, Map<String, Object> features, String label, Double score,
                               Map<String, Double> probabilities, Double value, Map<String, String> protectedAttributes,
                               Map<String, String> segments, Double latencyMs, String error) {
}
