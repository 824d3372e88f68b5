package io.trustplane.core.monitoring.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.trustplane.core.monitoring.SciPy;
import tools.jackson.databind.JsonNode;

class TwoProportionTestTest {

    private record Case(long ce, long cn, long be, long bn) {
    }

    /** Small and large tables, rare and common events, candidate better and worse, and the all-zero corner. */
    private static List<Case> cases() {
        SplittableRandom random = new SplittableRandom(6);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long cn = 5 + random.nextLong(i < 30 ? 200 : 20_000);
            long bn = 5 + random.nextLong(i < 30 ? 200 : 20_000);
            double rate = random.nextDouble() < 0.5 ? 0.01 : 0.2;
            cases.add(new Case(binomial(random, cn, rate * (1 + random.nextDouble())), cn, binomial(random, bn, rate), bn));
        }
        cases.add(new Case(0, 100, 0, 120));
        cases.add(new Case(7, 7, 0, 9));
        return cases;
    }

    private static long binomial(SplittableRandom random, long n, double p) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    @Test
    void fisherAndZTestAgreeWithSciPy() {
        List<Case> cases = cases();
        JsonNode expected = SciPy.run("canary_proportions.py", Map.of("cases", cases)).get("cases");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode e = expected.get(i);
            TestResult fisher = TwoProportionTest.candidateHigher(c.ce, c.cn, c.be, c.bn, Double.POSITIVE_INFINITY);
            assertThat(fisher.method()).isEqualTo("fisher_exact");
            assertThat(SciPy.relativeError(fisher.pValue(), e.get("fisher_p").asDouble())).as("fisher p %s", c)
                    .isLessThan(1e-9);
            JsonNode oddsRatio = e.get("fisher_odds_ratio");
            if (oddsRatio.isNumber()) {
                assertThat(SciPy.relativeError(fisher.statistic(), oddsRatio.asDouble())).as("odds ratio %s", c)
                        .isLessThan(1e-9);
            } else {
                assertThat(Double.isFinite(fisher.statistic())).as("odds ratio %s", c).isFalse();
            }
            TestResult z = TwoProportionTest.zTest(c.ce, c.cn, c.be, c.bn);
            if (e.get("z").isNull()) {
                assertThat(z.pValue()).isEqualTo(1.0);
                assertThat(z.statistic()).isZero();
            } else {
                assertThat(SciPy.relativeError(z.statistic(), e.get("z").asDouble())).as("z %s", c).isLessThan(1e-9);
                assertThat(SciPy.relativeError(z.pValue(), e.get("z_p").asDouble())).as("z p %s", c).isLessThan(1e-9);
            }
        }
    }

    @Test
    void usesFisherOnlyBelowTheExpectedCountThreshold() {
        // expected events in the smaller arm: 100 * 4 / 200 = 2 < 5
        assertThat(TwoProportionTest.candidateHigher(3, 100, 1, 100, 5).method()).isEqualTo("fisher_exact");
        // 1000 * 40 / 2000 = 20 >= 5
        assertThat(TwoProportionTest.candidateHigher(25, 1000, 15, 1000, 5).method()).isEqualTo("two_proportion_z");
        // counts beyond int range always use the z-test
        assertThat(TwoProportionTest.candidateHigher(1, 3_000_000_000L, 0, 3_000_000_000L, 5).method())
                .isEqualTo("two_proportion_z");
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> TwoProportionTest.candidateHigher(5, 4, 0, 10, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidate").hasMessageContaining("5 of 4");
        assertThatThrownBy(() -> TwoProportionTest.zTest(0, 10, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline");
    }
}
