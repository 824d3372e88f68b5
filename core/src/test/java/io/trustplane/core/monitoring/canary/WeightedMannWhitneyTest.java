package io.trustplane.core.monitoring.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

import io.trustplane.core.monitoring.SciPy;
import io.trustplane.core.monitoring.WeightedSample;
import tools.jackson.databind.JsonNode;

class WeightedMannWhitneyTest {

    private static final Map<String, AlternativeHypothesis> ALTERNATIVES = Map.of(
            "greater", AlternativeHypothesis.GREATER_THAN,
            "less", AlternativeHypothesis.LESS_THAN,
            "two-sided", AlternativeHypothesis.TWO_SIDED);

    private record Case(double[] x, double[] y) {
    }

    /** Latency-like samples (log-normal), some rounded to whole milliseconds so that ties are frequent. */
    private static List<Case> cases() {
        SplittableRandom random = new SplittableRandom(42);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean rounded = i % 2 == 0;
            double shift = i % 4 < 2 ? 0 : 0.1;
            cases.add(new Case(latencies(random, 20 + random.nextInt(400), shift, rounded),
                    latencies(random, 20 + random.nextInt(400), 0, rounded)));
        }
        return cases;
    }

    private static double[] latencies(SplittableRandom random, int n, double shift, boolean rounded) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            double v = Math.exp(4 + shift + 0.5 * gaussian);
            x[i] = rounded ? Math.rint(v / 5) * 5 : v;
        }
        return x;
    }

    @Test
    void agreesWithSciPyOnRawObservations() {
        List<Case> cases = cases();
        JsonNode expected = SciPy.run("canary_mannwhitney.py", Map.of("cases", cases)).get("cases");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode e = expected.get(i);
            for (var alternative : ALTERNATIVES.entrySet()) {
                TestResult r = WeightedMannWhitney.test(WeightedSample.of(c.x), WeightedSample.of(c.y), alternative.getValue());
                assertThat(SciPy.relativeError(r.statistic(), e.get("u1").asDouble())).as("U1 case %d", i).isLessThan(1e-9);
                assertThat(SciPy.relativeError(r.pValue(), e.get(alternative.getKey()).asDouble()))
                        .as("p %s case %d", alternative.getKey(), i).isLessThan(1e-9);
            }
        }
    }

    @Test
    void agreesWithCommonsStatisticsOnRawObservations() {
        for (Case c : cases()) {
            for (AlternativeHypothesis alternative : AlternativeHypothesis.values()) {
                MannWhitneyUTest.Result commons = MannWhitneyUTest.withDefaults()
                        .with(PValueMethod.ASYMPTOTIC).with(ContinuityCorrection.ENABLED).with(alternative)
                        .test(c.x, c.y);
                TestResult ours = WeightedMannWhitney.test(WeightedSample.of(c.x), WeightedSample.of(c.y), alternative);
                assertThat(SciPy.relativeError(ours.statistic(), commons.getStatistic())).isLessThan(1e-9);
                assertThat(SciPy.relativeError(ours.pValue(), commons.getPValue())).isLessThan(1e-9);
            }
        }
    }

    @Test
    void weightsActAsRepeatedObservations() {
        // a sketch-like sample: three centroids with counts, against the same data written out
        WeightedSample sketch = new WeightedSample(new double[] {10, 20, 35}, new double[] {40, 50, 10});
        double[] raw = new double[100];
        for (int i = 0; i < 100; i++) {
            raw[i] = i < 40 ? 10 : i < 90 ? 20 : 35;
        }
        WeightedSample other = WeightedSample.of(12, 18, 20, 20, 22, 30, 40, 41, 9, 15, 25, 26);
        TestResult weighted = WeightedMannWhitney.test(sketch, other, AlternativeHypothesis.GREATER_THAN);
        TestResult expanded = WeightedMannWhitney.test(WeightedSample.of(raw), other, AlternativeHypothesis.GREATER_THAN);
        assertThat(weighted).isEqualTo(expanded);
    }

    @Test
    void allTiedIsNoEvidence() {
        TestResult r = WeightedMannWhitney.test(WeightedSample.of(5, 5, 5), WeightedSample.of(5, 5),
                AlternativeHypothesis.GREATER_THAN);
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.statistic()).isEqualTo(3.0);
    }

    @Test
    void rejectsEmptySamples() {
        assertThatThrownBy(() -> WeightedMannWhitney.test(WeightedSample.of(), WeightedSample.of(1),
                AlternativeHypothesis.GREATER_THAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-empty");
    }
}
