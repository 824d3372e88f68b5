package io.trustplane.server.monitoring.predictions;

/**
 * A prediction and its ground truth, met for the first time in this projection transaction (whichever of the two
 * arrived second). A ground truth joins the prediction of every version of its model that logged the same prediction
 * id, so one ground truth may give several outcomes, one per version.
 */
public record JoinedOutcome(ProjectedPrediction prediction, ProjectedGroundTruth groundTruth) {
}
