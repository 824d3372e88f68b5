package io.trustplane.core.monitoring.performance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The performance state of a regressor over one window and segment: joined rows of (actual, predicted).
 *
 * <p><b>State.</b> The count, the largest absolute error, and exact sums ({@link ExactSum}) of the actual
 * values, their squares, the errors, their squares and their absolute values: constant size, typically 100 to
 * 200 bytes serialized and at most about 1.4 KB.
 *
 * <p><b>Why exact sums rather than Welford's mean and M2.</b> Both are stable, but a Welford/Chan merge
 * rounds differently depending on the order of the merges, so merged windows would differ from the union in
 * the last bits. With exact sums the merge is exactly the union, and the total sum of squares
 * {@code Σ(y − ȳ)² = (n·Σy² − (Σy)²) / n} is evaluated exactly before one rounding (the squares and products
 * are split by fused multiply-add), so there is no cancellation even for actuals far from zero with a small
 * spread.
 *
 * <p>Values must be finite with magnitude at most {@value #MAX_MAGNITUDE}, so that squares stay finite.
 * Not thread-safe.
 */
public final class RegressionAccumulator {

    /** The largest magnitude accepted for an actual or predicted value. */
    public static final double MAX_MAGNITUDE = 1e100;

    private static final int MAGIC = 0x54505241; // "TPRA"
    private static final int VERSION = 1;

    private long count;
    private double maxAbsoluteError;
    private final ExactSum actualSum = new ExactSum();
    private final ExactSum actualSquares = new ExactSum();
    private final ExactSum errorSum = new ExactSum();
    private final ExactSum errorSquares = new ExactSum();
    private final ExactSum absoluteErrorSum = new ExactSum();

    public RegressionAccumulator() {
    }

    public long count() {
        return count;
    }

    /** Adds a row. The error is {@code predicted − actual}, rounded to a double as numpy and sklearn compute it. */
    public void add(double actual, double predicted) {
        check("actual", actual);
        check("predicted", predicted);
        double error = predicted - actual;
        count++;
        actualSum.add(actual);
        actualSquares.addProduct(actual, actual);
        errorSum.add(error);
        errorSquares.addProduct(error, error);
        absoluteErrorSum.add(Math.abs(error));
        maxAbsoluteError = Math.max(maxAbsoluteError, Math.abs(error));
    }

    private static void check(String what, double value) {
        if (!(Math.abs(value) <= MAX_MAGNITUDE)) {
            throw new IllegalArgumentException(what + " value must be finite with magnitude at most "
                    + MAX_MAGNITUDE + ": " + value);
        }
    }

    public void merge(RegressionAccumulator other) {
        count += other.count;
        maxAbsoluteError = Math.max(maxAbsoluteError, other.maxAbsoluteError);
        actualSum.add(other.actualSum);
        actualSquares.add(other.actualSquares);
        errorSum.add(other.errorSum);
        errorSquares.add(other.errorSquares);
        absoluteErrorSum.add(other.absoluteErrorSum);
    }

    public RegressionAccumulator copy() {
        RegressionAccumulator copy = new RegressionAccumulator();
        copy.merge(this);
        return copy;
    }

    public RegressionMetrics metrics() {
        if (count == 0) {
            MetricValue none = MetricValue.undefined("no rows");
            return new RegressionMetrics(0, none, none, none, none, none);
        }
        double n = count;
        double sse = errorSquares.value();
        return new RegressionMetrics(count,
                MetricValue.of(absoluteErrorSum.value() / n),
                MetricValue.of(Math.sqrt(sse / n)),
                r2(sse),
                MetricValue.of(errorSum.value() / n),
                MetricValue.of(maxAbsoluteError));
    }

    private MetricValue r2(double sse) {
        // n·SST = n·Σy² − (Σy)², exactly, then one rounding.
        double[] sum = actualSum.canonical();
        double[] squares = actualSquares.canonical();
        ExactSum scaledTotal = new ExactSum();
        for (double s : squares) {
            scaledTotal.addProduct(s, count);
        }
        for (double a : sum) {
            for (double b : sum) {
                scaledTotal.addProduct(-a, b);
            }
        }
        double sst = scaledTotal.value() / count;
        if (sst <= 0) {
            return MetricValue.undefined("actual values are constant (R² needs variance in the actuals)");
        }
        return MetricValue.of(1 - sse / sst);
    }

    public byte[] toBytes() {
        return StateCodec.encode(MAGIC, VERSION, this::write);
    }

    public static RegressionAccumulator fromBytes(byte[] bytes) {
        return StateCodec.decode(bytes, MAGIC, VERSION, "regression accumulator", RegressionAccumulator::read);
    }

    private void write(DataOutput out) throws IOException {
        StateCodec.writeCount(out, count);
        out.writeDouble(maxAbsoluteError);
        actualSum.write(out);
        actualSquares.write(out);
        errorSum.write(out);
        errorSquares.write(out);
        absoluteErrorSum.write(out);
    }

    private static RegressionAccumulator read(DataInput in) throws IOException {
        RegressionAccumulator acc = new RegressionAccumulator();
        acc.count = StateCodec.readCount(in);
        acc.maxAbsoluteError = in.readDouble();
        if (!(acc.maxAbsoluteError >= 0 && acc.maxAbsoluteError <= 2 * MAX_MAGNITUDE)) {
            throw new IllegalArgumentException("malformed state: max absolute error " + acc.maxAbsoluteError);
        }
        acc.actualSum.add(ExactSum.read(in));
        acc.actualSquares.add(ExactSum.read(in));
        acc.errorSum.add(ExactSum.read(in));
        acc.errorSquares.add(ExactSum.read(in));
        acc.absoluteErrorSum.add(ExactSum.read(in));
        return acc;
    }
}
