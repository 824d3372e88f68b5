package io.trustplane.core.guard;

import java.util.List;
import java.util.Objects;

/**
 * What one detector concluded about one segment.
 *
 * @param detector the detector's name
 * @param score in [0, 1]; higher means more likely the thing the detector looks for is there
 * @param flagged whether {@code score} reached the detector's configured threshold
 * @param findings the evidence, ordered by start
 */
public record DetectorResult(String detector, double score, boolean flagged, List<Finding> findings) {
    public DetectorResult {
        Objects.requireNonNull(detector, "detector");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
        findings = List.copyOf(findings);
    }

    public static DetectorResult clean(String detector) {
        return new DetectorResult(detector, 0, false, List.of());
    }

    /** A result whose score is the highest finding confidence, flagged at {@code threshold}. */
    public static DetectorResult of(String detector, List<Finding> findings, double threshold) {
        double score = 0;
        for (Finding f : findings) {
            score = Math.max(score, f.confidence());
        }
        List<Finding> sorted = findings.stream()
                .sorted(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
                .toList();
        return new DetectorResult(detector, score, score >= threshold && !findings.isEmpty(), sorted);
    }
}
