package io.trustplane.core.monitoring.trust;

import java.time.Instant;

/**
 * The trust score of one window: a point of the history.
 *
 * @param start the window's start
 * @param score the score with its breakdown
 */
public record TrustPoint(Instant start, TrustScore score) {
}
