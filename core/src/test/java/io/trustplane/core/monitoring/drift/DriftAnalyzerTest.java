package io.trustplane.core.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.monitoring.WeightedSample;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.FeatureKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftAnalyzerTest {

    /** Rows with a stable feature, a shifted one, a slightly shifted one, a categorical and the prediction. */
    private static DatasetProfile window(long seed, int rows, double shift, double tinyShift, double[] shares,
            double positiveRate) {
        SplittableRandom r = new SplittableRandom(seed);
        DatasetProfile p = new DatasetProfile();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stable", gauss(r));
            row.put("shifted", gauss(r) + shift);
            row.put("tiny", gauss(r) + tinyShift);
            double u = r.nextDouble();
            row.put("plan", u < shares[0] ? "free" : u < shares[0] + shares[1] ? "pro" : "team");
            row.put("prediction", r.nextDouble() < positiveRate ? "1" : "0");
            p.addRow(row);
        }
        return p;
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void flagsRealShiftsButNotTriviaOnLargeWindows() {
        DatasetProfile reference = window(1, 50_000, 0, 0, new double[] {0.5, 0.3}, 0.2);
        DatasetProfile current = window(2, 50_000, 1.0, 0.03, new double[] {0.3, 0.3}, 0.21);
        reference = DatasetProfile.fromBytes(reference.toBytes()); // as stored

        DriftReport report = new DriftAnalyzer().analyze(reference, current);

        Map<String, FeatureDrift> byName = new LinkedHashMap<>();
        report.features().forEach(f -> byName.put(f.feature(), f));
        assertThat(byName.get("stable").status()).isEqualTo(DriftStatus.NO_DRIFT);
        assertThat(byName.get("shifted").status()).isEqualTo(DriftStatus.DRIFT);
        assertThat(byName.get("shifted").explanation()).startsWith("drift: PSI");
        FeatureDrift tiny = byName.get("tiny");
        assertThat(tiny.pValue()).as("significant at 50k rows").isLessThan(0.05);
        assertThat(tiny.status()).as("but a 0.03 sd shift is trivia").isEqualTo(DriftStatus.NO_DRIFT);
        assertThat(tiny.explanation()).contains("effect is small");
        assertThat(byName.get("plan").status()).isEqualTo(DriftStatus.DRIFT);
        assertThat(byName.get("plan").primaryMetric()).isEqualTo("jensen_shannon");
        assertThat(byName.get("plan").metrics()).containsKeys("chi_square", "chi_square_pvalue", "jensen_shannon");
        assertThat(byName.get("shifted").metrics()).containsKeys("psi", "ks_statistic", "ks_pvalue", "wasserstein",
                "wasserstein_normalized", "jensen_shannon");
        assertThat(byName.get("shifted").metrics().get("wasserstein_normalized")).isBetween(0.9, 1.1);

        assertThat(report.prediction().feature()).isEqualTo("prediction");
        assertThat(report.prediction().drifted()).isFalse();
        assertThat(report.tested()).isEqualTo(5);
        assertThat(report.drifted()).isEqualTo(2);
        assertThat(report.driftedShare()).isEqualTo(0.4);
        assertThat(report.maxScoreFeature()).isEqualTo("shifted");
        assertThat(report.maxScoreRatio()).isGreaterThan(1);
    }

    @Test
    void smallWindowsNeedSignificance() {
        DatasetProfile reference = window(3, 5000, 0, 0, new double[] {0.5, 0.3}, 0.2);
        DatasetProfile noisy = window(4, 60, 0, 0, new double[] {0.5, 0.3}, 0.2);
        DriftReport report = new DriftAnalyzer().analyze(reference, noisy);
        assertThat(report.features()).allSatisfy(f -> assertThat(f.status()).isIn(DriftStatus.NO_DRIFT,
                DriftStatus.MODERATE));
        // small exact windows: the KS p-value is the exact one, from the raw values the profile still holds
        assertThat(noisy.numeric("stable").isExact()).isTrue();
        FeatureDrift stable = report.features().get(0);
        assertThat(stable.pValue()).isEqualTo(KolmogorovSmirnov.test(reference.numeric("stable").toSample(), 5000,
                WeightedSample.of(noisyValues(noisy)), 60).pValue());
    }

    private static double[] noisyValues(DatasetProfile p) {
        WeightedSample s = p.numeric("stable").toSample();
        return s.values(); // continuous data: every value once
    }

    @Test
    void insufficientDataKindMismatchAndNewFeatures() {
        DatasetProfile reference = window(5, 1000, 0, 0, new double[] {0.5, 0.3}, 0.2);
        DatasetProfile current = new DatasetProfile();
        current.declare("plan", FeatureKind.NUMERIC);
        for (int i = 0; i < 10; i++) {
            current.addRow(Map.of("stable", 0.1 * i, "extra", "x"));
        }
        DriftReport report = new DriftAnalyzer().analyze(reference, current);
        Map<String, DriftStatus> status = new LinkedHashMap<>();
        report.features().forEach(f -> status.put(f.feature(), f.status()));
        assertThat(status).containsEntry("stable", DriftStatus.INSUFFICIENT_DATA)
                .containsEntry("shifted", DriftStatus.INSUFFICIENT_DATA)
                .containsEntry("plan", DriftStatus.KIND_MISMATCH);
        assertThat(report.newFeatures()).containsExactly("extra");
        assertThat(report.tested()).isZero();
        assertThat(report.driftedShare()).isZero();
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new DriftSettings(1.5, 10, 1e-4, 0.1, 0.2, 0.05, 0.1, 5, 50, "prediction"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new DriftSettings(0.05, 10, 1e-4, 0.3, 0.2, 0.05, 0.1, 5, 50, "prediction"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("psiModerate");
    }
}
