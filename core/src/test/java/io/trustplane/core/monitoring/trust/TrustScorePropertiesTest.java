package io.trustplane.core.monitoring.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import io.trustplane.core.monitoring.trust.PerformanceInput.Direction;

/** Monotonicity and reconciliation of the trust score over arbitrary inputs and weights. */
class TrustScorePropertiesTest {

    @Provide
    Arbitrary<TrustInputs> inputs() {
        Arbitrary<PerformanceInput> performance = Arbitraries.doubles().between(0, 1)
                .map(v -> new PerformanceInput("auc", v, 0.85, Direction.HIGHER_IS_BETTER, 0.5));
        Arbitrary<DriftInput> drift = Arbitraries.integers().between(1, 50).flatMap(n -> Arbitraries.integers()
                .between(0, n).map(d -> new DriftInput(n, d, d % 3 == 0 ? null : d % 2 == 0)));
        Arbitrary<List<FairnessInput>> fairness = Arbitraries.doubles().between(0, 1).list().ofMaxSize(2)
                .map(values -> values.isEmpty() ? List.of() : List.of(new FairnessInput("a", values.get(0),
                        values.size() > 1 ? values.get(1) : null)));
        Arbitrary<GuardInput> guard = Arbitraries.longs().between(1, 10_000)
                .flatMap(n -> Arbitraries.longs().between(0, n).map(f -> new GuardInput(n, f)));
        Arbitrary<LatencyInput> latency = Arbitraries.doubles().between(0, 10_000).map(LatencyInput::new);
        return Builders.withBuilder(() -> TrustInputs.NONE)
                .use(performance.injectNull(0.3)).in(TrustInputs::withPerformance)
                .use(drift.injectNull(0.3)).in(TrustInputs::withDrift)
                .use(fairness).in(TrustInputs::withFairness)
                .use(guard.injectNull(0.3)).in(TrustInputs::withGuard)
                .use(latency.injectNull(0.3)).in(TrustInputs::withLatency)
                .build();
    }

    @Provide
    Arbitrary<TrustWeights> weights() {
        return Arbitraries.doubles().between(0, 1).list().ofSize(6)
                .filter(w -> w.stream().anyMatch(x -> x > 0))
                .map(w -> new TrustWeights(w.get(0), w.get(1), w.get(2), w.get(3), w.get(4), w.get(5)));
    }

    @Property(tries = 200)
    void moreErrorsNeverRaiseTheScore(@ForAll("inputs") TrustInputs base, @ForAll("weights") TrustWeights weights,
                                      @ForAll @IntRange(min = 1, max = 5000) int requests,
                                      @ForAll @DoubleRange(min = 0, max = 1) double a,
                                      @ForAll @DoubleRange(min = 0, max = 1) double b) {
        long fewer = (long) (Math.min(a, b) * requests);
        long more = (long) (Math.max(a, b) * requests);
        TrustScoreCalculator calculator = new TrustScoreCalculator(TrustSettings.defaults().withWeights(weights));
        double better = rawOrZero(calculator.score(base.withErrorRate(new ErrorRateInput(requests, fewer))));
        double worse = rawOrZero(calculator.score(base.withErrorRate(new ErrorRateInput(requests, more))));
        assertThat(worse).isLessThanOrEqualTo(better + 1e-9);
    }

    @Property(tries = 200)
    void slowerNeverRaisesTheScore(@ForAll("inputs") TrustInputs base, @ForAll("weights") TrustWeights weights,
                                   @ForAll @DoubleRange(min = 0, max = 10_000) double a,
                                   @ForAll @DoubleRange(min = 0, max = 10_000) double b) {
        TrustScoreCalculator calculator = new TrustScoreCalculator(TrustSettings.defaults().withWeights(weights));
        double faster = rawOrZero(calculator.score(base.withLatency(new LatencyInput(Math.min(a, b)))));
        double slower = rawOrZero(calculator.score(base.withLatency(new LatencyInput(Math.max(a, b)))));
        assertThat(slower).isLessThanOrEqualTo(faster + 1e-9);
    }

    @Property(tries = 200)
    void betterPerformanceNeverLowersTheScore(@ForAll("inputs") TrustInputs base,
                                              @ForAll @DoubleRange(min = 0, max = 1) double a,
                                              @ForAll @DoubleRange(min = 0, max = 1) double b) {
        TrustScoreCalculator calculator = TrustScoreCalculator.withDefaults();
        double low = rawOrZero(calculator.score(base.withPerformance(
                new PerformanceInput("auc", Math.min(a, b), 0.85, Direction.HIGHER_IS_BETTER, 0.5))));
        double high = rawOrZero(calculator.score(base.withPerformance(
                new PerformanceInput("auc", Math.max(a, b), 0.85, Direction.HIGHER_IS_BETTER, 0.5))));
        assertThat(high).isGreaterThanOrEqualTo(low - 1e-9);
    }

    @Property(tries = 200)
    void moreDriftOrGuardFindingsNeverRaiseTheScore(@ForAll("inputs") TrustInputs base,
                                                    @ForAll @IntRange(min = 1, max = 40) int n,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double a,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double b,
                                                    @ForAll boolean predictionDrifted) {
        int fewer = (int) (Math.min(a, b) * n);
        int more = (int) (Math.max(a, b) * n);
        TrustScoreCalculator calculator = TrustScoreCalculator.withDefaults();
        assertThat(rawOrZero(calculator.score(base.withDrift(new DriftInput(n, more, predictionDrifted)))))
                .isLessThanOrEqualTo(rawOrZero(calculator.score(base.withDrift(new DriftInput(n, fewer, predictionDrifted)))) + 1e-9);
        assertThat(rawOrZero(calculator.score(base.withDrift(new DriftInput(n, fewer, true)))))
                .isLessThanOrEqualTo(rawOrZero(calculator.score(base.withDrift(new DriftInput(n, fewer, false)))) + 1e-9);
        assertThat(rawOrZero(calculator.score(base.withGuard(new GuardInput(n, more)))))
                .isLessThanOrEqualTo(rawOrZero(calculator.score(base.withGuard(new GuardInput(n, fewer)))) + 1e-9);
    }

    @Property(tries = 200)
    void theBreakdownAlwaysReconciles(@ForAll("inputs") TrustInputs inputs, @ForAll("weights") TrustWeights weights) {
        TrustScore score = new TrustScoreCalculator(TrustSettings.defaults().withWeights(weights)).score(inputs);
        if (score.rawScore() == null) {
            assertThat(score.band()).isEqualTo(TrustBand.NO_DATA);
            assertThat(score.components()).allMatch(c -> c.status() != ComponentStatus.INCLUDED);
            return;
        }
        assertThat(score.score()).isBetween(0.0, 100.0);
        assertThat(score.score()).isCloseTo(score.rawScore(), within(0.05 + 1e-9));
        double contributions = score.components().stream().mapToDouble(TrustComponentScore::contribution).sum();
        double effective = score.components().stream().mapToDouble(TrustComponentScore::effectiveWeight).sum();
        assertThat(contributions).isCloseTo(score.rawScore(), within(1e-9));
        assertThat(effective).isCloseTo(1.0, within(1e-12));
        for (TrustComponentScore c : score.components()) {
            if (c.subScore() != null) {
                assertThat(c.subScore()).isBetween(0.0, 100.0);
                assertThat(c.explanation()).contains("→");
            }
        }
    }

    private static double rawOrZero(TrustScore score) {
        return score.rawScore() == null ? 0 : score.rawScore();
    }
}
