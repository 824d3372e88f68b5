package io.trustplane.core.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.monitoring.SciPy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EmbeddingDriftTest {

    /** Unit vectors around a centre: what sentence embeddings of one topic look like. */
    static double[][] cloud(int n, int dimension, double[] centre, double spread, long seed) {
        Random random = new Random(seed);
        double[][] v = new double[n][dimension];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < dimension; k++) {
                v[i][k] = centre[k] + spread * random.nextGaussian();
                norm += v[i][k] * v[i][k];
            }
            for (int k = 0; k < dimension; k++) v[i][k] /= Math.sqrt(norm);
        }
        return v;
    }

    static double[] axis(int dimension, int index) {
        double[] centre = new double[dimension];
        centre[index] = 1;
        return centre;
    }

    @Test
    void theStatisticBandwidthAndMeanDistanceEqualNumpyOnTheDefinition() {
        int d = 16;
        double[] a = axis(d, 0);
        double[] mixed = axis(d, 0);
        mixed[1] = 0.6;
        List<double[][][]> cases = List.of(
                new double[][][] {cloud(40, d, a, 0.3, 1), cloud(35, d, a, 0.3, 2)},
                new double[][][] {cloud(30, d, a, 0.3, 3), cloud(50, d, mixed, 0.3, 4)},
                new double[][][] {cloud(25, d, a, 0.1, 5), cloud(25, d, axis(d, 2), 0.1, 6)});
        List<Map<String, Object>> input = new ArrayList<>();
        for (double[][][] c : cases) input.add(Map.of("reference", c[0], "current", c[1]));
        JsonNode expected = SciPy.run("drift_embeddings.py", Map.of("cases", input));

        for (int i = 0; i < cases.size(); i++) {
            EmbeddingDrift.Result r = EmbeddingDrift.test(cases.get(i)[0], cases.get(i)[1], 200, 0.05, 7);
            JsonNode e = expected.get(i);
            assertThat(Math.abs(r.mmd2() - e.get("mmd2").asDouble()))
                    .isLessThanOrEqualTo(1e-9 * Math.max(1e-3, Math.abs(e.get("mmd2").asDouble())));
            assertThat(SciPy.relativeError(r.bandwidth(), e.get("bandwidth").asDouble())).isLessThan(1e-9);
            assertThat(Math.abs(r.meanCosineDistance() - e.get("meanCosineDistance").asDouble())).isLessThan(1e-9);
        }
    }

    @Test
    void aShiftedTopicDriftsAndTheSameTopicDoesNot() {
        int d = 16;
        double[] a = axis(d, 0);
        double[] shifted = axis(d, 0);
        shifted[1] = 0.5;
        EmbeddingDrift.Result same = EmbeddingDrift.test(cloud(60, d, a, 0.3, 11), cloud(60, d, a, 0.3, 12), 300, 0.05, 1);
        EmbeddingDrift.Result moved = EmbeddingDrift.test(cloud(60, d, a, 0.3, 13), cloud(60, d, shifted, 0.3, 14), 300, 0.05, 1);

        assertThat(same.drifted()).isFalse();
        assertThat(same.pValue()).isGreaterThan(0.05);
        assertThat(moved.drifted()).isTrue();
        assertThat(moved.pValue()).isEqualTo(1.0 / 301); // no permutation reached the observed statistic
        assertThat(moved.meanCosineDistance()).isGreaterThan(same.meanCosineDistance());
    }

    @Test
    void theSeedMakesTheAnswerReproducibleAndBadInputIsRefused() {
        double[][] x = cloud(20, 8, axis(8, 0), 0.4, 21);
        double[][] y = cloud(20, 8, axis(8, 0), 0.4, 22);
        assertThat(EmbeddingDrift.test(x, y, 100, 0.05, 5)).isEqualTo(EmbeddingDrift.test(x, y, 100, 0.05, 5));
        assertThatThrownBy(() -> EmbeddingDrift.test(new double[][] {{1}}, y, 100, 0.05, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> EmbeddingDrift.test(x, new double[][] {{1, 0}, {0, 1}}, 100, 0.05, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
    }
}
