package io.trustplane.core.monitoring.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.trustplane.core.monitoring.SciPy;
import io.trustplane.core.monitoring.WeightedSample;
import tools.jackson.databind.JsonNode;

class CanaryAnalyzerTest {

    private static final CanaryAnalyzer ANALYZER = CanaryAnalyzer.withDefaults();

    /** Log-normal latencies around e^4 ≈ 55 ms, scaled by {@code factor}. */
    private static WeightedSample latencies(long seed, int n, double factor) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            x[i] = factor * Math.exp(4 + 0.4 * gaussian);
        }
        return WeightedSample.of(x);
    }

    private static ArmStats healthyBaseline() {
        return ArmStats.of(10_000, 100).withLatency(latencies(1, 2000, 1)).withClassification(950, 1000)
                .withGuard(20, 1000).withDriftedFeatureShare(0.10);
    }

    /** Like the baseline in everything but, possibly, the errors in 10 000 requests. */
    private static ArmStats candidateWithErrors(long errors) {
        return ArmStats.of(10_000, errors).withLatency(latencies(2, 2000, 1)).withClassification(948, 1000)
                .withGuard(22, 1000).withDriftedFeatureShare(0.12);
    }

    @Test
    void promotesAnEquivalentCandidate() {
        CanaryResult result = ANALYZER.analyze(healthyBaseline(), candidateWithErrors(95));

        assertThat(result.verdict()).isEqualTo(CanaryVerdict.PROMOTE);
        assertThat(result.checks()).extracting(CanaryCheck::outcome).containsOnly(CheckOutcome.PASSED);
        assertThat(result.summary()).startsWith("PROMOTE (passed: error_rate, latency, performance, guard, drift)");
        CanaryCheck errors = result.check(CheckName.ERROR_RATE);
        assertThat(errors.method()).isEqualTo("two_proportion_z");
        assertThat(errors.candidate()).containsEntry("requests", 10_000.0).containsEntry("errors", 95.0)
                .containsEntry("error_rate", 0.0095);
        assertThat(errors.degradation()).isCloseTo(-0.0005, offset(1e-15));
        assertThat(errors.margin()).isEqualTo(0.01);
        assertThat(errors.pValue()).isEqualTo(TwoProportionTest.zTest(95, 10_000, 100, 10_000).pValue());
        assertThat(result.check(CheckName.DRIFT).method()).isEqualTo("none");
        assertThat(result.check(CheckName.DRIFT).pValue()).isNull();
    }

    @Test
    void rollsBackOnASignificantAndPracticalErrorRise() {
        CanaryResult result = ANALYZER.analyze(healthyBaseline(), candidateWithErrors(300));

        assertThat(result.verdict()).isEqualTo(CanaryVerdict.ROLLBACK);
        CanaryCheck errors = result.check(CheckName.ERROR_RATE);
        assertThat(errors.outcome()).isEqualTo(CheckOutcome.DEGRADED);
        assertThat(errors.reason()).contains("error rate 3% (300 of 10000) vs baseline 1% (100 of 10000)")
                .contains("worse by 2 pp against a margin of 1 pp").contains("two_proportion_z p = ")
                .contains("Holm-adjusted p over 4 tests").contains("degraded");
        assertThat(result.summary()).startsWith("ROLLBACK (degraded: error_rate;");
    }

    @Test
    void rollsBackOnSlowerLatency() {
        ArmStats candidate = ArmStats.of(10_000, 100).withLatency(latencies(2, 2000, 1.3));

        CanaryResult result = ANALYZER.analyze(ArmStats.of(10_000, 100).withLatency(latencies(1, 2000, 1)), candidate);

        CanaryCheck latency = result.check(CheckName.LATENCY);
        assertThat(latency.outcome()).isEqualTo(CheckOutcome.DEGRADED);
        assertThat(latency.method()).isEqualTo("mann_whitney_u");
        assertThat(latency.unit()).isEqualTo("ms");
        double p95b = latency.baseline().get("p95_ms");
        double p95c = latency.candidate().get("p95_ms");
        assertThat(latency.degradation()).isEqualTo(p95c - p95b);
        assertThat(latency.margin()).isEqualTo(p95b * 0.10);
        assertThat(result.verdict()).isEqualTo(CanaryVerdict.ROLLBACK);
        assertThat(result.check(CheckName.PERFORMANCE).outcome()).isEqualTo(CheckOutcome.NOT_APPLICABLE);
    }

    @Test
    void holdsWhenAnArmHasTooFewSamples() {
        ArmStats baseline = ArmStats.of(60, 1).withLatency(latencies(1, 60, 1));
        ArmStats candidate = ArmStats.of(40, 0).withLatency(latencies(2, 40, 1));

        CanaryResult result = ANALYZER.analyze(baseline, candidate);

        assertThat(result.verdict()).isEqualTo(CanaryVerdict.HOLD);
        CanaryCheck errors = result.check(CheckName.ERROR_RATE);
        assertThat(errors.outcome()).isEqualTo(CheckOutcome.INSUFFICIENT_DATA);
        assertThat(errors.reason()).isEqualTo("requests: candidate 40, baseline 60, below the minimum of 100 per arm");
        assertThat(errors.candidate()).containsEntry("requests", 40.0);
        assertThat(errors.pValue()).isNull();
        assertThat(result.check(CheckName.LATENCY).outcome()).isEqualTo(CheckOutcome.INSUFFICIENT_DATA);
    }

    @Test
    void holmAdjustmentTurnsARollbackIntoAHold() {
        // error rate 3.3% vs 2.0%: 1.3 pp over a 1 pp margin, one-sided z-test p ≈ 0.035, the only small p-value
        ArmStats baseline = ArmStats.of(1000, 20).withLatency(latencies(1, 1000, 1)).withClassification(900, 1000)
                .withGuard(30, 1000);
        ArmStats candidate = ArmStats.of(1000, 33).withLatency(latencies(2, 1000, 1)).withClassification(905, 1000)
                .withGuard(29, 1000);

        CanaryResult unadjusted = new CanaryAnalyzer(CanarySettings.defaults()
                .withMultipleComparison(MultipleComparison.NONE)).analyze(baseline, candidate);
        CanaryResult holm = ANALYZER.analyze(baseline, candidate);

        double p = unadjusted.check(CheckName.ERROR_RATE).pValue();
        assertThat(p).isBetween(0.01, 0.05);
        assertThat(unadjusted.check(CheckName.ERROR_RATE).outcome()).isEqualTo(CheckOutcome.DEGRADED);
        assertThat(unadjusted.verdict()).isEqualTo(CanaryVerdict.ROLLBACK);

        CanaryCheck adjusted = holm.check(CheckName.ERROR_RATE);
        assertThat(adjusted.pValue()).isEqualTo(p);
        assertThat(adjusted.adjustedPValue()).isEqualTo(Math.min(1, 4 * p));
        assertThat(adjusted.outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
        assertThat(adjusted.reason()).contains("not significant");
        assertThat(holm.verdict()).isEqualTo(CanaryVerdict.HOLD);
    }

    @Test
    void aSignificantButNegligibleRiseStillPromotes() {
        CanaryResult result = ANALYZER.analyze(ArmStats.of(2_000_000, 20_000), ArmStats.of(2_000_000, 22_000));

        CanaryCheck errors = result.check(CheckName.ERROR_RATE);
        assertThat(errors.adjustedPValue()).isLessThan(1e-6);
        assertThat(errors.outcome()).isEqualTo(CheckOutcome.PASSED);
        assertThat(errors.reason()).contains("significantly but not practically worse");
        assertThat(result.verdict()).isEqualTo(CanaryVerdict.PROMOTE);
    }

    @Test
    void driftBeyondTheMarginHoldsButCannotRollBack() {
        CanaryResult result = ANALYZER.analyze(ArmStats.of(5000, 50).withDriftedFeatureShare(0.05),
                ArmStats.of(5000, 50).withDriftedFeatureShare(0.40));

        CanaryCheck drift = result.check(CheckName.DRIFT);
        assertThat(drift.outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
        assertThat(drift.degradation()).isCloseTo(0.35, offset(1e-12));
        assertThat(drift.reason()).contains("40% vs baseline 5%").contains("no statistical test")
                .contains("margin of 10 pp");
        assertThat(result.verdict()).isEqualTo(CanaryVerdict.HOLD);
    }

    @Test
    void dataOnOnlyOneArmIsInsufficientAndOnNeitherNotApplicable() {
        CanaryResult result = ANALYZER.analyze(ArmStats.of(5000, 50).withGuard(10, 1000), ArmStats.of(5000, 50));

        assertThat(result.check(CheckName.GUARD).outcome()).isEqualTo(CheckOutcome.INSUFFICIENT_DATA);
        assertThat(result.check(CheckName.GUARD).reason()).isEqualTo("no guard data for the candidate: cannot compare");
        assertThat(result.check(CheckName.LATENCY).outcome()).isEqualTo(CheckOutcome.NOT_APPLICABLE);
        assertThat(result.verdict()).isEqualTo(CanaryVerdict.HOLD);
    }

    @Test
    void accuracyDropIsTestedOnMisclassifications() {
        CanaryResult result = ANALYZER.analyze(ArmStats.of(5000, 50).withClassification(920, 1000),
                ArmStats.of(5000, 50).withClassification(860, 1000));

        CanaryCheck performance = result.check(CheckName.PERFORMANCE);
        assertThat(performance.degradation()).isCloseTo(0.06, offset(1e-12));
        assertThat(performance.pValue()).isEqualTo(TwoProportionTest.zTest(140, 1000, 80, 1000).pValue());
        assertThat(performance.outcome()).isEqualTo(CheckOutcome.DEGRADED);
        assertThat(performance.reason()).contains("accuracy 86% (860 of 1000) vs baseline 92% (920 of 1000)");
    }

    private record WelchCase(double m1, double v1, long n1, double m2, double v2, long n2) {
    }

    @Test
    void regressorErrorsUseWelchsTestLikeSciPy() {
        SplittableRandom random = new SplittableRandom(11);
        List<WelchCase> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cases.add(new WelchCase(1 + random.nextDouble(), 0.1 + random.nextDouble(), 100 + random.nextInt(5000),
                    1 + random.nextDouble(), 0.1 + 3 * random.nextDouble(), 100 + random.nextInt(500)));
        }
        JsonNode expected = SciPy.run("canary_welch.py", Map.of("cases", cases)).get("cases");
        for (int i = 0; i < cases.size(); i++) {
            WelchCase c = cases.get(i);
            CanaryCheck check = ANALYZER.analyze(ArmStats.of(5000, 0).withRegression(c.n2, c.m2, c.v2),
                    ArmStats.of(5000, 0).withRegression(c.n1, c.m1, c.v1)).check(CheckName.PERFORMANCE);
            assertThat(check.method()).isEqualTo("welch_t");
            assertThat(SciPy.relativeError(check.statistic(), expected.get(i).get("t").asDouble())).as("t %s", c)
                    .isLessThan(1e-9);
            assertThat(SciPy.relativeError(check.pValue(), expected.get(i).get("p").asDouble())).as("p %s", c)
                    .isLessThan(1e-9);
            assertThat(check.degradation()).isEqualTo(c.m1 - c.m2);
            assertThat(check.margin()).isEqualTo(c.m2 * 0.10);
        }
    }

    @Test
    void zeroVarianceRegressionErrorsAreComparedWithoutATest() {
        CanaryCheck check = ANALYZER.analyze(ArmStats.of(5000, 0).withRegression(200, 1.0, 0),
                ArmStats.of(5000, 0).withRegression(200, 1.5, 0)).check(CheckName.PERFORMANCE);
        assertThat(check.method()).isEqualTo("none");
        assertThat(check.outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
        assertThat(check.reason()).contains("zero variance");
    }

    @Test
    void fisherForRareEventsReportsAFiniteOddsRatioOrNull() {
        CanaryCheck check = ANALYZER.analyze(ArmStats.of(500, 0), ArmStats.of(500, 4)).check(CheckName.ERROR_RATE);
        assertThat(check.method()).isEqualTo("fisher_exact");
        assertThat(check.statistic()).as("4·500 / (496·0) is infinite").isNull();
        assertThat(check.pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> ANALYZER.analyze(ArmStats.of(100, 1).withClassification(90, 100),
                ArmStats.of(100, 1).withRegression(100, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classifier and the other a regressor");
        assertThatThrownBy(() -> ArmStats.of(10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 of 10");
        assertThatThrownBy(() -> ArmStats.of(10, 1).withDriftedFeatureShare(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> ANALYZER.analyze(null, ArmStats.of(1, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanarySettings.defaults().withAlpha(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
    }
}
