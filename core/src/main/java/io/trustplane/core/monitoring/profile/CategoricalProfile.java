package io.trustplane.core.monitoring.profile;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The profile of one categorical feature over a window: a count per category and a missing count.
 *
 * <p><b>The cap.</b> At most {@link ProfileSettings#maxCategories()} distinct categories are counted. Once the cap
 * is reached, values of new categories are counted in the overflow bucket {@link #OTHER}, which takes part in the
 * drift tests like any category (a growing "other" share is itself a sign of drift: new values are arriving).
 * The categories kept are the first ones seen, so after the cap is reached the split between named categories and
 * {@code OTHER} depends on arrival and merge order; totals never do. A value equal to {@code OTHER} is counted in
 * the bucket.
 *
 * <p>Mutable and not thread-safe.
 */
public final class CategoricalProfile {

    /** The overflow bucket's name. */
    public static final String OTHER = "__other__";

    static final int MAGIC = 0x54504350; // "TPCP"
    static final int VERSION = 1;

    private final ProfileSettings settings;
    private final HashMap<String, long[]> counts = new HashMap<>();
    private long count;
    private long missing;
    private long other;

    public CategoricalProfile() {
        this(ProfileSettings.DEFAULTS);
    }

    public CategoricalProfile(ProfileSettings settings) {
        this.settings = settings;
    }

    public ProfileSettings settings() {
        return settings;
    }

    /** Counts one value; null is a missing value. */
    public void add(String category) {
        add(category, 1);
    }

    /** Counts {@code n} values of one category; a null category counts {@code n} missing values. */
    public void add(String category, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative: " + n);
        }
        if (category == null) {
            missing += n;
            return;
        }
        count += n;
        long[] c = counts.get(category);
        if (c != null) {
            c[0] += n;
        } else if (counts.size() < settings.maxCategories() && !OTHER.equals(category)) {
            counts.put(category, new long[] {n});
        } else {
            other += n;
        }
    }

    public void addMissing() {
        missing++;
    }

    public void addMissing(long n) {
        add(null, n);
    }

    /** Adds every count of {@code other} to this profile (this profile's cap applies). */
    public void merge(CategoricalProfile from) {
        if (from == this) {
            throw new IllegalArgumentException("cannot merge a profile into itself");
        }
        for (Map.Entry<String, long[]> e : sortedEntries(from.counts)) {
            add(e.getKey(), e.getValue()[0]);
        }
        count += from.other;
        other += from.other;
        missing += from.missing;
    }

    /** A deep copy. */
    public CategoricalProfile copy() {
        return fromBytes(toBytes());
    }

    /** Non-missing values (including the overflow bucket). */
    public long count() {
        return count;
    }

    public long missing() {
        return missing;
    }

    /** Values counted in the overflow bucket. */
    public long otherCount() {
        return other;
    }

    /** Distinct named categories (the overflow bucket not included). */
    public int distinct() {
        return counts.size();
    }

    /** The count of one category (the overflow bucket by {@link #OTHER}); 0 if never seen. */
    public long count(String category) {
        if (OTHER.equals(category)) {
            return other;
        }
        long[] c = counts.get(category);
        return c == null ? 0 : c[0];
    }

    /** Every category's count, by category name, with {@link #OTHER} last when it is non-zero. */
    public Map<String, Long> counts() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : sortedEntries(counts)) {
            result.put(e.getKey(), e.getValue()[0]);
        }
        if (other > 0) {
            result.put(OTHER, other);
        }
        return Collections.unmodifiableMap(result);
    }

    /** For display: the {@code top} most frequent categories (ties by name) and the rest summed. */
    public CategoricalSummary summary(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be positive: " + top);
        }
        List<Map.Entry<String, Long>> all = new ArrayList<>(counts().entrySet());
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> shown = new LinkedHashMap<>();
        long rest = 0;
        for (int i = 0; i < all.size(); i++) {
            if (i < top) {
                shown.put(all.get(i).getKey(), all.get(i).getValue());
            } else {
                rest += all.get(i).getValue();
            }
        }
        return new CategoricalSummary(count, missing, counts.size(), other, shown, rest);
    }

    private static List<Map.Entry<String, long[]>> sortedEntries(Map<String, long[]> map) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return entries;
    }

    /**
     * The stable byte format (version 1): magic {@code "TPCP"}, version, the settings, count, missing, overflow
     * count, the number of categories, then each category (UTF-8 length and bytes) and its count, by name.
     */
    public byte[] toBytes() {
        return ProfileCodec.encode(MAGIC, VERSION, this::write);
    }

    void write(DataOutputStream out) throws IOException {
        ProfileCodec.writeSettings(out, settings);
        out.writeLong(count);
        out.writeLong(missing);
        out.writeLong(other);
        Map<String, long[]> byName = new TreeMap<>(counts);
        out.writeInt(byName.size());
        for (Map.Entry<String, long[]> e : byName.entrySet()) {
            ProfileCodec.writeString(out, e.getKey());
            out.writeLong(e.getValue()[0]);
        }
    }

    public static CategoricalProfile fromBytes(byte[] bytes) {
        return ProfileCodec.decode(bytes, MAGIC, VERSION, "categorical profile", (in, version) -> read(in));
    }

    static CategoricalProfile read(DataInputStream in) throws IOException {
        ProfileSettings settings = ProfileCodec.readSettings(in);
        CategoricalProfile p = new CategoricalProfile(settings);
        p.count = in.readLong();
        p.missing = in.readLong();
        p.other = in.readLong();
        int n = ProfileCodec.count(in, settings.maxCategories(), "category");
        long sum = p.other;
        for (int i = 0; i < n; i++) {
            String category = ProfileCodec.readString(in);
            long c = in.readLong();
            if (c <= 0 || p.counts.put(category, new long[] {c}) != null) {
                throw new IOException("bad or repeated category " + category);
            }
            sum += c;
        }
        if (p.missing < 0 || p.other < 0 || sum != p.count) {
            throw new IOException("category counts do not add up to the total");
        }
        return p;
    }
}
