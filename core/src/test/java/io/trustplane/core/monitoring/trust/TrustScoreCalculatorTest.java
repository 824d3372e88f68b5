package io.trustplane.core.monitoring.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustplane.core.monitoring.trust.PerformanceInput.Direction;

class TrustScoreCalculatorTest {

    private static final TrustScoreCalculator DEFAULTS = TrustScoreCalculator.withDefaults();

    private static final TrustInputs FULL = TrustInputs.NONE
            .withPerformance(new PerformanceInput("auc", 0.91, 0.85, Direction.HIGHER_IS_BETTER, 0.5))
            .withDrift(new DriftInput(20, 3, false))
            .withFairness(List.of(new FairnessInput("sex", 0.72, 0.05)))
            .withGuard(new GuardInput(1000, 15))
            .withErrorRate(new ErrorRateInput(1000, 12))
            .withLatency(new LatencyInput(1500));

    @Test
    void everyComponentIsScoredAndExplainedWithItsNumbers() {
        TrustScore score = DEFAULTS.score(FULL);

        // 0.30·100 + 0.15·70 + 0.15·73.33 + 0.15·94.44 + 0.15·95 + 0.10·87.5 = 88.67
        assertThat(score.rawScore()).isCloseTo(0.30 * 100 + 0.15 * 70 + 0.15 * (100 * 0.22 / 0.3)
                + 0.15 * (100 - 100 * 0.005 / 0.09) + 0.15 * 95 + 0.10 * 87.5, within(1e-9));
        assertThat(score.score()).isEqualTo(88.7);
        assertThat(score.band()).isEqualTo(TrustBand.TRUSTED);

        TrustComponentScore performance = score.component(TrustComponent.PERFORMANCE);
        assertThat(performance.status()).isEqualTo(ComponentStatus.INCLUDED);
        assertThat(performance.subScore()).isEqualTo(100.0);
        assertThat(performance.inputs()).containsExactly(java.util.Map.entry("auc", 0.91),
                java.util.Map.entry("target", 0.85), java.util.Map.entry("zero_at", 0.5));
        assertThat(performance.explanation())
                .isEqualTo("auc 0.91 against a target of 0.85 (100 at or above 0.85, 0 at or below 0.5) → 100");
        assertThat(performance.effectiveWeight()).isEqualTo(0.30, within(1e-15));
        assertThat(performance.contribution()).isEqualTo(30.0, within(1e-12));

        assertThat(score.component(TrustComponent.DRIFT).explanation()).isEqualTo(
                "3 of 20 features drifted (15%; 100 at or below 0%, 0 at or above 50%) → 70, and the prediction did not drift");
        assertThat(score.component(TrustComponent.FAIRNESS).explanation()).isEqualTo(
                "demographic parity ratio for sex 0.72 against the four-fifths rule (100 at or above 0.8, 0 at or below"
                        + " 0.5) → 73.33 (the lowest of 2 measures)");
        assertThat(score.component(TrustComponent.GUARD).explanation()).isEqualTo(
                "15 of 1000 interactions had blocked or flagged guard findings (1.5%; 100 at or below 1%, 0 at or above"
                        + " 10%) → 94.44");
        assertThat(score.component(TrustComponent.ERROR_RATE).explanation()).isEqualTo(
                "12 of 1000 requests failed (1.2%; 100 at or below 1%, 0 at or above 5%) → 95");
        assertThat(score.component(TrustComponent.ERROR_RATE).inputs()).containsEntry("error_rate", 0.012);
        assertThat(score.component(TrustComponent.LATENCY).explanation()).isEqualTo(
                "p95 latency 1500 ms (100 at or below 1000 ms, 0 at or above 5000 ms) → 87.5");
        assertThat(score.notes()).containsExactly("score 88.7 = the sum of the contributions (88.67) rounded to one"
                + " decimal: TRUSTED (trusted at or above 80, watch at or above 60)");
    }

