package io.trustplane.core.monitoring.performance;

import java.util.List;

/**
 * Expected calibration error and its reliability diagram.
 *
 * <p>ECE = Σ over bins (nᵦ / n) · |observed rateᵦ − mean confidenceᵦ|, equal-width bins on [0, 1], weighted by
 * count (Naeini et al. 2015; Guo et al., <i>On Calibration of Modern Neural Networks</i>, 2017).
 *
 * @param expectedCalibrationError the ECE, undefined when no row had a score
 * @param kind                     what the confidence was
 * @param bins                     every bin in order, empty ones included, for a reliability diagram
 */
public record Calibration(MetricValue expectedCalibrationError, Kind kind, List<ReliabilityBin> bins) {

    public Calibration {
        bins = List.copyOf(bins);
    }

    public enum Kind {
        /** Binary: the positive class's score against whether the actual label was the positive class. */
        POSITIVE_CLASS,
        /** Multiclass: the highest probability against whether its class was the actual label. */
        TOP_LABEL
    }
}
