package io.trustplane.core.monitoring.profile;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The profiles of every feature of a model version over one window (the prediction is a feature like the
 * others, under the name the caller gives it). The server stores one per model version and hourly window and
 * merges them into larger windows and into reference profiles.
 *
 * <p><b>Feeding it.</b> Row by row with {@link #addRow(Map)}, which infers each feature's kind from its first
 * non-null value (a {@link Number} is numeric; a {@link String}, {@link Boolean}, {@link Character} or enum is
 * categorical) unless it was {@link #declare declared}. Or, on a hot path, by index: {@link #declare} once,
 * then {@link #add(int, double)}, {@link #add(int, String)} and {@link #addMissing(int)}, which do no lookups.
 *
 * <p><b>Conflicts.</b> A feature's kind is fixed by its declaration or its first non-null value. Afterwards, a
 * numeric feature accepts strings that parse as numbers and refuses anything else; a categorical feature takes
 * numbers as their text, integral numbers without a fraction ({@code 3}, {@code 3L} and {@code 3.0} are all the
 * category {@code "3"}), booleans as {@code "true"}/{@code "false"}. A refused value throws
 * {@link IllegalArgumentException} naming the feature. Null and NaN are missing values; a key absent from a row
 * records nothing (send null to record a missing value). Nulls that arrive before a feature's kind is known are
 * remembered and counted as missing once it is.
 *
 * <p>Mutable and not thread-safe: parallel producers build one profile each and {@link #merge} them.
 */
public final class DatasetProfile {

    static final int MAGIC = 0x54504450; // "TPDP"
    static final int VERSION = 1;
    static final int MAX_FEATURES = 100_000;

    private final ProfileSettings settings;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<FeatureKind> kinds = new ArrayList<>();
    private NumericProfile[] numeric = new NumericProfile[8];
    private CategoricalProfile[] categorical = new CategoricalProfile[8];
    /** Missing values of features whose kind is not known yet, by name. */
    private final Map<String, Long> pendingMissing = new TreeMap<>();
    private long rows;

    public DatasetProfile() {
        this(ProfileSettings.DEFAULTS);
    }

    public DatasetProfile(ProfileSettings settings) {
        this.settings = settings;
    }

    public ProfileSettings settings() {
        return settings;
    }

    /**
     * Declares a feature and returns its index for the primitive {@code add} methods. Declaring an existing
     * feature again with the same kind returns its index; with another kind it throws.
     */
    public int declare(String name, FeatureKind kind) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("feature name must not be empty");
        }
        if (kind == null) {
            throw new IllegalArgumentException("feature kind of '" + name + "' must not be null");
        }
        Integer existing = index.get(name);
        if (existing != null) {
            if (kinds.get(existing) != kind) {
                throw new IllegalArgumentException("feature '" + name + "' is " + kinds.get(existing)
                        + ", cannot declare it " + kind);
            }
            return existing;
        }
        if (names.size() >= MAX_FEATURES) {
            throw new IllegalArgumentException("more than " + MAX_FEATURES + " features");
        }
        int i = names.size();
        names.add(name);
        kinds.add(kind);
        index.put(name, i);
        if (i == numeric.length) {
            numeric = Arrays.copyOf(numeric, 2 * i);
            categorical = Arrays.copyOf(categorical, 2 * i);
        }
        if (kind == FeatureKind.NUMERIC) {
            numeric[i] = new NumericProfile(settings);
        } else {
            categorical[i] = new CategoricalProfile(settings);
        }
        Long pending = pendingMissing.remove(name);
        if (pending != null) {
            addMissing(i, pending);
        }
        return i;
    }

    /** Adds a value of the numeric feature at {@code feature} (NaN is missing). */
    public void add(int feature, double value) {
        NumericProfile p = feature < names.size() ? numeric[feature] : null;
        if (p == null) {
            throw wrongIndex(feature, FeatureKind.NUMERIC);
        }
        p.add(value);
    }

    /** Adds a value of the categorical feature at {@code feature} (null is missing). */
    public void add(int feature, String value) {
        CategoricalProfile p = feature < names.size() ? categorical[feature] : null;
        if (p == null) {
            throw wrongIndex(feature, FeatureKind.CATEGORICAL);
        }
        p.add(value);
    }

    public void addMissing(int feature) {
        addMissing(feature, 1);
    }

    private void addMissing(int feature, long n) {
        if (feature < 0 || feature >= names.size()) {
            throw wrongIndex(feature, null);
        }
        if (numeric[feature] != null) {
            numeric[feature].addMissing(n);
        } else {
            categorical[feature].addMissing(n);
        }
    }

    private IllegalArgumentException wrongIndex(int feature, FeatureKind expected) {
        if (feature < 0 || feature >= names.size()) {
            return new IllegalArgumentException("no feature at index " + feature + " (" + names.size() + " declared)");
        }
        return new IllegalArgumentException("feature '" + names.get(feature) + "' is " + kinds.get(feature)
                + ", not " + expected);
    }

    /** Counts one row (for {@link #rows()}); the primitive {@code add} methods do not count rows themselves. */
    public void countRow() {
        rows++;
    }

    /** Adds one row: feature name to value (see the class comment for kinds and conversions). */
    public void addRow(Map<String, ?> row) {
        if (row == null) {
            throw new IllegalArgumentException("row must not be null");
        }
        for (Map.Entry<String, ?> e : row.entrySet()) {
            addValue(e.getKey(), e.getValue());
        }
        rows++;
    }

    /** Adds one value of a named feature, inferring its kind when it is new. */
    public void addValue(String name, Object value) {
        Integer i = index.get(name);
        if (i == null) {
            if (value == null || value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN()) {
                if (name == null || name.isEmpty()) {
                    throw new IllegalArgumentException("feature name must not be empty");
                }
                pendingMissing.merge(name, 1L, Long::sum);
                return;
            }
            i = declare(name, inferKind(name, value));
        }
        if (value == null) {
            addMissing(i);
        } else if (kinds.get(i) == FeatureKind.NUMERIC) {
            add(i, toNumber(name, value));
        } else {
            add(i, toCategory(name, value));
        }
    }

    private static FeatureKind inferKind(String name, Object value) {
        if (value instanceof Number) {
            return FeatureKind.NUMERIC;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?>) {
            return FeatureKind.CATEGORICAL;
        }
        throw new IllegalArgumentException("feature '" + name + "' has a value of unsupported type "
                + value.getClass().getName() + " (numbers, strings and booleans are)");
    }

    private static double toNumber(String name, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("feature '" + name + "' is numeric, got the text '"
                        + (s.length() > 64 ? s.substring(0, 64) + "…" : s) + "'");
            }
        }
        throw new IllegalArgumentException("feature '" + name + "' is numeric, got " + value.getClass().getSimpleName()
                + " " + value);
    }

    private static String toCategory(String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return null;
            }
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return Long.toString((long) d);
            }
            return value instanceof BigDecimal b ? b.toPlainString() : Double.toString(d);
        }
        throw new IllegalArgumentException("feature '" + name + "' is categorical, got unsupported type "
                + value.getClass().getName());
    }

    /**
     * Adds every feature of {@code other} into this profile: common features merge (their kinds must agree),
     * features only in {@code other} are copied in, rows add up.
     */
    public void merge(DatasetProfile other) {
        if (other == this) {
            throw new IllegalArgumentException("cannot merge a profile into itself");
        }
        for (int j = 0; j < other.names.size(); j++) {
            String name = other.names.get(j);
            Integer i = index.get(name);
            if (i != null && kinds.get(i) != other.kinds.get(j)) {
                throw new IllegalArgumentException("feature '" + name + "' is " + kinds.get(i) + " here and "
                        + other.kinds.get(j) + " in the profile merged in");
            }
            int k = declare(name, other.kinds.get(j));
            if (numeric[k] != null) {
                numeric[k].merge(other.numeric[j]);
            } else {
                categorical[k].merge(other.categorical[j]);
            }
        }
        for (Map.Entry<String, Long> e : other.pendingMissing.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i != null) {
                addMissing(i, e.getValue());
            } else {
                pendingMissing.merge(e.getKey(), e.getValue(), Long::sum);
            }
        }
        rows += other.rows;
    }

    /** Rows added (by {@link #addRow} and {@link #countRow}, plus merged profiles' rows). */
    public long rows() {
        return rows;
    }

    /** Feature names in declaration order (features known only from nulls are not listed). */
    public List<String> features() {
        return Collections.unmodifiableList(names);
    }

    /** The index of a feature, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The kind of a feature, or null if there is no such feature. */
    public FeatureKind kind(String name) {
        Integer i = index.get(name);
        return i == null ? null : kinds.get(i);
    }

    public NumericProfile numeric(String name) {
        return profile(name, FeatureKind.NUMERIC, numeric);
    }

    public CategoricalProfile categorical(String name) {
        return profile(name, FeatureKind.CATEGORICAL, categorical);
    }

    private <T> T profile(String name, FeatureKind kind, T[] profiles) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no feature '" + name + "'");
        }
        if (kinds.get(i) != kind) {
            throw new IllegalArgumentException("feature '" + name + "' is " + kinds.get(i) + ", not " + kind);
        }
        return profiles[i];
    }

    /** Missing values of features whose kind never became known (only nulls seen), by name. */
    public Map<String, Long> unknownFeatureMissing() {
        return Collections.unmodifiableMap(pendingMissing);
    }

    /** A deep copy. */
    public DatasetProfile copy() {
        return fromBytes(toBytes());
    }

    /**
     * The stable byte format (version 1): magic {@code "TPDP"}, version, the settings, rows, the number of
     * features, then per feature in declaration order its name, its kind (0 numeric, 1 categorical) and its
     * profile's own bytes (length-prefixed, see {@link NumericProfile#toBytes()} and
     * {@link CategoricalProfile#toBytes()}), then the missing counts of features of unknown kind.
     */
    public byte[] toBytes() {
        return ProfileCodec.encode(MAGIC, VERSION, this::write);
    }

    private void write(DataOutputStream out) throws IOException {
        ProfileCodec.writeSettings(out, settings);
        out.writeLong(rows);
        out.writeInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            ProfileCodec.writeString(out, names.get(i));
            out.writeByte(kinds.get(i).code());
            ProfileCodec.writeBlob(out, numeric[i] != null ? numeric[i].toBytes() : categorical[i].toBytes());
        }
        out.writeInt(pendingMissing.size());
        for (Map.Entry<String, Long> e : pendingMissing.entrySet()) {
            ProfileCodec.writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
    }

    public static DatasetProfile fromBytes(byte[] bytes) {
        return ProfileCodec.decode(bytes, MAGIC, VERSION, "dataset profile", (in, version) -> read(in));
    }

    private static DatasetProfile read(DataInputStream in) throws IOException {
        DatasetProfile p;
        try {
            p = new DatasetProfile(ProfileCodec.readSettings(in));
            p.rows = in.readLong();
            int n = ProfileCodec.count(in, MAX_FEATURES, "feature");
            for (int i = 0; i < n; i++) {
                String name = ProfileCodec.readString(in);
                FeatureKind kind = FeatureKind.ofCode(in.readUnsignedByte());
                byte[] blob = ProfileCodec.readBlob(in);
                int k = p.declare(name, kind);
                if (k != i) {
                    throw new IOException("feature '" + name + "' appears twice");
                }
                if (kind == FeatureKind.NUMERIC) {
                    p.numeric[k] = NumericProfile.fromBytes(blob);
                } else {
                    p.categorical[k] = CategoricalProfile.fromBytes(blob);
                }
            }
            int pending = ProfileCodec.count(in, MAX_FEATURES, "unknown feature");
            for (int i = 0; i < pending; i++) {
                p.pendingMissing.put(ProfileCodec.readString(in), in.readLong());
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return p;
    }
}
