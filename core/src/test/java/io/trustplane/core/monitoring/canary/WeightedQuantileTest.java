package io.trustplane.core.monitoring.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.trustplane.core.monitoring.SciPy;
import io.trustplane.core.monitoring.WeightedSample;
import tools.jackson.databind.JsonNode;

class WeightedQuantileTest {

    private record Case(double[] values, double[] weights, double q) {
    }

    @Test
    void agreesWithNumpyInvertedCdf() {
        SplittableRandom random = new SplittableRandom(7);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = 1 + random.nextInt(300);
            double[] raw = new double[n];
            for (int k = 0; k < n; k++) {
                raw[k] = Math.rint(random.nextDouble() * 500);
            }
            WeightedSample s = i % 2 == 0 ? WeightedSample.of(raw)
                    : new WeightedSample(WeightedSample.of(raw).values(), randomWeights(random, WeightedSample.of(raw).size()));
            double q = i % 5 == 0 ? random.nextDouble() : 0.95;
            cases.add(new Case(s.values(), s.weights(), q));
        }
        JsonNode expected = SciPy.run("canary_quantile.py", Map.of("cases", cases)).get("quantiles");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            assertThat(WeightedQuantile.inverseCdf(new WeightedSample(c.values, c.weights), c.q))
                    .as("case %d", i).isEqualTo(expected.get(i).asDouble());
        }
    }

    private static double[] randomWeights(SplittableRandom random, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + random.nextInt(50);
        }
        return w;
    }

    @Test
    void p95OfOneToHundredIsNinetyFive() {
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i + 1;
        }
        assertThat(WeightedQuantile.inverseCdf(WeightedSample.of(x), 0.95)).isEqualTo(95);
    }

    @Test
    void rejectsEmptySamplesAndBadLevels() {
        assertThatThrownBy(() -> WeightedQuantile.inverseCdf(WeightedSample.of(), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> WeightedQuantile.inverseCdf(WeightedSample.of(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
