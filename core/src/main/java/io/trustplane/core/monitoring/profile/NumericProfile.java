package io.trustplane.core.monitoring.profile;

import com.tdunning.math.stats.MergingDigest;
import io.trustplane.core.monitoring.WeightedSample;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile of one numeric feature over a window: exact moments and a mergeable distribution.
 *
 * <p><b>What is kept.</b> Count, missing count, min and max, and the mean and the sum of squared deviations
 * (Welford's update, Chan et al.'s pairwise merge), all exact whatever the size. The distribution is kept
 * <em>exactly</em> (the raw values) while there are at most {@link ProfileSettings#exactLimit()} values, so small
 * windows give exactly SciPy's statistics; beyond that it is a t-digest ({@link MergingDigest}, Dunning &amp;
 * Ertl 2019) whose centroids stand in for the values (see {@link #toSample()}).
 *
 * <p><b>Why a t-digest.</b> It merges (hourly windows into days, windows into a reference), keeps the tails
 * precise where drift usually shows first, and is a few KB whatever the count.
 *
 * <p>Mutable and not thread-safe: one thread feeds a profile; parallel work builds several and merges them.
 */
public final class NumericProfile {

    static final int MAGIC = 0x54504e50; // "TPNP"
    static final int VERSION = 1;
    private static final byte EXACT = 0;
    private static final byte SKETCH = 1;
    /** Quantiles in {@link #summary(int)}. */
    /** Points of the sample that stands for a sketch ({@link #toSample()}). */
    public static final int SKETCH_POINTS = 1000;
    /** Values buffered before they go into the digest ({@link #flush()}): 64 KB per sketched feature. */
    static final int PENDING = 8192;
    static final double[] SUMMARY_QUANTILES = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};

    private final ProfileSettings settings;
    private long count;
    private long missing;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double m2;
    /** The raw values while exact (the first {@code count} entries), or null once sketched. */
    private double[] values;
    private boolean sorted;
    private MergingDigest digest;
    /** Values added to a sketch since the last flush (see {@link #flush()}); allocated on first use. */
    private double[] pending;
    private int pendingCount;

    public NumericProfile() {
        this(ProfileSettings.DEFAULTS);
    }

    public NumericProfile(ProfileSettings settings) {
        this.settings = settings;
        this.values = new double[Math.min(16, settings.exactLimit())];
        if (settings.exactLimit() == 0) {
            toSketch();
        }
    }

    public ProfileSettings settings() {
        return settings;
    }

    /**
     * Adds one observation. NaN is a missing value (as in pandas); infinities are refused because they have no
     * place in moments, quantiles or distances.
     */
    public void add(double x) {
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("numeric value is infinite: " + x);
        }
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        if (values != null) {
            addExact(x);
        } else {
            addPending(x);
        }
    }

    private void addPending(double x) {
        if (pending == null) {
            pending = new double[PENDING];
        }
        pending[pendingCount++] = x;
        if (pendingCount == PENDING) {
            flush();
        }
    }

    /**
     * Moves the pending values into the digest. They are sorted and grouped first, then added as a few weighted
     * points: a t-digest of the batch merged into the main one, the t-digest's own way of combining digests.
     * Why: {@code MergingDigest.add} costs about 150–200 ns per value (it re-runs its scale function per merge),
     * which is too slow for a million rows × 100 features; sorting a batch and adding ~20× fewer points costs
     * a third of that. A group at the batch's quantile {@code q} holds at most {@code 4·B·q(1−q)/δ} values
     * (B the batch size, δ the compression), the size bound of a t-digest of the batch alone, so it is always much
     * finer than the main digest's centroids there; the extremes stay single values. A group never ends inside a run
     * of equal values (it ends before the run), so the groups of a discrete feature sit on its exact values.
     */
    private void flush() {
        int n = pendingCount;
        if (n == 0) {
            return;
        }
        Arrays.sort(pending, 0, n);
        double bound = 4.0 * n / settings.compression();
        int i = 0;
        while (i < n) {
            double q = (i + 0.5) / n;
            int size = Math.max(1, (int) (bound * q * (1 - q)));
            int end = Math.min(n, i + size);
            if (end < n && pending[end] == pending[end - 1] && pending[i] != pending[end - 1]) {
                // the group would end inside a run of equal values: end it before the run instead
                int runStart = end - 1;
                while (pending[runStart - 1] == pending[runStart]) {
                    runStart--;
                }
                end = runStart;
            }
            double sum = 0;
            for (int k = i; k < end; k++) {
                sum += pending[k];
            }
            double mean = Math.min(pending[end - 1], Math.max(pending[i], sum / (end - i)));
            digest.add(mean, end - i);
            i = end;
        }
        pendingCount = 0;
    }

    private void addExact(double x) {
        int n = (int) count - 1; // values held before this one
        if (n == settings.exactLimit()) {
            toSketch();
            addPending(x);
            return;
        }
        if (n == values.length) {
            values = Arrays.copyOf(values, Math.min(settings.exactLimit(), Math.max(16, 2 * n)));
        }
        values[n] = x;
        sorted = false;
    }

    public void addMissing() {
        missing++;
    }

    /** Adds {@code n} missing values. */
    public void addMissing(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("missing count must not be negative: " + n);
        }
        missing += n;
    }

    private void toSketch() {
        double[] held = values == null ? new double[0] : Arrays.copyOf(values, (int) Math.min(count, values.length));
        values = null;
        digest = new MergingDigest(settings.compression());
        for (double v : held) {
            addPending(v);
        }
    }

    /**
     * Adds every observation of {@code other} to this profile (this profile's settings stay). Moments merge
     * exactly; the distribution stays exact if both are exact and together within the exact limit, otherwise the
     * digests merge (the t-digest's merge error is of the same order as its build error).
     */
    public void merge(NumericProfile other) {
        if (other == this) {
            throw new IllegalArgumentException("cannot merge a profile into itself");
        }
        if (other.count > 0) {
            if (values != null && other.values != null && count + other.count <= settings.exactLimit()) {
                int n = (int) count;
                int m = (int) other.count;
                if (n + m > values.length) {
                    values = Arrays.copyOf(values, Math.min(settings.exactLimit(), Math.max(n + m, 2 * n)));
                }
                System.arraycopy(other.values, 0, values, n, m);
                sorted = false;
            } else {
                if (values != null) {
                    toSketch();
                }
                if (other.values != null) {
                    for (int i = 0; i < other.count; i++) {
                        addPending(other.values[i]);
                    }
                } else {
                    other.flush();
                    flush();
                    digest.add(List.of(other.digest));
                }
            }
            long n = count + other.count;
            double delta = other.mean - mean;
            m2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
            mean = mean + delta * ((double) other.count / n);
            count = n;
            min = Math.min(min, other.min);
            max = Math.max(max, other.max);
        }
        missing += other.missing;
    }

    /** A deep copy (merging into the copy leaves this profile unchanged). */
    public NumericProfile copy() {
        return fromBytes(toBytes());
    }

    /** Non-missing observations. */
    public long count() {
        return count;
    }

    public long missing() {
        return missing;
    }

    /** Whether the distribution is still the raw values (else a t-digest). */
    public boolean isExact() {
        return values != null;
    }

    /** The smallest observation; NaN when empty. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** The largest observation; NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** The mean; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The population variance (ddof = 0, numpy's default); NaN when empty. */
    public double variance() {
        return count == 0 ? Double.NaN : m2 / count;
    }

    /** The sample variance (ddof = 1); NaN below two observations. */
    public double sampleVariance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /** The population standard deviation (ddof = 0). */
    public double std() {
        return Math.sqrt(variance());
    }

    /**
     * The distribution as a weighted sample. While exact, the raw values (so statistics on it equal SciPy's on
     * the raw data). For a sketch, {@value #SKETCH_POINTS} points at the digest's quantiles {@code (j + ½)/K},
     * each weighing {@code count/K} (equal values merged into one point), clamped to [min, max].
     *
     * <p>Why not the centroids themselves: with the t-digest's default scale function a middle centroid holds up
     * to ~6 % of the mass at compression 200, and treating it as a point mass makes the CDF jump by that much,
     * which shows up directly in the Kolmogorov–Smirnov statistic. The quantile grid follows the digest's
     * interpolated CDF instead, within 1/(2K) plus the digest's own error (measured in docs/MONITORING.md).
     * Empty when there are no observations.
     */
    public WeightedSample toSample() {
        if (values != null) {
            return WeightedSample.of(Arrays.copyOf(values, (int) count));
        }
        if (count == 0) {
            return new WeightedSample(new double[0], new double[0]);
        }
        flush();
        double weight = (double) count / SKETCH_POINTS;
        double[] points = new double[SKETCH_POINTS];
        double[] weights = new double[SKETCH_POINTS];
        int k = 0;
        for (int j = 0; j < SKETCH_POINTS; j++) {
            double x = Math.min(max, Math.max(min, digest.quantile((j + 0.5) / SKETCH_POINTS)));
            if (k > 0 && points[k - 1] >= x) {
                weights[k - 1] += weight; // equal values (or a rounding inversion): one point
            } else {
                points[k] = x;
                weights[k] = weight;
                k++;
            }
        }
        return new WeightedSample(Arrays.copyOf(points, k), Arrays.copyOf(weights, k));
    }

    /**
     * The {@code q}-quantile: exact values use numpy's default linear interpolation between order statistics
     * ({@code numpy.quantile(x, q)}); a sketch answers the t-digest's interpolated estimate. NaN when empty.
     */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1]: " + q);
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (values == null) {
            flush();
            return digest.quantile(q);
        }
        sortValues();
        double h = (count - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= count - 1) {
            return values[(int) count - 1];
        }
        return values[lo] + (h - lo) * (values[lo + 1] - values[lo]);
    }

    /** The fraction of observations at or below {@code x} (exact), or the t-digest's estimate. NaN when empty. */
    public double cdf(double x) {
        if (count == 0) {
            return Double.NaN;
        }
        if (values == null) {
            flush();
            return digest.cdf(x);
        }
        sortValues();
        int lo = 0;
        int hi = (int) count; // first index with a value above x
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / count;
    }

    private void sortValues() {
        if (!sorted) {
            Arrays.sort(values, 0, (int) count);
            sorted = true;
        }
    }

    /**
     * A small display summary: moments, the quantiles 1, 5, 25, 50, 75, 95 and 99 % (keys {@code p01} ...
     * {@code p99}), and an equal-width histogram of {@code bins} bins between min and max whose counts are
     * estimated from the CDF (exact while the profile is exact).
     */
    public NumericSummary summary(int bins) {
        if (bins < 1 || bins > 1000) {
            throw new IllegalArgumentException("histogram bins must be between 1 and 1000: " + bins);
        }
        Map<String, Double> quantiles = new LinkedHashMap<>();
        List<NumericSummary.Bin> histogram = new ArrayList<>();
        if (count > 0) {
            for (double q : SUMMARY_QUANTILES) {
                quantiles.put(String.format("p%02d", Math.round(q * 100)), quantile(q));
            }
            double width = (max - min) / bins;
            double below = 0;
            for (int i = 0; i < bins; i++) {
                double lower = min + i * width;
                double upper = i == bins - 1 ? max : min + (i + 1) * width;
                double atOrBelow = i == bins - 1 ? count : Math.round(cdf(upper) * count);
                histogram.add(new NumericSummary.Bin(lower, upper, Math.max(0, atOrBelow - below)));
                below = Math.max(below, atOrBelow);
            }
        }
        return new NumericSummary(count, missing, min(), max(), mean(), std(), isExact(), quantiles, histogram);
    }

    /**
     * The stable byte format (version 1): magic {@code "TPNP"}, version, the settings (compression, exact limit,
     * max categories), count, missing, min, max, mean, m2, then either {@code 0} and the sorted raw values, or
     * {@code 1} and the t-digest's own verbose {@code MergingDigest.asBytes} encoding (t-digest 3.3;
     * an upgrade that changes it needs a new version here).
     */
    public byte[] toBytes() {
        return ProfileCodec.encode(MAGIC, VERSION, this::write);
    }

    void write(DataOutputStream out) throws IOException {
        ProfileCodec.writeSettings(out, settings);
        out.writeLong(count);
        out.writeLong(missing);
        out.writeDouble(min);
        out.writeDouble(max);
        out.writeDouble(mean);
        out.writeDouble(m2);
        if (values != null) {
            sortValues();
            out.writeByte(EXACT);
            for (int i = 0; i < count; i++) {
                out.writeDouble(values[i]);
            }
        } else {
            flush();
            ByteBuffer buffer = ByteBuffer.allocate(digest.byteSize());
            digest.asBytes(buffer);
            out.writeByte(SKETCH);
            ProfileCodec.writeBlob(out, Arrays.copyOf(buffer.array(), buffer.position()));
        }
    }

    public static NumericProfile fromBytes(byte[] bytes) {
        return ProfileCodec.decode(bytes, MAGIC, VERSION, "numeric profile", (in, version) -> read(in));
    }

    static NumericProfile read(DataInputStream in) throws IOException {
        ProfileSettings settings = ProfileCodec.readSettings(in);
        NumericProfile p = new NumericProfile(settings);
        p.count = in.readLong();
        p.missing = in.readLong();
        p.min = in.readDouble();
        p.max = in.readDouble();
        p.mean = in.readDouble();
        p.m2 = in.readDouble();
        if (p.count < 0 || p.missing < 0) {
            throw new IOException("negative counts");
        }
        byte mode = in.readByte();
        if (mode == EXACT) {
            if (p.count > settings.exactLimit()) {
                throw new IOException("exact profile with " + p.count + " values above its limit");
            }
            p.values = new double[(int) p.count];
            for (int i = 0; i < p.count; i++) {
                p.values[i] = in.readDouble();
            }
            p.sorted = true;
            p.digest = null;
        } else if (mode == SKETCH) {
            try {
                p.digest = MergingDigest.fromBytes(ByteBuffer.wrap(ProfileCodec.readBlob(in)));
            } catch (RuntimeException e) {
                throw new IOException("corrupt t-digest", e);
            }
            p.values = null;
        } else {
            throw new IOException("unknown distribution mode " + mode);
        }
        return p;
    }
}
