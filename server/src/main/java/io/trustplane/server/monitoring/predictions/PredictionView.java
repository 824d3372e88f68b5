package io.trustplane.server.monitoring.predictions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** A stored prediction as the query API shows it, with its ground truth when that has arrived. */
public record PredictionView(String id, Instant time, Map<String, Object> features, Outcome prediction,
                             @JsonProperty("protected") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> protectedAttributes,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> segments,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double latencyMs,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String error, Instant receivedAt, Truth groundTruth) {

    /** The predicted outcome; only the fields the client sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(String label, Double score, Map<String, Double> probabilities, Double value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Truth(String label, Double value, Instant time, Instant receivedAt) {
    }

    static PredictionView of(ProjectedPrediction p, ProjectedGroundTruth g) {
        Outcome outcome = p.label() == null && p.score() == null && p.probabilities() == null && p.value() == null
                ? null : new Outcome(p.label(), p.score(), p.probabilities(), p.value());
        Truth truth = g == null ? null : new Truth(g.label(), g.value(), g.time(), g.receivedAt());
        return new PredictionView(p.predictionId(), p.time(), p.features(), outcome, p.protectedAttributes(), p.segments(), p.latencyMs(),
                p.error(), p.receivedAt(), truth);
    }
}
