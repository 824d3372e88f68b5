package io.trustplane.core.monitoring.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Merging fairness accumulators is exactly the union; bytes read back to the same state. */
class FairnessMergeProperties {

    private static final FairnessConfig SMALL = FairnessConfig.defaults().withMinGroupSize(3);

    @Property(tries = 300)
    void mergeEqualsUnion(@ForAll("rows") List<FairnessAccumulatorSciPyTest.Row> rows, @ForAll @IntRange(max = 80) int split) {
        int cut = Math.min(split, rows.size());
        FairnessAccumulator union = FairnessAccumulatorSciPyTest.accumulate(rows);
        FairnessAccumulator first = FairnessAccumulatorSciPyTest.accumulate(rows.subList(0, cut));
        FairnessAccumulator second = FairnessAccumulatorSciPyTest.accumulate(rows.subList(cut, rows.size()));
        second.merge(first);
        assertThat(second.report(SMALL)).isEqualTo(union.report(SMALL));
        assertThat(second.toBytes()).isEqualTo(union.toBytes());
        FairnessAccumulator read = FairnessAccumulator.fromBytes(union.toBytes());
        assertThat(read.report(SMALL)).isEqualTo(union.report(SMALL));
        assertThat(read.toBytes()).isEqualTo(union.toBytes());
    }

    @Property(tries = 100)
    void byAttributeMergeEqualsUnion(@ForAll("rows") List<FairnessAccumulatorSciPyTest.Row> rows,
                                     @ForAll @IntRange(max = 80) int split) {
        FairnessByAttribute union = new FairnessByAttribute(Set.of("sex", "age"));
        FairnessByAttribute first = new FairnessByAttribute(Set.of("sex", "age"));
        FairnessByAttribute second = new FairnessByAttribute(Set.of("age", "sex"));
        for (int i = 0; i < rows.size(); i++) {
            FairnessAccumulatorSciPyTest.Row r = rows.get(i);
            Map<String, String> attributes = r.group() == null ? Map.of("age", "40+") : Map.of("sex", r.group(), "age", "<40");
            for (FairnessByAttribute target : List.of(union, i < split ? first : second)) {
                target.addPrediction(attributes, r.predicted());
                if (r.actual() != null) {
                    target.addOutcome(attributes, r.predicted(), r.actual());
                }
            }
        }
        second.merge(first);
        assertThat(second.reports(SMALL)).isEqualTo(union.reports(SMALL));
        assertThat(FairnessByAttribute.fromBytes(union.toBytes()).toBytes()).isEqualTo(second.toBytes());
    }

    @Provide
    Arbitrary<List<FairnessAccumulatorSciPyTest.Row>> rows() {
        Arbitrary<String> group = Arbitraries.of("f", "m", "x").injectNull(0.1);
        Arbitrary<Boolean> actual = Arbitraries.of(true, false).injectNull(0.3);
        return Combinators.combine(group, Arbitraries.of(true, false), actual)
                .as(FairnessAccumulatorSciPyTest.Row::new).list().ofMaxSize(80);
    }
}
