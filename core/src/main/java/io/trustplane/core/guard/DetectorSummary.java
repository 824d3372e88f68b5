package io.trustplane.core.guard;

import java.util.List;

/**
 * One detector's results over all segments of a request.
 *
 * @param detector the detector's name
 * @param score the highest score over the segments it scanned
 * @param flagged whether any segment reached the detector's threshold
 * @param nanos time the detector spent on this request
 * @param findings all findings, in segment order
 */
public record DetectorSummary(String detector, double score, boolean flagged, long nanos, List<LocatedFinding> findings) {
    public DetectorSummary {
        findings = List.copyOf(findings);
    }
}
