package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The performance state of a binary or multiclass classifier over one window and segment: rows of (actual
 * label, predicted label, optional score or probabilities), mergeable and serializable.
 *
 * <p>Only joined rows belong here: every metric needs the ground truth. The server adds a row when a
 * prediction's ground truth arrives, to the accumulator of the prediction's window.
 *
 * <p><b>State and its bound.</b> A confusion matrix over at most {@link ClassificationConfig#maxClasses()}
 * labels; the exact sum of log losses; {@link ClassificationConfig#calibrationBins()} reliability bins; and
 * score histograms for the ROC AUC: one for a binary classifier, one per class listed in the probabilities of
 * a multiclass one, each of at most {@code max(maxDistinctScores, gridBins)} entries ({@link ScoreHistogram}).
 * With the defaults a binary accumulator serializes to at most about 100 KB (10,000 distinct scores) and
 * usually a few hundred bytes; a multiclass one to at most that per class plus the confusion matrix.
 *
 * <p><b>Merging.</b> Counts are integers and sums are exact ({@link ExactSum}), so {@code a.merge(b)} gives
 * the same metrics, bit for bit, and the same bytes as one accumulator fed the rows of both, in any order.
 *
 * <p><b>Scores.</b> Binary: the positive class's probability in [0, 1], or probabilities per class (the
 * positive class's share is the score). Multiclass: probabilities per class; a class a row does not list has
 * probability 0 for that row. Probabilities must be finite and non-negative and sum to 1 within
 * {@value #PROBABILITY_SUM_TOLERANCE}: they are then divided by their sum, so rounding in the logged values does
 * not matter, while a sum further off (logits, percentages, a truncated top-k list) is refused as a likely
 * mistake rather than silently rescaled.
 *
 * <p>Not thread-safe; the server updates each accumulator from one thread.
 */
public final class ClassificationAccumulator {

    /** How far from 1 the probabilities of a row may sum before the row is refused. */
    public static final double PROBABILITY_SUM_TOLERANCE = 0.01;
    /** Log loss clips probabilities to [EPSILON, 1 − EPSILON], as sklearn's {@code log_loss} did (eps=1e-15). */
    public static final double LOG_LOSS_EPSILON = 1e-15;
    /** Longest label accepted, in characters. */
    public static final int MAX_LABEL_LENGTH = 1_000;

    private static final int MAGIC = 0x54504341; // "TPCA"
    private static final int VERSION = 1;

    private final ClassificationConfig config;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** confusion[actual][predicted], square, grown as labels appear. */
    private long[][] confusion = new long[0][0];
    private long count;
    private long scoredCount;
    private final ExactSum logLossSum = new ExactSum();
    private final ReliabilityBins reliability;
    /** Binary: scores of the positive class. */
    private final ScoreHistogram positiveScores;
    /** Multiclass, per label index: the probabilities a row listed for the class (null until one did). */
    private final List<ScoreHistogram> classScores = new ArrayList<>();
    /** Multiclass, per label index: scored rows whose actual label is the class. */
    private long[] scoredActual = new long[0];

    public ClassificationAccumulator(ClassificationConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.reliability = new ReliabilityBins(config.calibrationBins());
        this.positiveScores = config.isBinary()
                ? new ScoreHistogram(config.maxDistinctScores(), config.gridBins()) : null;
    }

    public ClassificationConfig config() {
        return config;
    }

    /** Rows added so far. */
    public long count() {
        return count;
    }

    /** Adds a row without a score: it counts for the label metrics, not for ROC AUC, log loss or calibration. */
    public void add(String actual, String predicted) {
        checkLabel("actual", actual);
        checkLabel("predicted", predicted);
        registerLabels(List.of(actual, predicted));
        countRow(actual, predicted);
    }

    /**
     * Adds a row of a binary classifier with the positive class's score.
     *
     * @throws IllegalArgumentException for a multiclass configuration, or a score outside [0, 1]
     */
    public void add(String actual, String predicted, double positiveScore) {
        if (!config.isBinary()) {
            throw new IllegalArgumentException("a positive-class score needs a binary classifier configured with "
                    + "its positive class; give a multiclass classifier's probabilities per class");
        }
        checkLabel("actual", actual);
        checkLabel("predicted", predicted);
        checkProbability("score", positiveScore);
        registerLabels(List.of(actual, predicted));
        countRow(actual, predicted);
        addPositiveScore(actual, positiveScore);
    }

    /**
     * Adds a row with probabilities per class (see the class comment for how they are checked and normalised).
     * For a binary classifier the positive class's share is its score.
     */
    public void add(String actual, String predicted, Map<String, Double> probabilities) {
        checkLabel("actual", actual);
        checkLabel("predicted", predicted);
        double sum = checkProbabilities(probabilities);
        Set<String> rowLabels = new LinkedHashSet<>();
        rowLabels.add(actual);
        rowLabels.add(predicted);
        if (!config.isBinary()) {
            rowLabels.addAll(probabilities.keySet());
        }
        registerLabels(rowLabels);
        countRow(actual, predicted);
        if (config.isBinary()) {
            addPositiveScore(actual, probabilities.getOrDefault(config.positiveClass(), 0.0) / sum);
            return;
        }
        scoredCount++;
        int actualIndex = index.get(actual);
        scoredActual[actualIndex]++;
        String top = null;
        double topProbability = -1;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            double p = e.getValue() / sum;
            int i = index.get(e.getKey());
            ScoreHistogram histogram = classScores.get(i);
            if (histogram == null) {
                histogram = new ScoreHistogram(config.maxDistinctScores(), config.gridBins());
                classScores.set(i, histogram);
            }
            histogram.add(p, i == actualIndex, 1);
            if (p > topProbability || (p == topProbability && e.getKey().compareTo(top) < 0)) {
                top = e.getKey();
                topProbability = p;
            }
        }
        logLossSum.add(logLoss(probabilities.getOrDefault(actual, 0.0) / sum));
        reliability.add(topProbability, top.equals(actual));
    }

    private void addPositiveScore(String actual, double score) {
        boolean positive = actual.equals(config.positiveClass());
        scoredCount++;
        positiveScores.add(score, positive, 1);
        logLossSum.add(logLoss(positive ? score : 1 - score));
        reliability.add(score, positive);
    }

    private static double logLoss(double probabilityOfActual) {
        return -Math.log(Math.min(Math.max(probabilityOfActual, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON));
    }

    private void countRow(String actual, String predicted) {
        confusion[index.get(actual)][index.get(predicted)]++;
        count++;
    }

    /** Adds the labels not yet known, or none of them if that would pass the class limit. */
    private void registerLabels(Iterable<String> candidates) {
        Set<String> added = new LinkedHashSet<>();
        for (String label : candidates) {
            if (!index.containsKey(label)) {
                added.add(label);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        if (labels.size() + added.size() > config.maxClasses()) {
            throw new IllegalArgumentException("more than " + config.maxClasses() + " distinct labels (the limit "
                    + "of this accumulator, ClassificationConfig.maxClasses)");
        }
        for (String label : added) {
            index.put(label, labels.size());
            labels.add(label);
            classScores.add(null);
        }
        int k = labels.size();
        long[][] grown = new long[k][k];
        for (int i = 0; i < confusion.length; i++) {
            System.arraycopy(confusion[i], 0, grown[i], 0, confusion.length);
        }
        confusion = grown;
        scoredActual = Arrays.copyOf(scoredActual, k);
    }

    private static void checkLabel(String what, String label) {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException(what + " label must not be null or empty");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException(what + " label is longer than " + MAX_LABEL_LENGTH + " characters");
        }
    }

    private static void checkProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1]: " + p);
        }
    }

    /**
     * Checks a row's probabilities and returns their sum, added in ascending order of value so that it does not
     * depend on the map's iteration order (which would move a normalised probability across a bin edge).
     */
    private static double checkProbabilities(Map<String, Double> probabilities) {
        if (probabilities == null || probabilities.isEmpty()) {
            throw new IllegalArgumentException("probabilities must name at least one class");
        }
        double[] values = new double[probabilities.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            checkLabel("probability's class", e.getKey());
            Double p = e.getValue();
            if (p == null || !(p >= 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException("probability of class " + e.getKey()
                        + " must be finite and non-negative: " + p);
            }
            values[n++] = p;
        }
        Arrays.sort(values);
        double total = 0;
        for (double p : values) {
            total += p;
        }
        if (Math.abs(total - 1) > PROBABILITY_SUM_TOLERANCE) {
            throw new IllegalArgumentException("probabilities sum to " + total + ", not 1 (tolerance "
                    + PROBABILITY_SUM_TOLERANCE + "); are they logits, percentages or a truncated list?");
        }
        return total;
    }

    /** Adds another accumulator's rows to this one. Both must have equal configurations. */
    public void merge(ClassificationAccumulator other) {
        if (!config.equals(other.config)) {
            throw new IllegalArgumentException("cannot merge classification accumulators with different "
                    + "configurations: " + config + " and " + other.config);
        }
        registerLabels(other.labels);
        int[] map = new int[other.labels.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = index.get(other.labels.get(i));
        }
        for (int a = 0; a < map.length; a++) {
            for (int p = 0; p < map.length; p++) {
                confusion[map[a]][map[p]] += other.confusion[a][p];
            }
            scoredActual[map[a]] += other.scoredActual[a];
            ScoreHistogram theirs = other.classScores.get(a);
            if (theirs != null) {
                ScoreHistogram mine = classScores.get(map[a]);
                if (mine == null) {
                    classScores.set(map[a], theirs.copy());
                } else {
                    mine.merge(theirs);
                }
            }
        }
        count += other.count;
        scoredCount += other.scoredCount;
        logLossSum.add(other.logLossSum);
        reliability.merge(other.reliability);
        if (positiveScores != null) {
            positiveScores.merge(other.positiveScores);
        }
    }

    /** A deep copy, e.g. to merge windows without changing a cached one. */
    public ClassificationAccumulator copy() {
        ClassificationAccumulator copy = new ClassificationAccumulator(config);
        copy.merge(this);
        return copy;
    }

    public ClassificationMetrics metrics() {
        long[] support = new long[labels.size()];
        long[] predicted = new long[labels.size()];
        long correct = 0;
        for (int a = 0; a < labels.size(); a++) {
            for (int p = 0; p < labels.size(); p++) {
                support[a] += confusion[a][p];
                predicted[p] += confusion[a][p];
            }
            correct += confusion[a][a];
        }
        Map<String, ClassMetrics> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (support[i] + predicted[i] > 0) {
                byLabel.put(labels.get(i), ClassMetrics.of(labels.get(i), confusion[i][i], support[i], predicted[i]));
            }
        }
        List<ClassMetrics> classes = List.copyOf(byLabel.values());
        ClassMetrics positive = null;
        if (config.isBinary()) {
            positive = byLabel.getOrDefault(config.positiveClass(), ClassMetrics.of(config.positiveClass(), 0, 0, 0));
        }
        MetricValue accuracy = MetricValue.ratio(correct, count, "no rows");
        MetricValue logLoss = MetricValue.ratio(logLossSum.value(), scoredCount, "no rows with scores");
        Calibration calibration = reliability.calibration(
                config.isBinary() ? Calibration.Kind.POSITIVE_CLASS : Calibration.Kind.TOP_LABEL);
        return new ClassificationMetrics(count, accuracy, classes, average(classes, false), average(classes, true),
                positive, scoredCount, rocAuc(), logLoss, calibration);
    }

    private static AveragedMetrics average(List<ClassMetrics> classes, boolean weighted) {
        if (classes.isEmpty()) {
            return AveragedMetrics.undefined("no rows");
        }
        ExactSum precision = new ExactSum();
        ExactSum recall = new ExactSum();
        ExactSum f1 = new ExactSum();
        double weights = 0;
        for (ClassMetrics c : classes) {
            double w = weighted ? c.support() : 1;
            precision.addProduct(w, c.precision());
            recall.addProduct(w, c.recall());
            f1.addProduct(w, c.f1());
            weights += w;
        }
        return new AveragedMetrics(MetricValue.of(precision.value() / weights),
                MetricValue.of(recall.value() / weights), MetricValue.of(f1.value() / weights));
    }

    private RocAuc rocAuc() {
        if (scoredCount == 0) {
            return RocAuc.undefined("no rows with scores");
        }
        if (config.isBinary()) {
            return positiveScores.rocAuc(0, 0);
        }
        Map<String, Double> perClass = new TreeMap<>();
        ExactSum values = new ExactSum();
        ExactSum errors = new ExactSum();
        boolean approximate = false;
        for (int i = 0; i < labels.size(); i++) {
            long positives = scoredActual[i];
            if (positives == 0) {
                continue; // not an actual label of a scored row: one-vs-rest is undefined for it, as in sklearn
            }
            long negatives = scoredCount - positives;
            ScoreHistogram histogram = classScores.get(i);
            if (histogram == null) {
                histogram = new ScoreHistogram(config.maxDistinctScores(), config.gridBins());
            }
            RocAuc auc = histogram.rocAuc(positives - histogram.positives(), negatives - histogram.negatives());
            if (!auc.value().isDefined()) {
                return RocAuc.undefined("only one class among the actual labels of the rows with probabilities");
            }
            perClass.put(labels.get(i), auc.value().get());
            values.add(auc.value().get());
            errors.add(auc.maxError());
            approximate |= auc.approximate();
        }
        int n = perClass.size();
        return new RocAuc(MetricValue.of(values.value() / n), approximate, errors.value() / n, perClass);
    }

    // ---- serialization ----

    /** The state as versioned bytes; equal states give equal bytes (labels and entries in sorted order). */
    public byte[] toBytes() {
        return StateCodec.encode(MAGIC, VERSION, this::write);
    }

    /** Reads {@link #toBytes()}; fails with {@link IllegalArgumentException} on malformed or foreign bytes. */
    public static ClassificationAccumulator fromBytes(byte[] bytes) {
        return StateCodec.decode(bytes, MAGIC, VERSION, "classification accumulator", ClassificationAccumulator::read);
    }

    private void write(DataOutput out) throws IOException {
        out.writeBoolean(config.isBinary());
        if (config.isBinary()) {
            out.writeUTF(config.positiveClass());
        }
        out.writeInt(config.calibrationBins());
        out.writeInt(config.maxDistinctScores());
        out.writeInt(config.gridBins());
        out.writeInt(config.maxClasses());
        int[] order = sortedOrder();
        StateCodec.writeCount(out, order.length);
        for (int i : order) {
            out.writeUTF(labels.get(i));
        }
        for (int a : order) {
            for (int p : order) {
                StateCodec.writeCount(out, confusion[a][p]);
            }
        }
        StateCodec.writeCount(out, scoredCount);
        logLossSum.write(out);
        reliability.write(out);
        if (config.isBinary()) {
            positiveScores.write(out);
        } else {
            for (int i : order) {
                StateCodec.writeCount(out, scoredActual[i]);
                ScoreHistogram histogram = classScores.get(i);
                out.writeBoolean(histogram != null);
                if (histogram != null) {
                    histogram.write(out);
                }
            }
        }
    }

    private int[] sortedOrder() {
        return java.util.stream.IntStream.range(0, labels.size()).boxed()
                .sorted((x, y) -> labels.get(x).compareTo(labels.get(y)))
                .mapToInt(Integer::intValue).toArray();
    }

    private static ClassificationAccumulator read(DataInput in) throws IOException {
        String positive = in.readBoolean() ? in.readUTF() : null;
        ClassificationConfig config = new ClassificationConfig(positive, in.readInt(), in.readInt(), in.readInt(),
                in.readInt());
        ClassificationAccumulator acc = new ClassificationAccumulator(config);
        int k = StateCodec.readSize(in, config.maxClasses(), "labels");
        List<String> labels = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String label = in.readUTF();
            checkLabel("stored", label);
            if (i > 0 && label.compareTo(labels.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("malformed state: labels not in strictly ascending order");
            }
            labels.add(label);
        }
        acc.registerLabels(labels);
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                acc.confusion[a][p] = StateCodec.readCount(in);
                acc.count = Math.addExact(acc.count, acc.confusion[a][p]);
            }
        }
        acc.scoredCount = StateCodec.readCount(in);
        if (acc.scoredCount > acc.count) {
            throw new IllegalArgumentException("malformed state: more scored rows than rows");
        }
        acc.logLossSum.add(ExactSum.read(in));
        acc.reliability.merge(ReliabilityBins.read(in, config.calibrationBins()));
        if (config.isBinary()) {
            acc.positiveScores.merge(ScoreHistogram.read(in, config.maxDistinctScores(), config.gridBins()));
        } else {
            for (int i = 0; i < k; i++) {
                acc.scoredActual[i] = StateCodec.readCount(in);
                if (in.readBoolean()) {
                    acc.classScores.set(i, ScoreHistogram.read(in, config.maxDistinctScores(), config.gridBins()));
                }
            }
        }
        return acc;
    }
}
