package io.trustplane.core.monitoring.drift;

import static io.trustplane.core.monitoring.drift.NumericDriftSciPyTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.SciPy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Chi-square homogeneity and the categorical Jensen–Shannon distance against SciPy (drift_categorical.py). */
class CategoricalDriftSciPyTest {

    private record Case(Map<String, Long> ref, Map<String, Long> cur, double minExpected) {
    }

    private static Map<String, Long> counts(SplittableRandom r, int n, double[] shares, String... names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            int k = 0;
            while (k < shares.length - 1 && u >= shares[k]) {
                u -= shares[k++];
            }
            counts.merge(names[k], 1L, Long::sum);
        }
        return counts;
    }

    private static List<Case> cases() {
        SplittableRandom r = new SplittableRandom(3);
        List<Case> cases = new ArrayList<>();
        String[] abc = {"a", "b", "c", "d"};
        cases.add(new Case(counts(r, 5000, new double[] {0.4, 0.3, 0.2, 0.1}, abc),
                counts(r, 3000, new double[] {0.35, 0.3, 0.2, 0.15}, abc), 5));
        cases.add(new Case(Map.of("yes", 120L, "no", 80L), Map.of("yes", 90L, "no", 110L), 5)); // 2 x 2, no Yates
        cases.add(new Case(Map.of("a", 500L, "b", 400L, "rare1", 2L, "rare2", 1L),
                Map.of("a", 300L, "b", 350L, "new", 3L, "rare1", 1L), 5)); // pooling of rare and new categories
        cases.add(new Case(Map.of("a", 500L, "b", 400L, "rare1", 2L, "rare2", 1L),
                Map.of("a", 300L, "b", 350L, "new", 3L, "rare1", 1L), 0)); // the same, unpooled
        cases.add(new Case(Map.of("a", 1000L), Map.of("a", 3L, "b", 1L), 5)); // everything pooled: one column, no test
        cases.add(new Case(Map.of("x", 10L, "y", 0L), Map.of("y", 10L), 0)); // disjoint supports: JS = 1
        return cases;
    }

    @Test
    void chiSquareAndJensenShannonMatchSciPy() {
        List<Case> cases = cases();
        List<Map<String, Object>> input = new ArrayList<>();
        for (Case c : cases) {
            input.add(Map.of("ref", c.ref(), "cur", c.cur(), "min_expected", c.minExpected()));
        }
        JsonNode answer = SciPy.run("drift_categorical.py", Map.of("cases", input)).get("cases");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode expected = answer.get(i);
            ChiSquareHomogeneity.Result chi = ChiSquareHomogeneity.test(c.ref(), c.cur(), c.minExpected());
            String name = "case " + i + " " + c;
            assertClose(name + " chi2", chi.statistic(), expected.get("chi2").asDouble());
            assertClose(name + " p", chi.pValue(), expected.get("pvalue").asDouble());
            assertThat(chi.dof()).as(name).isEqualTo(expected.get("dof").asInt());
            List<String> pooled = new ArrayList<>();
            expected.get("pooled").forEach(n -> pooled.add(n.asString()));
            assertThat(chi.pooled()).as(name).containsExactlyElementsOf(pooled);

            List<String> union = new ArrayList<>(c.ref().keySet());
            c.cur().keySet().stream().filter(k -> !c.ref().containsKey(k)).forEach(union::add);
            double[] p = union.stream().mapToDouble(k -> c.ref().getOrDefault(k, 0L)).toArray();
            double[] q = union.stream().mapToDouble(k -> c.cur().getOrDefault(k, 0L)).toArray();
            assertClose(name + " JS", JensenShannon.distance(p, q), expected.get("js").asDouble());
        }
    }

    @Test
    void theCasesIncludePoolingAndDrift() {
        List<Case> cases = cases();
        assertThat(ChiSquareHomogeneity.test(cases.get(2).ref(), cases.get(2).cur(), 5).pooled()).isNotEmpty();
        assertThat(ChiSquareHomogeneity.test(cases.get(0).ref(), cases.get(0).cur(), 5).pValue()).isLessThan(0.05);
        assertThat(ChiSquareHomogeneity.test(cases.get(4).ref(), cases.get(4).cur(), 5).dof()).isZero();
    }

    @Test
    void badCountsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChiSquareHomogeneity.test(Map.of(), Map.of("a", 1L), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference counts are empty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, -1},
                new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
