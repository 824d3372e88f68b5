package io.trustplane.core.monitoring.fairness;

import io.trustplane.core.monitoring.performance.StateCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One {@link FairnessAccumulator} per protected attribute of a model, fed from a prediction's attribute map.
 *
 * <p>The attributes are fixed at construction (the model's registered protected attributes), so a prediction
 * that lacks one counts as missing for it; attributes a prediction carries but the model did not register are
 * ignored. Only accumulators over the same attributes merge.
 */
public final class FairnessByAttribute {

    /** The most protected attributes one model may register. */
    public static final int MAX_ATTRIBUTES = 100;

    private static final int MAGIC = 0x54504642; // "TPFB"
    private static final int VERSION = 1;

    private final Map<String, FairnessAccumulator> byAttribute = new TreeMap<>();

    public FairnessByAttribute(Set<String> attributes) {
        if (attributes == null || attributes.isEmpty() || attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("between 1 and " + MAX_ATTRIBUTES + " protected attributes needed");
        }
        for (String attribute : attributes) {
            if (attribute == null || attribute.isEmpty()) {
                throw new IllegalArgumentException("protected attribute name must not be null or empty");
            }
            byAttribute.put(attribute, new FairnessAccumulator());
        }
    }

    /** The registered attributes, in order. */
    public Set<String> attributes() {
        return Collections.unmodifiableSet(byAttribute.keySet());
    }

    /** The accumulator of one attribute. */
    public FairnessAccumulator accumulator(String attribute) {
        FairnessAccumulator acc = byAttribute.get(attribute);
        if (acc == null) {
            throw new IllegalArgumentException("not a registered protected attribute: " + attribute);
        }
        return acc;
    }

    /** Counts a prediction under each registered attribute's value in {@code attributes} (absent: missing). */
    public void addPrediction(Map<String, String> attributes, boolean predictedFavourable) {
        byAttribute.forEach((name, acc) -> acc.addPrediction(attributes.get(name), predictedFavourable));
    }

    /** Records a prediction's ground truth under each registered attribute's value. */
    public void addOutcome(Map<String, String> attributes, boolean predictedFavourable, boolean actualFavourable) {
        byAttribute.forEach((name, acc) -> acc.addOutcome(attributes.get(name), predictedFavourable, actualFavourable));
    }

    public void merge(FairnessByAttribute other) {
        if (!byAttribute.keySet().equals(other.byAttribute.keySet())) {
            throw new IllegalArgumentException("cannot merge fairness over different attributes: "
                    + byAttribute.keySet() + " and " + other.byAttribute.keySet());
        }
        byAttribute.forEach((name, acc) -> acc.merge(other.byAttribute.get(name)));
    }

    /** A report per attribute, in attribute order. */
    public Map<String, FairnessReport> reports(FairnessConfig config) {
        Map<String, FairnessReport> reports = new TreeMap<>();
        byAttribute.forEach((name, acc) -> reports.put(name, acc.report(config)));
        return Collections.unmodifiableMap(reports);
    }

    public byte[] toBytes() {
        return StateCodec.encode(MAGIC, VERSION, this::write);
    }

    public static FairnessByAttribute fromBytes(byte[] bytes) {
        return StateCodec.decode(bytes, MAGIC, VERSION, "fairness by attribute", FairnessByAttribute::read);
    }

    private void write(DataOutput out) throws IOException {
        StateCodec.writeCount(out, byAttribute.size());
        for (Map.Entry<String, FairnessAccumulator> e : byAttribute.entrySet()) {
            out.writeUTF(e.getKey());
            e.getValue().write(out);
        }
    }

    private static FairnessByAttribute read(DataInput in) throws IOException {
        int n = StateCodec.readSize(in, MAX_ATTRIBUTES, "attributes");
        String[] names = new String[n];
        FairnessAccumulator[] accs = new FairnessAccumulator[n];
        for (int i = 0; i < n; i++) {
            names[i] = in.readUTF();
            accs[i] = FairnessAccumulator.read(in);
        }
        Set<String> attributes = Set.copyOf(List.of(names));
        if (attributes.size() != n) {
            throw new IllegalArgumentException("malformed state: an attribute appears twice");
        }
        FairnessByAttribute result = new FairnessByAttribute(attributes);
        for (int i = 0; i < n; i++) {
            result.byAttribute.get(names[i]).merge(accs[i]);
        }
        return result;
    }
}
