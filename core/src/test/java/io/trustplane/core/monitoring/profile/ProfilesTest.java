package io.trustplane.core.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.trustplane.core.monitoring.WeightedSample;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    private static NumericProfile numeric(ProfileSettings settings, double... values) {
        NumericProfile p = new NumericProfile(settings);
        for (double v : values) {
            p.add(v);
        }
        return p;
    }

    private static double[] normal(SplittableRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = SketchAccuracyTest.gauss(r) * 2 + 5;
        }
        return a;
    }

    @Test
    void smallProfilesAreExactAndLargeOnesSketch() {
        double[] values = normal(new SplittableRandom(1), 1500);
        NumericProfile small = numeric(ProfileSettings.DEFAULTS, Arrays.copyOf(values, 1024));
        NumericProfile large = numeric(ProfileSettings.DEFAULTS, values);

        assertThat(small.isExact()).isTrue();
        assertThat(small.toSample()).usingRecursiveComparison()
                .isEqualTo(WeightedSample.of(Arrays.copyOf(values, 1024)));
        assertThat(large.isExact()).isFalse();
        assertThat(large.count()).isEqualTo(1500);
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length;
        assertThat(large.mean()).isCloseTo(mean, within(1e-12));
        assertThat(large.variance()).isCloseTo(variance, within(1e-10));
        assertThat(large.min()).isEqualTo(Arrays.stream(values).min().orElseThrow());
        assertThat(large.max()).isEqualTo(Arrays.stream(values).max().orElseThrow());
    }

    @Test
    void exactQuantilesAndCdfFollowNumpy() {
        NumericProfile p = numeric(ProfileSettings.DEFAULTS, 4, 1, 3, 2, 2);
        assertThat(p.quantile(0.5)).isEqualTo(2.0);
        assertThat(p.quantile(0.3)).isCloseTo(2.0, within(1e-15)); // h = 1.2 between 2 and 2
        assertThat(p.quantile(0.9)).isCloseTo(3.6, within(1e-12)); // numpy.quantile([1,2,2,3,4], 0.9)
        assertThat(p.cdf(2)).isEqualTo(0.6);
        assertThat(p.cdf(0.5)).isEqualTo(0.0);
        assertThat(p.cdf(4)).isEqualTo(1.0);
    }

    @Test
    void mergeOfExactProfilesStaysExactUntilTheLimitThenSketches() {
        ProfileSettings settings = new ProfileSettings(200, 10, 1000);
        NumericProfile a = numeric(settings, 1, 2, 3, 4);
        a.merge(numeric(settings, 5, 6, 7));
        assertThat(a.isExact()).isTrue();
        assertThat(a.toSample().values()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(a.mean()).isEqualTo(4.0);
        a.merge(numeric(settings, 8, 9, 10, 11));
        assertThat(a.isExact()).isFalse();
        assertThat(a.count()).isEqualTo(11);
        assertThat(a.variance()).isCloseTo(10.0, within(1e-12));
        assertThat(a.quantile(0.5)).isCloseTo(6.0, within(0.5));
    }

    @Test
    void missingAndBadValues() {
        NumericProfile p = new NumericProfile();
        p.add(Double.NaN);
        p.addMissing();
        assertThat(p.missing()).isEqualTo(2);
        assertThat(p.count()).isZero();
        assertThat(p.mean()).isNaN();
        assertThat(p.toSample().isEmpty()).isTrue();
        assertThatThrownBy(() -> p.add(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infinite");
        assertThatThrownBy(() -> p.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProfileSettings(5, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compression");
    }

    @Test
    void bytesRoundTripExactlyForExactAndSketchedProfiles() {
        SplittableRandom r = new SplittableRandom(2);
        for (int n : new int[] {0, 7, 1024, 50_000}) {
            NumericProfile p = numeric(ProfileSettings.DEFAULTS, normal(r, n));
            p.addMissing(3);
            byte[] bytes = p.toBytes();
            NumericProfile back = NumericProfile.fromBytes(bytes);
            assertThat(back.toBytes()).as("n=" + n).isEqualTo(bytes);
            assertThat(back.count()).isEqualTo(p.count());
            assertThat(back.missing()).isEqualTo(3);
            assertThat(Double.compare(back.mean(), p.mean())).isZero();
            assertThat(back.toSample()).usingRecursiveComparison().isEqualTo(p.toSample());
            if (n > 0) {
                assertThat(back.quantile(0.37)).isEqualTo(p.quantile(0.37));
            }
        }
    }

    @Test
    void corruptBytesAreRefusedClearly() {
        byte[] bytes = numeric(ProfileSettings.DEFAULTS, 1, 2, 3).toBytes();
        assertThatThrownBy(() -> NumericProfile.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated or corrupt");
        byte[] versioned = bytes.clone();
        versioned[4] = 9;
        assertThatThrownBy(() -> NumericProfile.fromBytes(versioned)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format version 9");
        assertThatThrownBy(() -> CategoricalProfile.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong magic");
    }

    @Test
    void summaryHasQuantilesAndAHistogramThatAddsUp() {
        NumericProfile p = numeric(ProfileSettings.DEFAULTS, normal(new SplittableRandom(3), 20_000));
        NumericSummary s = p.summary(20);
        assertThat(s.quantiles()).containsOnlyKeys("p01", "p05", "p25", "p50", "p75", "p95", "p99");
        assertThat(s.quantiles().get("p50")).isCloseTo(5, within(0.1));
        assertThat(s.histogram()).hasSize(20);
        assertThat(s.histogram().stream().mapToDouble(NumericSummary.Bin::count).sum()).isEqualTo(20_000);
        assertThat(s.histogram().get(0).lower()).isEqualTo(p.min());
        assertThat(s.histogram().get(19).upper()).isEqualTo(p.max());
    }

    @Test
    void categoricalCountsCapAndOverflow() {
        CategoricalProfile p = new CategoricalProfile(new ProfileSettings(200, 1024, 3));
        for (String v : new String[] {"a", "b", "a", "c", "d", "e", null, "a", CategoricalProfile.OTHER}) {
            p.add(v);
        }
        assertThat(p.count()).isEqualTo(8);
        assertThat(p.missing()).isEqualTo(1);
        assertThat(p.distinct()).isEqualTo(3);
        assertThat(p.counts()).containsExactly(Map.entry("a", 3L), Map.entry("b", 1L), Map.entry("c", 1L),
                Map.entry(CategoricalProfile.OTHER, 3L));

        CategoricalProfile q = new CategoricalProfile(new ProfileSettings(200, 1024, 3));
        q.add("c", 5);
        q.add("z", 2);
        p.merge(q);
        assertThat(p.count(CategoricalProfile.OTHER)).isEqualTo(5);
        assertThat(p.count("c")).isEqualTo(6);
        assertThat(p.count()).isEqualTo(15);

        byte[] bytes = p.toBytes();
        assertThat(CategoricalProfile.fromBytes(bytes).toBytes()).isEqualTo(bytes);
        assertThat(CategoricalProfile.fromBytes(bytes).counts()).isEqualTo(p.counts());
        assertThat(p.summary(2).top()).containsExactly(Map.entry("c", 6L), Map.entry(CategoricalProfile.OTHER, 5L));
        assertThat(p.summary(2).remaining()).isEqualTo(4);
    }

    @Test
    void datasetRowsInferKindsConvertValuesAndRefuseConflicts() {
        DatasetProfile d = new DatasetProfile();
        Map<String, Object> row = new HashMap<>();
        row.put("age", 31);
        row.put("country", "FR");
        row.put("member", true);
        row.put("later", null);
        d.addRow(row);
        d.addRow(Map.of("age", "42.5", "country", "DE", "member", false, "later", 3));
        d.declare("zip", FeatureKind.CATEGORICAL);
        d.addRow(Map.of("age", 20L, "zip", 75001, "later", 2.0));
        d.addRow(Map.of("zip", 75001.0));

        assertThat(d.rows()).isEqualTo(4);
        assertThat(d.kind("age")).isEqualTo(FeatureKind.NUMERIC);
        assertThat(d.kind("member")).isEqualTo(FeatureKind.CATEGORICAL);
        assertThat(d.numeric("age").count()).isEqualTo(3);
        assertThat(d.numeric("age").mean()).isCloseTo((31 + 42.5 + 20) / 3, within(1e-12));
        assertThat(d.categorical("member").counts()).containsEntry("true", 1L).containsEntry("false", 1L);
        assertThat(d.categorical("zip").counts()).containsExactly(Map.entry("75001", 2L));
        assertThat(d.numeric("later").missing()).as("a null before the kind was known").isEqualTo(1);
        assertThat(d.numeric("later").count()).isEqualTo(2);

        assertThatThrownBy(() -> d.addRow(Map.of("age", "old"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature 'age' is numeric, got the text 'old'");
        assertThatThrownBy(() -> d.addRow(Map.of("age", true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'age' is numeric");
        assertThatThrownBy(() -> d.addRow(Map.of("blob", new int[1]))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported type");
        assertThatThrownBy(() -> d.declare("age", FeatureKind.CATEGORICAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.add(d.indexOf("country"), 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'country' is CATEGORICAL, not NUMERIC");
    }

    @Test
    void datasetMergeAndBytes() {
        SplittableRandom r = new SplittableRandom(5);
        DatasetProfile a = new DatasetProfile();
        DatasetProfile b = new DatasetProfile();
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("x", r.nextDouble());
            row.put("c", "k" + r.nextInt(5));
            (i % 2 == 0 ? a : b).addRow(row);
        }
        b.addValue("only_b", null);
        b.addRow(Map.of("y", 1.5));
        a.merge(b);
        assertThat(a.rows()).isEqualTo(3001);
        assertThat(a.numeric("x").count()).isEqualTo(3000);
        assertThat(a.categorical("c").count()).isEqualTo(3000);
        assertThat(a.features()).containsExactly("x", "c", "y");
        assertThat(a.unknownFeatureMissing()).containsEntry("only_b", 1L);

        byte[] bytes = a.toBytes();
        DatasetProfile back = DatasetProfile.fromBytes(bytes);
        assertThat(back.toBytes()).isEqualTo(bytes);
        assertThat(back.features()).containsExactly("x", "c", "y");
        assertThat(back.numeric("x").quantile(0.5)).isEqualTo(a.numeric("x").quantile(0.5));
        assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class);
    }
}
