package io.trustplane.core.monitoring.performance;

import static io.trustplane.core.monitoring.performance.ClassificationAccumulatorSciPyTest.close;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.SciPy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Regression metrics against numpy on generated rows, including actuals far from zero and constant actuals. */
class RegressionAccumulatorSciPyTest {

    record Rows(double[] actual, double[] predicted) {
        Map<String, Object> json() {
            return Map.of("actual", actual, "predicted", predicted);
        }

        RegressionAccumulator accumulate() {
            RegressionAccumulator acc = new RegressionAccumulator();
            for (int i = 0; i < actual.length; i++) {
                acc.add(actual[i], predicted[i]);
            }
            return acc;
        }
    }

    static Rows generate(long seed, int n, double offset, double spread, double noise, boolean constant) {
        Random random = new Random(seed);
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = constant ? offset : offset + spread * random.nextGaussian();
            predicted[i] = actual[i] + noise * random.nextGaussian() + 0.1 * noise;
        }
        return new Rows(actual, predicted);
    }

    @Test
    void agreesWithNumpy() {
        List<Rows> datasets = List.of(
                generate(1, 5000, 0, 10, 3, false),
                generate(2, 2000, 1e6, 1, 0.5, false),     // far from zero, small spread: cancellation-prone SST
                generate(3, 300, -40, 100, 200, false),    // worse than the mean: negative R²
                generate(4, 100, 7.5, 0, 1, true),         // constant actuals: R² undefined
                generate(5, 1, 3, 1, 1, false));           // one row: R² undefined
        JsonNode expected = SciPy.run("performance_regression.py",
                Map.of("datasets", datasets.stream().map(Rows::json).toList()));
        List<RegressionMetrics> actual = new ArrayList<>();
        datasets.forEach(d -> actual.add(d.accumulate().metrics()));
        for (int i = 0; i < datasets.size(); i++) {
            RegressionMetrics m = actual.get(i);
            JsonNode e = expected.get(i);
            String name = "dataset " + i;
            assertThat(m.count()).isEqualTo(e.get("count").asLong());
            close(name + " mae", m.meanAbsoluteError(), e.get("mae"));
            close(name + " rmse", m.rootMeanSquaredError(), e.get("rmse"));
            close(name + " r2", m.r2(), e.get("r2"));
            close(name + " mean error", m.meanError(), e.get("meanError"));
            close(name + " max abs error", m.maxAbsoluteError(), e.get("maxAbsoluteError"));
        }
        assertThat(actual.get(2).r2().get()).isNegative();
        assertThat(actual.get(3).r2().reason()).contains("constant");
    }

    @Test
    void emptyAccumulatorHasOnlyUndefinedMetrics() {
        RegressionMetrics m = new RegressionAccumulator().metrics();
        assertThat(m.count()).isZero();
        assertThat(List.of(m.meanAbsoluteError(), m.rootMeanSquaredError(), m.r2(), m.meanError(), m.maxAbsoluteError()))
                .allSatisfy(v -> assertThat(v.reason()).isEqualTo("no rows"));
    }
}
