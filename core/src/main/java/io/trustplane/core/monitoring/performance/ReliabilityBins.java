package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Per equal-width bin of confidence: the count, the exact sum of confidences and the count of hits; the
 * state behind {@link Calibration}. Bin of confidence c: {@code min(⌊c · bins⌋, bins − 1)}, so 1 falls in the last.
 * Size: three numbers a bin.
 */
final class ReliabilityBins {

    private final long[] counts;
    private final long[] hits;
    private final ExactSum[] confidenceSums;

    ReliabilityBins(int bins) {
        counts = new long[bins];
        hits = new long[bins];
        confidenceSums = new ExactSum[bins];
        for (int i = 0; i < bins; i++) {
            confidenceSums[i] = new ExactSum();
        }
    }

    void add(double confidence, boolean hit) {
        int bin = (int) Math.min(Math.floor(confidence * counts.length), counts.length - 1);
        counts[bin]++;
        confidenceSums[bin].add(confidence);
        if (hit) {
            hits[bin]++;
        }
    }

    void merge(ReliabilityBins other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
            hits[i] += other.hits[i];
            confidenceSums[i].add(other.confidenceSums[i]);
        }
    }

    Calibration calibration(Calibration.Kind kind) {
        int bins = counts.length;
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        List<ReliabilityBin> diagram = new ArrayList<>(bins);
        ExactSum ece = new ExactSum();
        for (int i = 0; i < bins; i++) {
            MetricValue confidence = MetricValue.ratio(confidenceSums[i].value(), counts[i], "empty bin");
            MetricValue observed = MetricValue.ratio(hits[i], counts[i], "empty bin");
            diagram.add(new ReliabilityBin((double) i / bins, (double) (i + 1) / bins, counts[i], confidence, observed));
            if (counts[i] > 0) {
                ece.add((double) counts[i] / total * Math.abs(observed.get() - confidence.get()));
            }
        }
        MetricValue value = total == 0 ? MetricValue.undefined("no scored rows") : MetricValue.of(ece.value());
        return new Calibration(value, kind, diagram);
    }

    void write(DataOutput out) throws IOException {
        for (int i = 0; i < counts.length; i++) {
            StateCodec.writeCount(out, counts[i]);
            StateCodec.writeCount(out, hits[i]);
            confidenceSums[i].write(out);
        }
    }

    static ReliabilityBins read(DataInput in, int bins) throws IOException {
        ReliabilityBins state = new ReliabilityBins(bins);
        for (int i = 0; i < bins; i++) {
            state.counts[i] = StateCodec.readCount(in);
            state.hits[i] = StateCodec.readCount(in);
            if (state.hits[i] > state.counts[i]) {
                throw new IllegalArgumentException("malformed state: more hits than rows in calibration bin " + i);
            }
            state.confidenceSums[i] = ExactSum.read(in);
        }
        return state;
    }
}
