package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A sum of doubles kept exactly, rounded once when read: Shewchuk's "adaptive precision" partials, the
 * algorithm of Python's {@code math.fsum} (J. R. Shewchuk, <i>Adaptive Precision Floating-Point Arithmetic and
 * Fast Robust Geometric Predicates</i>, 1997).
 *
 * <p>Why not a plain {@code double} or Welford's mean and M2: the accumulators are merged in whatever order the
 * hourly windows come back from storage, and a rounded running sum depends on that order. The exact sum does
 * not, so merging accumulators gives bit for bit the metrics of accumulating the union, and {@link #value()} is
 * the correctly rounded sum whatever the cancellation. The cost is a handful of partials (one to three for
 * real data; at most about forty, the exponent range over 53 bits) and a few additions per value.
 *
 * <p>Inputs must be finite and the running sum must stay finite; callers bound their inputs (see
 * {@link RegressionAccumulator#MAX_MAGNITUDE}).
 */
public final class ExactSum {

    private double[] partials = new double[4];
    private int size;

    public ExactSum() {
    }

    /** A copy of {@code other}. */
    public ExactSum(ExactSum other) {
        partials = other.partials.clone();
        size = other.size;
    }

    /** Adds {@code x} exactly. */
    public void add(double x) {
        int kept = 0;
        for (int j = 0; j < size; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        size = kept;
        if (x != 0) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException("exact sum overflowed");
            }
            if (size == partials.length) {
                partials = Arrays.copyOf(partials, size * 2);
            }
            partials[size++] = x;
        }
    }

    /** Adds the product {@code a * b} exactly (the rounded product and its rounding error, by fused multiply-add). */
    public void addProduct(double a, double b) {
        double hi = a * b;
        add(hi);
        add(Math.fma(a, b, -hi));
    }

    /** Adds another exact sum exactly. */
    public void add(ExactSum other) {
        for (int i = 0; i < other.size; i++) {
            add(other.partials[i]);
        }
    }

    /** The exact sum rounded once to the nearest double (ties to even), as {@code math.fsum} returns it. */
    public double value() {
        int n = size;
        if (n == 0) {
            return 0;
        }
        double hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0) {
                break;
            }
        }
        // Half-even rounding across partials: if the remainder below lo has lo's sign, round away.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }

    /**
     * The exact value as a canonical list of doubles, largest first: each is the correctly rounded remainder of
     * the ones before. Two sums of the same exact value give the same list whatever their partials, which is
     * what makes the serialized form of an accumulator independent of the order it was built in.
     */
    double[] canonical() {
        ExactSum rest = new ExactSum(this);
        double[] out = new double[4];
        int n = 0;
        for (double head = rest.value(); head != 0; head = rest.value()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = head;
            rest.add(-head);
        }
        return Arrays.copyOf(out, n);
    }

    void write(DataOutput out) throws IOException {
        double[] components = canonical();
        out.writeByte(components.length);
        for (double c : components) {
            out.writeDouble(c);
        }
    }

    static ExactSum read(DataInput in) throws IOException {
        int n = in.readUnsignedByte();
        ExactSum sum = new ExactSum();
        for (int i = 0; i < n; i++) {
            double c = in.readDouble();
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("malformed exact sum: component " + c);
            }
            sum.add(c);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactSum other && Arrays.equals(canonical(), other.canonical());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(canonical());
    }

    @Override
    public String toString() {
        return Double.toString(value());
    }
}
