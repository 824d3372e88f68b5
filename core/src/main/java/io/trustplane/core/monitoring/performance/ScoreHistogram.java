package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of positives and negatives per score in [0, 1], enough for the exact ROC AUC of everything added.
 *
 * <p>While there are at most {@code maxDistinct} distinct scores it keeps each one exactly, so the AUC is
 * exact (ties count ½ as in Mann–Whitney). Past that it moves, for good, to a fixed grid of {@code gridBins}
 * equal-width bins on [0, 1] (bin {@code min(⌊s·bins⌋, bins − 1)}), where the size stays bounded and the AUC
 * becomes approximate with a known maximum error ({@link RocAuc#maxError()}). The switch depends only on the
 * set of distinct scores, so a merge of two histograms ends in the same mode, with the same counts, as adding
 * their union.
 *
 * <p>Size: at most {@code max(maxDistinct, gridBins)} entries; serialized about 10 bytes an entry exact
 * (score, two varint counts), 4 to 6 a non-empty bin on the grid.
 */
final class ScoreHistogram {

    private final int maxDistinct;
    private final int gridBins;
    /** score → {positives, negatives}; null once on the grid. */
    private Map<Double, long[]> exact = new HashMap<>();
    private long[] gridPositives;
    private long[] gridNegatives;

    ScoreHistogram(int maxDistinct, int gridBins) {
        this.maxDistinct = maxDistinct;
        this.gridBins = gridBins;
    }

    ScoreHistogram copy() {
        ScoreHistogram copy = new ScoreHistogram(maxDistinct, gridBins);
        copy.merge(this);
        return copy;
    }

    boolean isExact() {
        return exact != null;
    }

    /** Adds {@code count} rows with {@code score} (in [0, 1], checked by the caller) and this label. */
    void add(double score, boolean positive, long count) {
        add(score, positive ? count : 0, positive ? 0 : count);
    }

    private void add(double score, long positives, long negatives) {
        if (exact != null) {
            long[] counts = exact.computeIfAbsent(score + 0.0, s -> new long[2]); // + 0.0 folds −0.0 into 0.0
            counts[0] += positives;
            counts[1] += negatives;
            if (exact.size() > maxDistinct) {
                moveToGrid();
            }
        } else {
            int bin = bin(score);
            gridPositives[bin] += positives;
            gridNegatives[bin] += negatives;
        }
    }

    private int bin(double score) {
        return (int) Math.min(Math.floor(score * gridBins), gridBins - 1);
    }

    private void moveToGrid() {
        Map<Double, long[]> entries = exact;
        exact = null;
        gridPositives = new long[gridBins];
        gridNegatives = new long[gridBins];
        entries.forEach((score, counts) -> add(score, counts[0], counts[1]));
    }

    void merge(ScoreHistogram other) {
        if (other.exact != null) {
            other.exact.forEach((score, counts) -> add(score, counts[0], counts[1]));
        } else {
            if (exact != null) {
                moveToGrid();
            }
            for (int i = 0; i < gridBins; i++) {
                gridPositives[i] += other.gridPositives[i];
                gridNegatives[i] += other.gridNegatives[i];
            }
        }
    }

    /** Positive rows added. */
    long positives() {
        return exact != null ? exact.values().stream().mapToLong(c -> c[0]).sum() : Arrays.stream(gridPositives).sum();
    }

    /** Negative rows added. */
    long negatives() {
        return exact != null ? exact.values().stream().mapToLong(c -> c[1]).sum() : Arrays.stream(gridNegatives).sum();
    }

    /**
     * The AUC of the scores, plus {@code zeroPositives} and {@code zeroNegatives} rows at score 0 (the implicit
     * zero probabilities of a class a row did not list).
     */
    RocAuc rocAuc(long zeroPositives, long zeroNegatives) {
        double[] scores;
        long[] positives;
        long[] negatives;
        if (exact != null) {
            Map<Double, long[]> all = new HashMap<>(exact);
            if (zeroPositives + zeroNegatives > 0) {
                long[] zero = all.getOrDefault(0.0, new long[2]);
                all.put(0.0, new long[] {zero[0] + zeroPositives, zero[1] + zeroNegatives});
            }
            scores = all.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            positives = new long[scores.length];
            negatives = new long[scores.length];
            for (int i = 0; i < scores.length; i++) {
                long[] counts = all.get(scores[i]);
                positives[i] = counts[0];
                negatives[i] = counts[1];
            }
        } else {
            positives = gridPositives.clone();
            negatives = gridNegatives.clone();
            positives[0] += zeroPositives;
            negatives[0] += zeroNegatives;
        }
        return auc(positives, negatives, exact == null);
    }

    /** Mann–Whitney over ascending score groups: each positive beats the negatives below it, ties count ½. */
    private static RocAuc auc(long[] positives, long[] negatives, boolean grid) {
        long totalPositives = Arrays.stream(positives).sum();
        long totalNegatives = Arrays.stream(negatives).sum();
        if (totalPositives == 0 || totalNegatives == 0) {
            return RocAuc.undefined(totalPositives == 0 && totalNegatives == 0 ? "no scored rows"
                    : "only one class among the scored rows (" + (totalPositives == 0 ? "no positives)" : "no negatives)"));
        }
        // Twice the U statistic, in exact integer arithmetic: 2·pos·(negatives below) + pos·(negatives tied).
        long twiceU = 0;
        long tiedPairs = 0;
        long negativesBelow = 0;
        for (int i = 0; i < positives.length; i++) {
            twiceU = Math.addExact(twiceU, Math.addExact(Math.multiplyExact(2 * positives[i], negativesBelow),
                    Math.multiplyExact(positives[i], negatives[i])));
            tiedPairs += positives[i] * negatives[i];
            negativesBelow += negatives[i];
        }
        double pairs = (double) totalPositives * totalNegatives;
        double value = twiceU / (2 * pairs);
        double maxError = grid ? tiedPairs / (2 * pairs) : 0;
        return new RocAuc(MetricValue.of(value), grid, maxError, Map.of());
    }

    void write(DataOutput out) throws IOException {
        if (exact != null) {
            out.writeByte(0);
            double[] scores = exact.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            StateCodec.writeCount(out, scores.length);
            for (double score : scores) {
                long[] counts = exact.get(score);
                out.writeDouble(score);
                StateCodec.writeCount(out, counts[0]);
                StateCodec.writeCount(out, counts[1]);
            }
        } else {
            out.writeByte(1);
            int nonEmpty = 0;
            for (int i = 0; i < gridBins; i++) {
                if (gridPositives[i] + gridNegatives[i] > 0) {
                    nonEmpty++;
                }
            }
            StateCodec.writeCount(out, nonEmpty);
            for (int i = 0; i < gridBins; i++) {
                if (gridPositives[i] + gridNegatives[i] > 0) {
                    StateCodec.writeCount(out, i);
                    StateCodec.writeCount(out, gridPositives[i]);
                    StateCodec.writeCount(out, gridNegatives[i]);
                }
            }
        }
    }

    static ScoreHistogram read(DataInput in, int maxDistinct, int gridBins) throws IOException {
        ScoreHistogram histogram = new ScoreHistogram(maxDistinct, gridBins);
        int mode = in.readUnsignedByte();
        if (mode == 0) {
            int n = StateCodec.readSize(in, maxDistinct, "distinct scores");
            for (int i = 0; i < n; i++) {
                double score = in.readDouble();
                if (!(score >= 0 && score <= 1)) {
                    throw new IllegalArgumentException("malformed state: score " + score + " outside [0, 1]");
                }
                histogram.add(score, StateCodec.readCount(in), StateCodec.readCount(in));
            }
        } else if (mode == 1) {
            histogram.moveToGrid();
            int n = StateCodec.readSize(in, gridBins, "grid bins");
            for (int i = 0; i < n; i++) {
                int bin = StateCodec.readSize(in, gridBins - 1, "as a grid bin index");
                histogram.gridPositives[bin] += StateCodec.readCount(in);
                histogram.gridNegatives[bin] += StateCodec.readCount(in);
            }
        } else {
            throw new IllegalArgumentException("malformed state: score histogram mode " + mode);
        }
        return histogram;
    }
}