    @Test
    void theBreakdownReconcilesWithTheScore() {
        TrustScore score = DEFAULTS.score(FULL);
        double sum = 0;
        double weights = 0;
        for (TrustComponentScore c : score.components()) {
            assertThat(c.contribution()).isEqualTo(c.effectiveWeight() * c.subScore(), within(1e-12));
            sum += c.contribution();
            weights += c.effectiveWeight();
        }
        assertThat(sum).isEqualTo(score.rawScore(), within(1e-9));
        assertThat(weights).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void missingComponentsAreLeftOutAndTheWeightsRenormalized() {
        TrustScore score = DEFAULTS.score(TrustInputs.NONE
                .withPerformance(PerformanceInput.of("accuracy", 0.97, 0.95, Direction.HIGHER_IS_BETTER))
                .withErrorRate(new ErrorRateInput(1000, 12)));

        // 0.30/0.45·100 + 0.15/0.45·95 = 98.33
        assertThat(score.rawScore()).isCloseTo(200.0 / 3 + 95.0 / 3, within(1e-9));
        assertThat(score.score()).isEqualTo(98.3);
        assertThat(score.component(TrustComponent.PERFORMANCE).effectiveWeight()).isCloseTo(2.0 / 3, within(1e-15));
        TrustComponentScore drift = score.component(TrustComponent.DRIFT);
        assertThat(drift.status()).isEqualTo(ComponentStatus.NO_DATA);
        assertThat(drift.subScore()).isNull();
        assertThat(drift.configuredWeight()).isEqualTo(0.15);
        assertThat(drift.effectiveWeight()).isZero();
        assertThat(drift.explanation()).isEqualTo("no drift data in the window: left out, its weight 0.15 spread over the others");
        assertThat(score.notes().get(0)).isEqualTo("left out for lack of data: drift, fairness, guard, latency; the"
                + " included weights (sum 0.45) were divided by their sum to add up to 1");
    }

    @Test
    void aZeroWeightComponentIsShownButDoesNotCount() {
        TrustScoreCalculator calculator = new TrustScoreCalculator(TrustSettings.defaults()
                .withWeights(new TrustWeights(1, 0, 0, 0, 1, 0)));
        TrustScore score = calculator.score(FULL);

        assertThat(score.component(TrustComponent.FAIRNESS).status()).isEqualTo(ComponentStatus.ZERO_WEIGHT);
        assertThat(score.component(TrustComponent.FAIRNESS).subScore()).isCloseTo(73.333, within(1e-3));
        assertThat(score.component(TrustComponent.FAIRNESS).contribution()).isZero();
        assertThat(score.component(TrustComponent.FAIRNESS).explanation()).endsWith("configured weight 0, so it does not count");
        assertThat(score.rawScore()).isCloseTo(97.5, within(1e-12));
        assertThat(score.notes()).hasSize(1);
    }

    @Test
    void noDataMeansNoScore() {
        TrustScore score = DEFAULTS.score(TrustInputs.NONE);
        assertThat(score.score()).isNull();
        assertThat(score.rawScore()).isNull();
        assertThat(score.band()).isEqualTo(TrustBand.NO_DATA);
        assertThat(score.components()).hasSize(6).allMatch(c -> c.status() == ComponentStatus.NO_DATA);
    }

    @Test
    void theBandIsReadFromTheRoundedScore() {
        assertThat(latencyOnly(1801.6).score()).isEqualTo(80.0); // raw 79.96
        assertThat(latencyOnly(1801.6).band()).isEqualTo(TrustBand.TRUSTED);
        assertThat(latencyOnly(1000 + 4000 * 0.2006).band()).isEqualTo(TrustBand.WATCH); // 79.94 → 79.9
        assertThat(latencyOnly(2600).band()).isEqualTo(TrustBand.WATCH); // 60
        assertThat(latencyOnly(2602.4).band()).isEqualTo(TrustBand.AT_RISK); // 59.94 → 59.9
    }

    private static TrustScore latencyOnly(double p95) {
        return DEFAULTS.score(TrustInputs.NONE.withLatency(new LatencyInput(p95)));
    }

    @Test
    void lowerIsBetterMetricsAndPredictionDrift() {
        TrustScore score = DEFAULTS.score(TrustInputs.NONE
                .withPerformance(PerformanceInput.of("mae", 12.5, 10, Direction.LOWER_IS_BETTER))
                .withDrift(new DriftInput(0, 0, true)));
        assertThat(score.component(TrustComponent.PERFORMANCE).subScore()).isCloseTo(75, within(1e-12));
        assertThat(score.component(TrustComponent.PERFORMANCE).explanation())
                .isEqualTo("mae 12.5 against a target of 10 (100 at or below 10, 0 at or above 20) → 75");
        assertThat(score.component(TrustComponent.DRIFT).subScore()).isEqualTo(50.0);
        assertThat(score.component(TrustComponent.DRIFT).explanation()).isEqualTo("the prediction drifted (×0.5) → 50");
        assertThat(score.component(TrustComponent.DRIFT).inputs()).containsEntry("prediction_drifted", 1.0);
    }

    @Test
    void theWorstFairnessMeasureGoverns() {
        TrustScore score = DEFAULTS.score(TrustInputs.NONE.withFairness(List.of(
                new FairnessInput("sex", 0.9, 0.05), new FairnessInput("age_band", null, 0.2))));
        assertThat(score.component(TrustComponent.FAIRNESS).subScore()).isCloseTo(50, within(1e-9));
        assertThat(score.component(TrustComponent.FAIRNESS).explanation()).isEqualTo(
                "equalized odds difference for age_band 0.2 (100 at or below 0.1, 0 at or above 0.3) → 50 (the lowest of 3 measures)");
        assertThat(score.component(TrustComponent.FAIRNESS).inputs()).containsOnlyKeys(
                "sex.demographic_parity_ratio", "sex.equalized_odds_difference", "age_band.equalized_odds_difference");
    }

    @Test
    void historyScoresEachWindowInOrder() {
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        List<TrustPoint> history = DEFAULTS.history(List.of(
                new TrustWindow(t0, TrustInputs.NONE.withErrorRate(new ErrorRateInput(100, 1))),
                new TrustWindow(t0.plusSeconds(3600), TrustInputs.NONE),
                new TrustWindow(t0.plusSeconds(7200), TrustInputs.NONE.withErrorRate(new ErrorRateInput(100, 3)))));

        assertThat(history).extracting(TrustPoint::start).containsExactly(t0, t0.plusSeconds(3600), t0.plusSeconds(7200));
        assertThat(history).extracting(p -> p.score().score()).containsExactly(100.0, null, 50.0);
        assertThatThrownBy(() -> DEFAULTS.history(List.of(new TrustWindow(t0, TrustInputs.NONE),
                new TrustWindow(t0, TrustInputs.NONE)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increase");
    }

    @Test
    void rejectsInvalidSettingsAndInputs() {
        assertThatThrownBy(() -> new TrustWeights(0.5, -0.1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drift").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new TrustWeights(0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> TrustSettings.defaults().withErrorRate(0.05, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error_rate");
        assertThatThrownBy(() -> new PerformanceInput("auc", 0.9, 0.85, Direction.HIGHER_IS_BETTER, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero point");
        assertThatThrownBy(() -> PerformanceInput.of("loss", 1, 0, Direction.LOWER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target > 0");
        assertThatThrownBy(() -> new ErrorRateInput(10, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 of 10");
        assertThatThrownBy(() -> new ErrorRateInput(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no error rate input");
        assertThatThrownBy(() -> new DriftInput(5, 6, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FairnessInput("sex", 1.2, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
        assertThatThrownBy(() -> DEFAULTS.score(TrustInputs.NONE.withFairness(List.of(
                new FairnessInput("sex", 0.9, null), new FairnessInput("sex", 0.8, null)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new LatencyInput(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustSettings(TrustWeights.DEFAULTS, new Ramp(0, 0.5), 0.5, new Ramp(0.8, 0.5),
                new Ramp(0.1, 0.3), new Ramp(0.01, 0.1), new Ramp(0.01, 0.05), new Ramp(1000, 5000), 60, 80))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watch_at_least < trusted_at_least");
    }
}
