package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;
import io.trustplane.core.monitoring.profile.CategoricalProfile;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.FeatureKind;
import io.trustplane.core.monitoring.profile.NumericProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Compares a current window's profiles with a reference's, feature by feature, and gives each a verdict (see
 * {@link DriftSettings} for the rules). Works only from stored profiles, never from raw rows: numeric statistics
 * are computed on {@link NumericProfile#toSample()} (exact while a profile holds its raw values, otherwise the
 * t-digest's centroids with the profiles' true counts as the test's sample sizes), categorical ones on counts.
 *
 * <p>Features are independent, so they are analysed in parallel (the common fork-join pool). The profiles are
 * read, not changed, apart from a sketch compacting its buffer; do not feed them during an analysis.
 */
public final class DriftAnalyzer {

    private final DriftSettings settings;

    public DriftAnalyzer() {
        this(DriftSettings.DEFAULTS);
    }

    public DriftAnalyzer(DriftSettings settings) {
        this.settings = settings;
    }

    public DriftSettings settings() {
        return settings;
    }

    public DriftReport analyze(DatasetProfile reference, DatasetProfile current) {
        if (reference == null || current == null) {
            throw new IllegalArgumentException("reference and current profiles are required");
        }
        List<String> names = reference.features();
        List<FeatureDrift> features = IntStream.range(0, names.size()).parallel()
                .mapToObj(i -> feature(names.get(i), reference, current)).toList();
        Set<String> added = new LinkedHashSet<>(current.features());
        added.removeAll(names);

        int tested = 0;
        int drifted = 0;
        double maxRatio = 0;
        String maxFeature = null;
        FeatureDrift prediction = null;
        for (FeatureDrift f : features) {
            if (f.feature().equals(settings.predictionFeature())) {
                prediction = f;
            }
            if (f.status() == DriftStatus.INSUFFICIENT_DATA || f.status() == DriftStatus.KIND_MISMATCH) {
                continue;
            }
            tested++;
            if (f.drifted()) {
                drifted++;
            }
            double ratio = f.score() / f.threshold();
            if (ratio > maxRatio || maxFeature == null) {
                maxRatio = ratio;
                maxFeature = f.feature();
            }
        }
        return new DriftReport(reference.rows(), current.rows(), features, new ArrayList<>(added), tested, drifted,
                tested == 0 ? 0 : (double) drifted / tested, prediction, maxRatio, maxFeature);
    }

    private FeatureDrift feature(String name, DatasetProfile reference, DatasetProfile current) {
        FeatureKind kind = reference.kind(name);
        FeatureKind currentKind = current.kind(name);
        if (currentKind != null && currentKind != kind) {
            return unjudged(name, kind, counts(reference, name), counts(current, name), DriftStatus.KIND_MISMATCH,
                    "the feature is " + kind + " in the reference and " + currentKind + " in the current window");
        }
        long[] ref = counts(reference, name);
        long[] cur = currentKind == null ? new long[2] : counts(current, name);
        if (ref[0] < settings.minCount() || cur[0] < settings.minCount()) {
            return unjudged(name, kind, ref, cur, DriftStatus.INSUFFICIENT_DATA, String.format(Locale.ROOT,
                    "%d reference and %d current values; at least %d on each side are needed", ref[0], cur[0],
                    settings.minCount()));
        }
        return kind == FeatureKind.NUMERIC
                ? numeric(name, reference.numeric(name), current.numeric(name))
                : categorical(name, reference.categorical(name), current.categorical(name));
    }

    private static long[] counts(DatasetProfile profile, String name) {
        FeatureKind kind = profile.kind(name);
        if (kind == FeatureKind.NUMERIC) {
            NumericProfile p = profile.numeric(name);
            return new long[] {p.count(), p.missing()};
        }
        CategoricalProfile p = profile.categorical(name);
        return new long[] {p.count(), p.missing()};
    }

    private FeatureDrift unjudged(String name, FeatureKind kind, long[] ref, long[] cur, DriftStatus status,
            String why) {
        return new FeatureDrift(name, kind, ref[0], cur[0], ref[1], cur[1], Map.of(), null, Double.NaN, Double.NaN,
                null, Double.NaN, status, false, why);
    }

    private FeatureDrift numeric(String name, NumericProfile reference, NumericProfile current) {
        WeightedSample ref = reference.toSample();
        WeightedSample cur = current.toSample();
        KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(ref, reference.count(), cur, current.count());
        QuantileBins bins = QuantileBins.of(ref, settings.psiBins());
        double[] expected = bins.proportions(ref);
        double[] actual = bins.proportions(cur);
        double psi = PopulationStabilityIndex.of(expected, actual, settings.psiEpsilon());
        double wasserstein = Wasserstein.distance(ref, cur);
        double normalized = Wasserstein.normalized(wasserstein, reference.std());

        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("psi", psi);
        metrics.put("ks_statistic", ks.statistic());
        metrics.put("ks_pvalue", ks.pValue());
        metrics.put("wasserstein", wasserstein);
        if (Double.isFinite(normalized)) {
            metrics.put("wasserstein_normalized", normalized);
        }
        metrics.put("jensen_shannon", JensenShannon.distance(expected, actual));
        return verdict(name, FeatureKind.NUMERIC, reference.count(), current.count(), reference.missing(),
                current.missing(), metrics, "psi", psi, settings.psiModerate(), settings.psiMajor(),
                "kolmogorov_smirnov", ks.pValue(), "PSI", "KS");
    }

    private FeatureDrift categorical(String name, CategoricalProfile reference, CategoricalProfile current) {
        Map<String, Long> ref = reference.counts();
        Map<String, Long> cur = current.counts();
        ChiSquareHomogeneity.Result chi = ChiSquareHomogeneity.test(ref, cur, settings.chiSquareMinExpected());
        Set<String> categories = new LinkedHashSet<>(ref.keySet());
        categories.addAll(cur.keySet());
        double[] p = new double[categories.size()];
        double[] q = new double[categories.size()];
        int i = 0;
        for (String c : categories) {
            p[i] = ref.getOrDefault(c, 0L);
            q[i] = cur.getOrDefault(c, 0L);
            i++;
        }
        double js = JensenShannon.distance(p, q);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("chi_square", chi.statistic());
        metrics.put("chi_square_pvalue", chi.pValue());
        metrics.put("chi_square_dof", (double) chi.dof());
        metrics.put("jensen_shannon", js);
        return verdict(name, FeatureKind.CATEGORICAL, reference.count(), current.count(), reference.missing(),
                current.missing(), metrics, "jensen_shannon", js, settings.jsModerate(), settings.jsMajor(),
                "chi_square", chi.pValue(), "Jensen-Shannon distance", "chi-square");
    }

    private FeatureDrift verdict(String name, FeatureKind kind, long refCount, long curCount, long refMissing,
            long curMissing, Map<String, Double> metrics, String metric, double score, double moderate,
            double major, String test, double pValue, String metricLabel, String testLabel) {
        boolean significant = pValue < settings.alpha();
        DriftStatus status;
        if (significant && score >= major) {
            status = DriftStatus.DRIFT;
        } else if (significant && score >= moderate) {
            status = DriftStatus.MODERATE;
        } else {
            status = DriftStatus.NO_DRIFT;
        }
        String effect = String.format(Locale.ROOT, "%s %.4g %s %s", metricLabel, score,
                score >= major ? "≥" : "<", fmt(major));
        String significance = String.format(Locale.ROOT, "%s p = %.3g %s %s", testLabel, pValue,
                significant ? "<" : "≥", fmt(settings.alpha()));
        String explanation = switch (status) {
            case DRIFT -> "drift: " + effect + " and " + significance;
            case MODERATE -> "moderate change: " + metricLabel + String.format(Locale.ROOT, " %.4g", score)
                    + " between " + fmt(moderate) + " and " + fmt(major) + ", " + significance;
            default -> significant
                    ? "no drift: " + significance + " but the effect is small (" + effect + ")"
                    : "no drift: " + significance + " (" + effect + ")";
        };
        return new FeatureDrift(name, kind, refCount, curCount, refMissing, curMissing, metrics, metric, score, major,
                test, pValue, status, status == DriftStatus.DRIFT, explanation);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
