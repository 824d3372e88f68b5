package io.trustplane.core.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.WeightedSample;
import io.trustplane.core.monitoring.drift.JensenShannon;
import io.trustplane.core.monitoring.drift.KolmogorovSmirnov;
import io.trustplane.core.monitoring.drift.PopulationStabilityIndex;
import io.trustplane.core.monitoring.drift.QuantileBins;
import io.trustplane.core.monitoring.drift.Wasserstein;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The statistics computed from t-digest profiles (100,000 values a side, compression 200) against the same
 * statistics on the raw values. The bounds asserted here are the ones documented in docs/MONITORING.md.
 */
class SketchAccuracyTest {

    static final int N = 100_000;
    /** Documented bounds (absolute, except Wasserstein: relative to the reference's standard deviation). */
    static final double KS_BOUND = 0.01;
    static final double PSI_BOUND = 0.005;
    static final double JS_BOUND = 0.005;
    static final double WASSERSTEIN_BOUND = 0.005;

    /**
     * Discrete (integer-valued) features: the digest interpolates between values that are really point masses,
     * so the bounds are wider.
     */
    static final double DISCRETE_KS_BOUND = 0.02;
    static final double DISCRETE_PSI_BOUND = 0.01;
    static final double DISCRETE_JS_BOUND = 0.01;

    private record Pair(String name, double[] ref, double[] cur) {
        boolean discrete() {
            return name.contains("ties");
        }
    }

    private static double[] draw(SplittableRandom r, DoubleUnaryOperator f) {
        double[] a = new double[N];
        for (int i = 0; i < N; i++) {
            a[i] = f.applyAsDouble(gauss(r));
        }
        return a;
    }

    static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static Pair[] pairs() {
        SplittableRandom r = new SplittableRandom(11);
        return new Pair[] {
            new Pair("same normal", draw(r, z -> z), draw(r, z -> z)),
            new Pair("mean +0.1 sd", draw(r, z -> z), draw(r, z -> z + 0.1)),
            new Pair("mean +0.5, sd x1.5", draw(r, z -> z), draw(r, z -> 0.5 + 1.5 * z)),
            new Pair("lognormal, shifted", draw(r, Math::exp), draw(r, z -> Math.exp(0.2 + z))),
            new Pair("integers 0..20 (ties)", draw(r, z -> Math.rint(Math.min(20, Math.max(0, 10 + 3 * z)))),
                    draw(r, z -> Math.rint(Math.min(20, Math.max(0, 10.5 + 3 * z))))),
        };
    }

    private static NumericProfile profile(double[] values) {
        NumericProfile p = new NumericProfile();
        for (double v : values) {
            p.add(v);
        }
        return p;
    }

    @Test
    void profileDerivedStatisticsStayWithinTheDocumentedBoundsOfTheExactOnes() {
        for (Pair pair : pairs()) {
            WeightedSample refExact = WeightedSample.of(pair.ref());
            WeightedSample curExact = WeightedSample.of(pair.cur());
            NumericProfile refProfile = profile(pair.ref());
            NumericProfile curProfile = profile(pair.cur());
            assertThat(refProfile.isExact()).isFalse();
            WeightedSample ref = refProfile.toSample();
            WeightedSample cur = curProfile.toSample();

            double ks = KolmogorovSmirnov.statistic(refExact, curExact);
            double ksSketch = KolmogorovSmirnov.test(ref, N, cur, N).statistic();
            QuantileBins exactBins = QuantileBins.of(refExact, 10);
            QuantileBins sketchBins = QuantileBins.of(ref, 10);
            double psi = PopulationStabilityIndex.of(refExact, curExact, 10, 1e-4);
            double psiSketch = PopulationStabilityIndex.of(ref, cur, 10, 1e-4);
            double js = JensenShannon.distance(exactBins.proportions(refExact), exactBins.proportions(curExact));
            double jsSketch = JensenShannon.distance(sketchBins.proportions(ref), sketchBins.proportions(cur));
            double std = refProfile.std();
            double w = Wasserstein.distance(refExact, curExact);
            double wSketch = Wasserstein.distance(ref, cur);

            String what = pair.name() + String.format(": KS %.5f/%.5f PSI %.5f/%.5f JS %.5f/%.5f W %.5f/%.5f", ks,
                    ksSketch, psi, psiSketch, js, jsSketch, w, wSketch);
            boolean discrete = pair.discrete();
            assertThat(Math.abs(ksSketch - ks)).as(what).isLessThan(discrete ? DISCRETE_KS_BOUND : KS_BOUND);
            assertThat(Math.abs(psiSketch - psi)).as(what).isLessThan(discrete ? DISCRETE_PSI_BOUND : PSI_BOUND);
            assertThat(Math.abs(jsSketch - js)).as(what).isLessThan(discrete ? DISCRETE_JS_BOUND : JS_BOUND);
            assertThat(Math.abs(wSketch - w) / std).as(what).isLessThan(WASSERSTEIN_BOUND);
        }
    }

    @Test
    void mergedProfilesDescribeTheUnion() {
        Pair pair = pairs()[3];
        NumericProfile merged = profile(pair.ref());
        merged.merge(profile(pair.cur()));
        double[] union = new double[2 * N];
        System.arraycopy(pair.ref(), 0, union, 0, N);
        System.arraycopy(pair.cur(), 0, union, N, N);
        NumericProfile direct = profile(union);
        WeightedSample exact = WeightedSample.of(union);

        assertThat(merged.count()).isEqualTo(2L * N);
        assertThat(merged.mean()).isCloseTo(direct.mean(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(merged.variance() / direct.variance()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(merged.min()).isEqualTo(direct.min());
        assertThat(merged.max()).isEqualTo(direct.max());
        assertThat(KolmogorovSmirnov.statistic(merged.toSample(), exact)).isLessThan(KS_BOUND);
        assertThat(KolmogorovSmirnov.statistic(merged.toSample(), direct.toSample())).isLessThan(KS_BOUND);
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
            // the merged sketch's quantile sits at rank q of the union (all values distinct: continuous data)
            double rank = java.util.Arrays.binarySearch(exact.values(), merged.quantile(q));
            double position = (rank >= 0 ? rank : -rank - 1) / (2.0 * N);
            assertThat(Math.abs(position - q)).as("q=" + q).isLessThan(0.005);
        }
    }
}
