package io.trustplane.core.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.SciPy;
import io.trustplane.core.monitoring.WeightedSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every numeric drift statistic against SciPy/numpy on generated raw data (drift_numeric.py), to 1e-9 relative. */
class NumericDriftSciPyTest {

    private static final double TOLERANCE = 1e-9;

    private record Case(String name, double[] x, double[] y, int bins) {
    }

    private static double[] draw(int n, DoubleSupplier value) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = value.getAsDouble();
        }
        return a;
    }

    private static List<Case> cases() {
        SplittableRandom r = new SplittableRandom(42);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("continuous, exact KS", draw(500, () -> gauss(r)), draw(700, () -> 0.2 + 1.1 * gauss(r)), 10));
        cases.add(new Case("tiny samples", draw(20, () -> gauss(r)), draw(15, () -> 0.5 + gauss(r)), 10));
        cases.add(new Case("ties, exact KS", draw(3000, () -> Math.rint(gauss(r) * 5) / 5),
                draw(2500, () -> Math.rint((gauss(r) + 0.05) * 5) / 5), 10));
        cases.add(new Case("continuous, asymptotic KS", draw(20000, () -> gauss(r)),
                draw(15000, () -> 0.03 + gauss(r)), 10));
        cases.add(new Case("ties, asymptotic KS, unequal sizes", draw(12000, () -> Math.rint(r.nextDouble() * 50)),
                draw(30001, () -> Math.rint(r.nextDouble() * 52)), 20));
        cases.add(new Case("current outside the reference range, empty bins",
                draw(1000, () -> r.nextDouble()), draw(800, () -> 0.95 + r.nextDouble() * 0.5), 10));
        cases.add(new Case("few distinct values, duplicate edges", draw(900, () -> r.nextInt(4)),
                draw(600, () -> r.nextInt(5)), 10));
        cases.add(new Case("constant reference", draw(300, () -> 7), draw(200, () -> r.nextInt(3) + 6), 10));
        double[] same = draw(400, () -> gauss(r));
        cases.add(new Case("identical samples", same, same.clone(), 10));
        cases.add(new Case("skewed, 5 bins", draw(2000, () -> Math.exp(gauss(r))),
                draw(1500, () -> Math.exp(0.3 + gauss(r))), 5));
        return cases;
    }

    private static double gauss(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void ksPsiWassersteinAndBinnedJensenShannonMatchSciPy() {
        List<Case> cases = cases();
        List<Map<String, Object>> input = new ArrayList<>();
        for (Case c : cases) {
            input.add(Map.of("x", c.x(), "y", c.y(), "bins", c.bins(), "epsilon",
                    PopulationStabilityIndex.DEFAULT_EPSILON));
        }
        JsonNode answer = SciPy.run("drift_numeric.py", Map.of("cases", input)).get("cases");

        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode expected = answer.get(i);
            WeightedSample x = WeightedSample.of(c.x());
            WeightedSample y = WeightedSample.of(c.y());

            KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(x, y);
            assertClose(c.name() + " KS statistic", ks.statistic(), expected.get("ks_statistic").asDouble());
            assertClose(c.name() + " KS p-value", ks.pValue(), expected.get("ks_pvalue").asDouble());
            assertThat(ks.method().name()).as(c.name()).isEqualTo(expected.get("ks_method").asString());

            assertClose(c.name() + " Wasserstein", Wasserstein.distance(x, y), expected.get("wasserstein").asDouble());

            QuantileBins bins = QuantileBins.of(x, c.bins());
            assertSameValues(c.name() + " edges", bins.edges(), doubles(expected.get("edges")));
            assertSameValues(c.name() + " numpy inverted_cdf edges", bins.edges(),
                    doubles(expected.get("numpy_edges")));
            assertClose(c.name() + " PSI", PopulationStabilityIndex.of(x, y, c.bins(),
                    PopulationStabilityIndex.DEFAULT_EPSILON), expected.get("psi").asDouble());
            assertClose(c.name() + " JS on bins", JensenShannon.distance(bins.proportions(x), bins.proportions(y)),
                    expected.get("js_bins").asDouble());
        }
    }

    @Test
    void theCasesCoverBothKsMethodsAndNonTrivialValues() {
        // guards the comparison above against degenerate data: both p-value methods, drift and no drift
        List<Case> cases = cases();
        assertThat(cases).extracting(c -> KolmogorovSmirnov.test(WeightedSample.of(c.x()), WeightedSample.of(c.y()))
                .method()).contains(KolmogorovSmirnov.Method.EXACT, KolmogorovSmirnov.Method.ASYMPTOTIC);
        assertThat(cases).extracting(c -> PopulationStabilityIndex.of(WeightedSample.of(c.x()),
                WeightedSample.of(c.y()), c.bins(), 1e-4)).anyMatch(psi -> psi > 1).anyMatch(psi -> psi == 0);
    }

    @Test
    void weightedWassersteinMatchesSciPy() {
        SplittableRandom r = new SplittableRandom(7);
        double[] x = draw(300, () -> gauss(r));
        double[] y = draw(250, () -> 0.4 + gauss(r));
        double[] xw = draw(300, () -> 0.1 + r.nextDouble() * 3);
        double[] yw = draw(250, () -> 0.1 + r.nextDouble() * 3);
        Map<String, Object> c = new LinkedHashMap<>(Map.of("x", x, "y", y, "xw", xw, "yw", yw, "bins", 10,
                "epsilon", 1e-4));
        JsonNode expected = SciPy.run("drift_numeric.py", Map.of("cases", List.of(c))).get("cases").get(0);

        assertClose("weighted Wasserstein", Wasserstein.distance(weighted(x, xw), weighted(y, yw)),
                expected.get("wasserstein").asDouble());
    }

    @Test
    void asymptoticPValuesMatchKstwoUpToTheEffectiveSizeCap() {
        long[][] sizes = {{32_768, 32_768}, {30_000, 15_000}, {12_000, 40_000}, {10_001, 10_001}};
        double[] ds = {0.004, 0.01, 0.02, 0.03, 0.05};
        List<Map<String, Object>> input = new ArrayList<>();
        for (long[] s : sizes) {
            for (double d : ds) {
                input.add(Map.of("d", d, "n", s[0], "m", s[1]));
            }
        }
        JsonNode answer = SciPy.run("drift_numeric.py", Map.of("asymp", input)).get("asymp");
        for (int i = 0; i < input.size(); i++) {
            Map<String, Object> a = input.get(i);
            double p = KolmogorovSmirnov.asymptoticPValue((double) a.get("d"), (long) a.get("n"), (long) a.get("m"));
            assertClose("kstwo " + a, p, answer.get(i).get("pvalue").asDouble());
        }
    }

    @Test
    void beyondTheEffectiveSizeCapThePValueIsWithinTheDocumentedBounds() {
        long[][] sizes = {{40_000, 40_000}, {1_000_000, 1_000_000}};
        List<Map<String, Object>> input = new ArrayList<>();
        for (long[] s : sizes) {
            for (double lambda = 0.3; lambda < 9; lambda += 1.5) { // D·sqrt(en) over the whole useful range
                input.add(Map.of("d", lambda / Math.sqrt(s[0] * (double) s[1] / (s[0] + s[1])), "n", s[0], "m", s[1]));
            }
        }
        JsonNode answer = SciPy.run("drift_numeric.py", Map.of("asymp", input)).get("asymp");
        for (int i = 0; i < input.size(); i++) {
            Map<String, Object> a = input.get(i);
            double p = KolmogorovSmirnov.asymptoticPValue((double) a.get("d"), (long) a.get("n"), (long) a.get("m"));
            double expected = answer.get(i).get("pvalue").asDouble();
            double bound = expected > 1e-10 ? 0.025 : 0.10;
            assertThat(SciPy.relativeError(p, expected)).as("p for " + a + ": " + p + " vs " + expected)
                    .isLessThan(bound);
        }
    }

    static WeightedSample weighted(double[] values, double[] weights) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] v = new double[values.length];
        double[] w = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            v[i] = values[order[i]];
            w[i] = weights[order[i]];
        }
        return new WeightedSample(v, w);
    }

    static double[] doubles(JsonNode array) {
        double[] a = new double[array.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = array.get(i).asDouble();
        }
        return a;
    }

    /** Equal as numbers (-0.0 and 0.0 are the same edge). */
    static void assertSameValues(String what, double[] actual, double[] expected) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i] == expected[i]).as(what + " [" + i + "] " + actual[i] + " vs " + expected[i]).isTrue();
        }
    }

    static void assertClose(String what, double actual, double expected) {
        assertThat(SciPy.relativeError(actual, expected)).as(what + ": " + actual + " vs SciPy " + expected)
                .isLessThanOrEqualTo(TOLERANCE);
    }
}
