package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A sum of doubles kept exactly, rounded once (to nearest, ties to even) when read: the value of
 * {@code math.fsum}, held in a fixed-point superaccumulator (Kulisch's long accumulator, in the carry-deferring
 * form of R. M. Neal, <i>Fast exact summation using small and large superaccumulators</i>, 2015).
 *
 * <p>Why not a plain {@code double} or Welford's mean and M2: the accumulators are merged in whatever order the
 * hourly windows come back from storage, and a rounded running sum depends on that order. The exact sum does
 * not, so merging accumulators gives bit for bit the metrics of accumulating the union, and {@link #value()} is
 * the correctly rounded sum whatever the cancellation.
 *
 * <p>How: every finite double is an integer multiple of 2⁻¹⁰⁷⁴, so the sum is one big integer times 2⁻¹⁰⁷⁴,
 * kept as {@value #CHUNKS} signed 32-bit-weighted chunks in {@code long}s. An add splits the 53-bit significand
 * over three chunks, O(1) and a few nanoseconds; carries are propagated only every 2³⁰ adds (before a chunk could
 * overflow) and when read. Reading and serializing go through {@link BigInteger}, so they cost microseconds:
 * fine for metrics and storage, not meant per row.
 *
 * <p>Inputs must be finite; callers bound their magnitudes (see {@link RegressionAccumulator#MAX_MAGNITUDE}).
 */
public final class ExactSum {

    private static final int CHUNK_BITS = 32;
    private static final long CHUNK_MASK = (1L << CHUNK_BITS) - 1;
    /** Chunks to cover significands shifted by up to 2045 bits (exponents −1074 to 971), plus carries. */
    private static final int CHUNKS = 67;
    private static final int ADDS_BEFORE_CARRY = 1 << 30;
    /** The weight of the lowest bit: the sum is (big integer) × 2^SCALE. */
    private static final int SCALE = -1074;

    private final long[] chunks = new long[CHUNKS];
    private int addsSinceCarry;

    public ExactSum() {
    }

    /** A copy of {@code other}. */
    public ExactSum(ExactSum other) {
        System.arraycopy(other.chunks, 0, chunks, 0, CHUNKS);
        addsSinceCarry = other.addsSinceCarry;
    }

    /** Adds {@code x} exactly. */
    public void add(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        if (biased == 0x7FF) {
            throw new IllegalArgumentException("cannot sum a non-finite value: " + x);
        }
        long significand = bits & ((1L << 52) - 1);
        if (biased != 0) {
            significand |= 1L << 52;
        }
        if (significand == 0) {
            return;
        }
        int position = Math.max(biased - 1, 0); // x = significand × 2^(position − 1074)
        int index = position >>> 5;
        int shift = position & 31;
        long low = (significand & (CHUNK_MASK >>> shift)) << shift;
        long rest = significand >>> (CHUNK_BITS - shift);
        if (bits < 0) {
            chunks[index] -= low;
            chunks[index + 1] -= rest & CHUNK_MASK;
            chunks[index + 2] -= rest >>> CHUNK_BITS;
        } else {
            chunks[index] += low;
            chunks[index + 1] += rest & CHUNK_MASK;
            chunks[index + 2] += rest >>> CHUNK_BITS;
        }
        if (++addsSinceCarry == ADDS_BEFORE_CARRY) {
            carry();
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
        ExactSum normal = new ExactSum(other);
        normal.carry();
        carry();
        for (int i = 0; i < CHUNKS; i++) {
            chunks[i] += normal.chunks[i];
        }
        addsSinceCarry = 1;
    }

    /** Moves every chunk's overflow into the next one: chunks 0..n−2 end in [0, 2³²), the top one is signed. */
    private void carry() {
        for (int i = 0; i < CHUNKS - 1; i++) {
            long carry = chunks[i] >> CHUNK_BITS;
            chunks[i] -= carry << CHUNK_BITS;
            chunks[i + 1] += carry;
        }
        addsSinceCarry = 0;
    }

    /** The exact sum as an integer multiple of 2⁻¹⁰⁷⁴. */
    private BigInteger scaled() {
        carry();
        BigInteger value = BigInteger.valueOf(chunks[CHUNKS - 1]);
        for (int i = CHUNKS - 2; i >= 0; i--) {
            value = value.shiftLeft(CHUNK_BITS).or(BigInteger.valueOf(chunks[i]));
        }
        return value;
    }

    /**
     * The exact sum rounded once to the nearest double, ties to even, as {@code math.fsum} returns it.
     *
     * @throws ArithmeticException when the sum is too large for a double
     */
    public double value() {
        return round(scaled());
    }

    private static double round(BigInteger scaledValue) {
        BigInteger magnitude = scaledValue.abs();
        int length = magnitude.bitLength();
        double result;
        if (length <= 53) {
            result = Math.scalb((double) magnitude.longValue(), SCALE); // exact: a multiple of the smallest subnormal
        } else {
            int drop = length - 54; // keep 53 bits and the rounding bit
            long top = magnitude.shiftRight(drop).longValue();
            boolean sticky = magnitude.getLowestSetBit() < drop;
            long mantissa = top >>> 1;
            if ((top & 1) == 1 && (sticky || (mantissa & 1) == 1)) {
                mantissa++;
            }
            result = Math.scalb((double) mantissa, drop + 1 + SCALE);
            if (Double.isInfinite(result)) {
                throw new ArithmeticException("exact sum is too large for a double");
            }
        }
        return scaledValue.signum() < 0 ? -result : result;
    }

    /**
     * The exact value as a short list of doubles, largest first, whose exact sum is this sum: each is the
     * correctly rounded remainder of the ones before. Lets a caller do exact arithmetic on the sum (products by
     * {@link #addProduct}) at double speed.
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

    /**
     * Writes the exact value canonically: the number of zero low chunks, then the rest as a two's complement
     * {@link BigInteger}. Equal sums write equal bytes, whatever order they were built in.
     */
    void write(DataOutput out) throws IOException {
        BigInteger value = scaled();
        int zeroChunks = value.signum() == 0 ? 0 : value.getLowestSetBit() / CHUNK_BITS;
        byte[] bytes = value.shiftRight(zeroChunks * CHUNK_BITS).toByteArray();
        out.writeByte(zeroChunks);
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    static ExactSum read(DataInput in) throws IOException {
        int zeroChunks = in.readUnsignedByte();
        int length = in.readUnsignedShort();
        if (zeroChunks >= CHUNKS || length == 0 || length > CHUNKS * 4) {
            throw new IllegalArgumentException("malformed exact sum: " + zeroChunks + " zero chunks, " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        BigInteger value = new BigInteger(bytes).shiftLeft(zeroChunks * CHUNK_BITS);
        if (value.bitLength() > (CHUNKS - 1) * CHUNK_BITS + 62) {
            throw new IllegalArgumentException("malformed exact sum: out of range");
        }
        ExactSum sum = new ExactSum();
        for (int i = 0; i < CHUNKS - 1; i++) {
            sum.chunks[i] = value.longValue() & CHUNK_MASK;
            value = value.shiftRight(CHUNK_BITS);
        }
        sum.chunks[CHUNKS - 1] = value.longValueExact();
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactSum other && scaled().equals(other.scaled());
    }

    @Override
    public int hashCode() {
        return scaled().hashCode();
    }

    @Override
    public String toString() {
        return Double.toString(value());
    }
}
