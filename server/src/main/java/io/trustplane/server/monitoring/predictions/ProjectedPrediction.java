package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.registry.ModelTask;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A prediction as stored, with what aggregates need to place it (project, model, version, time, segments) and to score
 * it (the model's task and positive class). Plain Java values; times have the store's microsecond precision.
 *
 * @param features            name -> {@link Double}, {@link String}, {@link Boolean} or null (missing); unmodifiable
 * @param label               classification: the predicted class (null when the call failed)
 * @param score               binary: the positive class's score; multiclass: the predicted label's; null if not sent
 * @param probabilities       class -> probability, or null if not sent
 * @param value               regression: the predicted number (null when the call failed)
 * @param protectedAttributes declared protected attribute -> value (only those sent)
 * @param segments            tag -> value (only those sent)
 * @param error               the failure message when the model call failed, else null
 */
public record ProjectedPrediction(UUID projectId, UUID modelId, UUID versionId, ModelTask task, String positiveClass,
                                  String predictionId, Instant time, Map<String, Object> features, String label, Double score,
                                  Map<String, Double> probabilities, Double value, Map<String, String> protectedAttributes,
                                  Map<String, String> segments, Double latencyMs, String error, Instant receivedAt) {

    public boolean failed() {
        return error != null;
    }
}
