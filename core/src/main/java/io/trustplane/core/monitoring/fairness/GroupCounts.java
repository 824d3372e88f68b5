package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** The six counters of one group; all a group's metrics derive from them. */
final class GroupCounts {

    long predictions;
    long predictedFavourable;
    long truePositives;
    long falsePositives;
    long trueNegatives;
    long falseNegatives;

    void addPrediction(boolean favourable) {
        predictions++;
        if (favourable) {
            predictedFavourable++;
        }
    }

    void addOutcome(boolean predicted, boolean actual) {
        if (predicted) {
            if (actual) {
                truePositives++;
            } else {
                falsePositives++;
            }
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    long labelled() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    void merge(GroupCounts o) {
        predictions += o.predictions;
        predictedFavourable += o.predictedFavourable;
        truePositives += o.truePositives;
        falsePositives += o.falsePositives;
        trueNegatives += o.trueNegatives;
        falseNegatives += o.falseNegatives;
    }

    void write(DataOutput out) throws IOException {
        for (long c : new long[] {predictions, predictedFavourable, truePositives, falsePositives, trueNegatives,
                falseNegatives}) {
            StateCodec.writeCount(out, c);
        }
    }

    static GroupCounts read(DataInput in) throws IOException {
        GroupCounts c = new GroupCounts();
        c.predictions = StateCodec.readCount(in);
        c.predictedFavourable = StateCodec.readCount(in);
        c.truePositives = StateCodec.readCount(in);
        c.falsePositives = StateCodec.readCount(in);
        c.trueNegatives = StateCodec.readCount(in);
        c.falseNegatives = StateCodec.readCount(in);
        if (c.predictedFavourable > c.predictions) {
            throw new IllegalArgumentException("malformed state: more favourable predictions than predictions");
        }
        return c;
    }
}
