package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.MetricValue;
import io.trustplane.core.monitoring.performance.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per group of one protected attribute: predictions and favourable predictions, and the confusion
 * counts of the labelled ones. Mergeable (integer counts: merge is exactly the union) and serializable.
 *
 * <p><b>Two calls for two events.</b> A prediction and its ground truth arrive at different times, so
 * {@link #addPrediction} counts a prediction (selection rates use every prediction) and {@link #addOutcome}
 * records the ground truth of a prediction already counted (error rates use only labelled predictions; it
 * does not count the prediction again). A caller with only joined rows calls both.
 *
 * <p><b>Missing attribute.</b> A null group is counted apart ({@link FairnessReport#missing()}) and never
 * compared with the groups.
 *
 * <p><b>Size.</b> Six counters a group, at most {@value #MAX_GROUPS} groups (about 60 bytes a group
 * serialized); a new group past the limit is refused, so the server should bound the attribute's values.
 * Not thread-safe.
 */
public final class FairnessAccumulator {

    /** The most groups one attribute may have. */
    public static final int MAX_GROUPS = 1_000;
    /** Longest group value accepted, in characters. */
    public static final int MAX_GROUP_LENGTH = 1_000;

    private static final int MAGIC = 0x54504641; // "TPFA"
    private static final int VERSION = 1;

    private final Map<String, GroupCounts> groups = new TreeMap<>();
    private final GroupCounts missing = new GroupCounts();

    public FairnessAccumulator() {
    }

    /** Counts a prediction of {@code group} (null: the attribute is missing). */
    public void addPrediction(String group, boolean predictedFavourable) {
        counts(group).addPrediction(predictedFavourable);
    }

    /** Records the ground truth of a prediction of {@code group} already counted by {@link #addPrediction}. */
    public void addOutcome(String group, boolean predictedFavourable, boolean actualFavourable) {
        counts(group).addOutcome(predictedFavourable, actualFavourable);
    }

    private GroupCounts counts(String group) {
        if (group == null) {
            return missing;
        }
        GroupCounts counts = groups.get(group);
        if (counts == null) {
            checkGroup(group);
            if (groups.size() >= MAX_GROUPS) {
                throw new IllegalArgumentException("more than " + MAX_GROUPS
                        + " groups for one protected attribute; bound the attribute's values");
            }
            counts = new GroupCounts();
            groups.put(group, counts);
        }
        return counts;
    }

    private static void checkGroup(String group) {
        if (group.isEmpty() || group.length() > MAX_GROUP_LENGTH) {
            throw new IllegalArgumentException("group value must have 1 to " + MAX_GROUP_LENGTH
                    + " characters (use null for a missing attribute)");
        }
    }

    public void merge(FairnessAccumulator other) {
        long newGroups = other.groups.keySet().stream().filter(g -> !groups.containsKey(g)).count();
        if (groups.size() + newGroups > MAX_GROUPS) {
            throw new IllegalArgumentException("merged accumulator would have more than " + MAX_GROUPS + " groups");
        }
        other.groups.forEach((group, counts) -> groups.computeIfAbsent(group, g -> new GroupCounts()).merge(counts));
        missing.merge(other.missing);
    }

    public FairnessAccumulator copy() {
        FairnessAccumulator copy = new FairnessAccumulator();
        copy.merge(this);
        return copy;
    }

    public FairnessReport report(FairnessConfig config) {
        int min = config.minGroupSize();
        List<GroupMetrics> all = new ArrayList<>();
        groups.forEach((group, counts) -> all.add(GroupMetrics.of(group, counts, min)));
        List<GroupMetrics> selectable = all.stream().filter(g -> !g.tooFewPredictions()).toList();
        List<GroupMetrics> labelled = all.stream().filter(g -> !g.tooFewLabelled()).toList();

        String tooFewSelectable = "fewer than two groups with at least " + min + " predictions";
        Spread selection = Spread.of(selectable, GroupMetrics::selectionRate);
        MetricValue parityDifference = Spread.difference(selection, tooFewSelectable);
        MetricValue parityRatio = selection == null ? MetricValue.undefined(tooFewSelectable)
                : MetricValue.ratio(selection.min(), selection.max(), "every compared selection rate is 0");

        String tooFewLabelled = "fewer than two groups with at least " + min + " labelled predictions and a defined ";
        Spread tpr = Spread.of(labelled, GroupMetrics::truePositiveRate);
        Spread fpr = Spread.of(labelled, GroupMetrics::falsePositiveRate);
        MetricValue equalOpportunity = Spread.difference(tpr, tooFewLabelled + "true positive rate");
        MetricValue equalizedOdds = tpr == null ? equalOpportunity
                : fpr == null ? MetricValue.undefined(tooFewLabelled + "false positive rate")
                : MetricValue.of(Math.max(tpr.max() - tpr.min(), fpr.max() - fpr.min()));

        GroupMetrics reference = reference(config, selectable);
        List<DisparateImpact> impacts = all.stream().map(g -> disparateImpact(g, reference, config)).toList();
        return new FairnessReport(all, GroupMetrics.of(null, missing, min), parityDifference, parityRatio,
                reference == null ? null : reference.group(), impacts, equalOpportunity, equalizedOdds);
    }

    private static GroupMetrics reference(FairnessConfig config, List<GroupMetrics> selectable) {
        if (config.referenceGroup() != null) {
            return selectable.stream().filter(g -> g.group().equals(config.referenceGroup())).findFirst().orElse(null);
        }
        // Highest selection rate; on a tie the first by value (selectable is ordered by value, max keeps the last).
        return selectable.stream()
                .max(Comparator.comparingDouble((GroupMetrics g) -> g.selectionRate().get())
                        .thenComparing(GroupMetrics::group, Comparator.reverseOrder()))
                .orElse(null);
    }

    private static DisparateImpact disparateImpact(GroupMetrics group, GroupMetrics reference, FairnessConfig config) {
        MetricValue ratio;
        if (reference == null) {
            ratio = MetricValue.undefined(config.referenceGroup() == null
                    ? "no group with at least " + config.minGroupSize() + " predictions"
                    : "reference group " + config.referenceGroup() + " has fewer than " + config.minGroupSize()
                            + " predictions");
        } else if (!group.selectionRate().isDefined()) {
            ratio = MetricValue.undefined("no predictions");
        } else {
            ratio = MetricValue.ratio(group.selectionRate().get(), reference.selectionRate().get(),
                    "reference group " + reference.group() + " has a selection rate of 0");
        }
        DisparateImpact.Verdict verdict = group.tooFewPredictions() || !ratio.isDefined()
                ? DisparateImpact.Verdict.INSUFFICIENT_DATA
                : ratio.get() < FairnessConfig.FOUR_FIFTHS ? DisparateImpact.Verdict.FAIL
                : DisparateImpact.Verdict.PASS;
        return new DisparateImpact(group.group(), ratio, verdict);
    }

    public byte[] toBytes() {
        return StateCodec.encode(MAGIC, VERSION, this::write);
    }

    public static FairnessAccumulator fromBytes(byte[] bytes) {
        return StateCodec.decode(bytes, MAGIC, VERSION, "fairness accumulator", FairnessAccumulator::read);
    }

    void write(DataOutput out) throws IOException {
        missing.write(out);
        StateCodec.writeCount(out, groups.size());
        for (Map.Entry<String, GroupCounts> e : groups.entrySet()) {
            out.writeUTF(e.getKey());
            e.getValue().write(out);
        }
    }

    static FairnessAccumulator read(DataInput in) throws IOException {
        FairnessAccumulator acc = new FairnessAccumulator();
        acc.missing.merge(GroupCounts.read(in));
        int n = StateCodec.readSize(in, MAX_GROUPS, "groups");
        for (int i = 0; i < n; i++) {
            String group = in.readUTF();
            checkGroup(group);
            if (acc.groups.put(group, GroupCounts.read(in)) != null) {
                throw new IllegalArgumentException("malformed state: group " + group + " twice");
            }
        }
        return acc;
    }
}
