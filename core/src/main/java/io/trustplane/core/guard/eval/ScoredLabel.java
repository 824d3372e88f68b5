package io.trustplane.core.guard.eval;

/**
 * One evaluated example of a binary detector.
 *
 * @param positive the gold label (attack, secret)
 * @param score the detector's score in [0, 1]
 * @param flagged the detector's verdict at its configured threshold
 */
public record ScoredLabel(boolean positive, double score, boolean flagged) {
}
