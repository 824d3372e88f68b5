package io.trustplane.core.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Merging two accumulators gives exactly (bit for bit, and byte for byte) what accumulating the union gives, and
 * the bytes read back into the same state, whatever the split and the order.
 */
class AccumulatorMergeProperties {

    /** Small limits, so that merges cross from exact scores to the grid. */
    private static final ClassificationConfig BINARY = ClassificationConfig.binary("yes").withScoreLimits(8, 50)
            .withCalibrationBins(5);
    private static final ClassificationConfig MULTICLASS = ClassificationConfig.multiclass().withScoreLimits(8, 50);

    @Property(tries = 200)
    void binaryMergeEqualsUnion(@ForAll("binaryRows") List<ClassificationRows.Row> rows, @ForAll @IntRange(max = 60) int split) {
        checkClassification(BINARY, rows, Math.min(split, rows.size()));
    }

    @Property(tries = 200)
    void multiclassMergeEqualsUnion(@ForAll("multiclassRows") List<ClassificationRows.Row> rows,
                                    @ForAll @IntRange(max = 60) int split) {
        checkClassification(MULTICLASS, rows, Math.min(split, rows.size()));
    }

    private static void checkClassification(ClassificationConfig config, List<ClassificationRows.Row> rows, int split) {
        ClassificationAccumulator union = new ClassificationRows(null, 0, rows).accumulate(config);
        ClassificationAccumulator first = new ClassificationRows(null, 0, rows.subList(0, split)).accumulate(config);
        ClassificationAccumulator second = new ClassificationRows(null, 0, rows.subList(split, rows.size())).accumulate(config);
        // merge in the "wrong" order too: later rows first
        second.merge(first);
        assertThat(second.metrics()).isEqualTo(union.metrics());
        assertThat(second.toBytes()).isEqualTo(union.toBytes());
        ClassificationAccumulator read = ClassificationAccumulator.fromBytes(union.toBytes());
        assertThat(read.metrics()).isEqualTo(union.metrics());
        assertThat(read.toBytes()).isEqualTo(union.toBytes());
    }

    @Property(tries = 200)
    void regressionMergeEqualsUnion(@ForAll @Size(max = 60) List<@IntRange(min = -1_000_000, max = 1_000_000) Integer> actual,
                                    @ForAll @IntRange(max = 60) int split) {
        // values with a fractional part and different magnitudes, so that a rounded running sum would depend on order
        RegressionAccumulator union = new RegressionAccumulator();
        RegressionAccumulator first = new RegressionAccumulator();
        RegressionAccumulator second = new RegressionAccumulator();
        for (int i = 0; i < actual.size(); i++) {
            double y = actual.get(i) / 7.0 * Math.pow(10, i % 5);
            double p = y * 1.01 + 1 / 3.0;
            union.add(y, p);
            (i < split ? first : second).add(y, p);
        }
        second.merge(first);
        assertThat(second.metrics()).isEqualTo(union.metrics());
        assertThat(second.toBytes()).isEqualTo(union.toBytes());
        assertThat(RegressionAccumulator.fromBytes(union.toBytes()).metrics()).isEqualTo(union.metrics());
    }

    @Property(tries = 300)
    void exactSumIsTheCorrectlyRoundedSumInAnyOrder(@ForAll @Size(max = 40) List<Double> values) {
        List<Double> finite = values.stream().filter(Double::isFinite).map(v -> Math.max(-1e300, Math.min(1e300, v)))
                .toList();
        BigDecimal exact = BigDecimal.ZERO;
        ExactSum forward = new ExactSum();
        ExactSum backward = new ExactSum();
        for (int i = 0; i < finite.size(); i++) {
            exact = exact.add(new BigDecimal(finite.get(i)));
            forward.add(finite.get(i));
            backward.add(finite.get(finite.size() - 1 - i));
        }
        assertThat(forward.value()).isEqualTo(exact.doubleValue());
        assertThat(backward.value()).isEqualTo(forward.value());
        assertThat(backward.canonical()).isEqualTo(forward.canonical());
    }

    @Provide
    Arbitrary<List<ClassificationRows.Row>> binaryRows() {
        Arbitrary<String> label = Arbitraries.of("yes", "no", "maybe");
        Arbitrary<Double> score = Arbitraries.oneOf(Arbitraries.of(0.0, 0.1, 0.25, 0.5, 1.0),
                Arbitraries.doubles().between(0, 1));
        Arbitrary<ClassificationRows.Row> row = Combinators.combine(label, label, score, Arbitraries.integers().between(0, 3))
                .as((a, p, s, kind) -> switch (kind) {
                    case 0 -> new ClassificationRows.Row(a, p, null, null);
                    case 1 -> new ClassificationRows.Row(a, p, null, Map.of("yes", s, "no", 1 - s));
                    default -> new ClassificationRows.Row(a, p, s, null);
                });
        return row.list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<ClassificationRows.Row>> multiclassRows() {
        Arbitrary<String> label = Arbitraries.of("a", "b", "c", "d");
        Arbitrary<Double> p = Arbitraries.oneOf(Arbitraries.of(0.0, 0.2, 0.5), Arbitraries.doubles().between(0, 1));
        Arbitrary<ClassificationRows.Row> row = Combinators.combine(label, label, p, p, Arbitraries.integers().between(0, 4))
                .as((a, pred, x, y, kind) -> {
                    if (kind == 0) {
                        return new ClassificationRows.Row(a, pred, null, null);
                    }
                    double rest = 1 - x * 0.5; // a: x/2, b: y·rest, c: the remainder, sometimes left out when 0
                    Map<String, Double> probabilities = kind == 1 ? Map.of("a", x / 2, "b", rest)
                            : Map.of("a", x / 2, "b", y * rest, "c", rest - y * rest);
                    return new ClassificationRows.Row(a, pred, null, probabilities);
                });
        return row.list().ofMaxSize(60);
    }
}
