package io.trustplane.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What all detectors found in one request, before any policy decided what to do about it.
 *
 * @param detectors one summary per detector, in the engine's order
 * @param totalNanos wall time of the whole scan
 */
public record GuardReport(List<DetectorSummary> detectors, long totalNanos) {
    public GuardReport {
        detectors = List.copyOf(detectors);
    }

    public Optional<DetectorSummary> detector(String name) {
        return detectors.stream().filter(d -> d.detector().equals(name)).findFirst();
    }

    public List<LocatedFinding> findings() {
        List<LocatedFinding> all = new ArrayList<>();
        for (DetectorSummary d : detectors) {
            all.addAll(d.findings());
        }
        return all;
    }
}
