package io.trustplane.core.monitoring.canary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

import io.trustplane.core.monitoring.WeightedSample;
import io.trustplane.core.monitoring.trust.Numbers;

/**
 * Canary analysis: compares a candidate version with the baseline over the same window and decides
 * promote, hold or rollback.
 *
 * <p>Checks (each one-sided, alternative "the candidate is worse"):
 * <ul>
 *   <li>error rate: {@link TwoProportionTest} (Fisher's exact test for small expected counts, else the pooled
 *       z-test); degradation = rate rise, margin {@link CanarySettings#errorRateMargin()};</li>
 *   <li>latency: {@link WeightedMannWhitney} (candidate larger); degradation = p95 rise in ms
 *       ({@link WeightedQuantile}), margin = baseline p95 × {@link CanarySettings#latencyP95Tolerance()};</li>
 *   <li>performance: a classifier's misclassification rate by {@link TwoProportionTest}, degradation = accuracy
 *       drop, margin {@link CanarySettings#accuracyDropMargin()}; a regressor's mean absolute error by Welch's
 *       t-test from summary statistics (Commons Statistics {@link TTest}), degradation = MAE rise, margin =
 *       baseline MAE × {@link CanarySettings#regressionErrorTolerance()};</li>
 *   <li>guard: the share of interactions with findings by {@link TwoProportionTest}, margin
 *       {@link CanarySettings#guardFindingMargin()};</li>
 *   <li>drift: only the two shares of drifted features are known, so there is no test: the shares are compared
 *       with {@link CanarySettings#driftShareMargin()} and the check can hold a canary but never roll it back.</li>
 * </ul>
 *
 * <p>Decision rule. A check runs when both arms have its data and at least
 * {@link CanarySettings#minSamplesPerArm()} observations each (else INSUFFICIENT_DATA; NOT_APPLICABLE when
 * neither arm has the data). The p-values of the checks that ran a test are adjusted together
 * ({@link CanarySettings#multipleComparison()}, Holm by default). Then, with {@code significant = adjusted p <
 * alpha} and {@code practical = degradation > margin}:
 * <pre>
 *   DEGRADED      significant and practical
 *   INCONCLUSIVE  practical but not significant (or practical without a test: drift, zero-variance errors)
 *   PASSED        otherwise (not practical, whether significant or not)
 *
 *   verdict = ROLLBACK  if any check is DEGRADED
 *             HOLD      else if any check is INCONCLUSIVE or INSUFFICIENT_DATA
 *             PROMOTE   otherwise (every check that could run passed; NOT_APPLICABLE checks are ignored)
 * </pre>
 * The rule does not establish non-inferiority: a small canary whose point estimates are within the margins
 * passes even if its confidence intervals are wide. {@link CanarySettings#minSamplesPerArm()} is the guard
 * against promoting on too little data; raise it for low-rate signals.
 *
 * <p>Pure and thread-safe.
 */
public final class CanaryAnalyzer {

    private static final TTest WELCH = TTest.withDefaults()
            .with(DataDispersion.HETEROSCEDASTIC)
            .with(AlternativeHypothesis.GREATER_THAN);

    private final CanarySettings settings;

    public CanaryAnalyzer(CanarySettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("canary settings are required");
        }
        this.settings = settings;
    }

    /** An analyzer with {@link CanarySettings#defaults()}. */
    public static CanaryAnalyzer withDefaults() {
        return new CanaryAnalyzer(CanarySettings.defaults());
    }

    public CanarySettings settings() {
        return settings;
    }

    /** Compares {@code candidate} with {@code baseline}, both measured over the same window. */
    public CanaryResult analyze(ArmStats baseline, ArmStats candidate) {
        if (baseline == null || candidate == null) {
            throw new IllegalArgumentException("both the baseline and the candidate arm are required");
        }
        List<Evidence> evidence = List.of(errorRate(baseline, candidate), latency(baseline, candidate),
                performance(baseline, candidate), guard(baseline, candidate), drift(baseline, candidate));
        double[] pValues = evidence.stream().filter(e -> e.test() != null).mapToDouble(e -> e.test().pValue()).toArray();
        double[] adjusted = settings.multipleComparison().adjust(pValues);
        List<CanaryCheck> checks = new ArrayList<>();
        int tested = 0;
        for (Evidence e : evidence) {
            Double adjustedP = e.test() == null ? null : adjusted[tested++];
            checks.add(decide(e, adjustedP, pValues.length));
        }
        return new CanaryResult(verdict(checks), summary(checks), checks, settings);
    }

    private CanaryCheck decide(Evidence e, Double adjustedP, int family) {
        if (e.preset() != null) {
            return new CanaryCheck(e.check(), e.preset(), "none", null, e.baseline(), e.candidate(), null, null, null,
                    null, null, e.observed());
        }
        boolean practical = e.degradation() > e.margin();
        String comparison = "; worse by " + amount(e.degradation(), e.unit()) + " against a margin of "
                + amount(e.margin(), e.unit());
        CheckOutcome outcome;
        String conclusion;
        if (e.test() == null) {
            outcome = practical ? CheckOutcome.INCONCLUSIVE : CheckOutcome.PASSED;
            conclusion = practical ? " → inconclusive: beyond the margin, and there is no test to tell noise from a change"
                    : " → passed: within the margin";
            return new CanaryCheck(e.check(), outcome, "none", e.unit(), e.baseline(), e.candidate(), e.degradation(),
                    e.margin(), null, null, null, e.observed() + comparison + conclusion);
        }
        boolean significant = adjustedP < settings.alpha();
        if (significant && practical) {
            outcome = CheckOutcome.DEGRADED;
            conclusion = " → degraded: significantly and practically worse";
        } else if (practical) {
            outcome = CheckOutcome.INCONCLUSIVE;
            conclusion = " → inconclusive: beyond the margin but not significant, more data needed";
        } else {
            outcome = CheckOutcome.PASSED;
            conclusion = significant ? " → passed: significantly but not practically worse"
                    : " → passed: no significant, practically relevant degradation";
        }
        String test = "; " + e.test().method() + " p = " + Numbers.format(e.test().pValue()) + ", "
                + adjustedName(family) + " = " + Numbers.format(adjustedP) + " (alpha " + Numbers.format(settings.alpha())
                + ")";
        return new CanaryCheck(e.check(), outcome, e.test().method(), e.unit(), e.baseline(), e.candidate(),
                e.degradation(), e.margin(), finiteOrNull(e.test().statistic()), e.test().pValue(), adjustedP,
                e.observed() + comparison + test + conclusion);
    }

    /** JSON has no infinities: an infinite or undefined odds ratio is reported as null (the counts are there). */
    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private String adjustedName(int family) {
        return switch (settings.multipleComparison()) {
            case NONE -> "unadjusted p";
            case BONFERRONI -> "Bonferroni-adjusted p over " + family + " tests";
            case HOLM -> "Holm-adjusted p over " + family + " tests";
        };
    }

    private static String amount(double value, String unit) {
        return switch (unit) {
            case "share" -> Numbers.format(value * 100) + " pp";
            case "ms" -> Numbers.format(value) + " ms";
            default -> Numbers.format(value);
        };
    }

    private Evidence errorRate(ArmStats baseline, ArmStats candidate) {
        return proportion(CheckName.ERROR_RATE, "requests", "errors", "error_rate", "error rate",
                baseline.errors(), baseline.requests(), candidate.errors(), candidate.requests(),
                settings.errorRateMargin(), false);
    }

    private Evidence guard(ArmStats baseline, ArmStats candidate) {
        ArmStats.Guard b = baseline.guard();
        ArmStats.Guard c = candidate.guard();
        Evidence missing = missing(CheckName.GUARD, b, c, "guard");
        if (missing != null) {
            return missing;
        }
        return proportion(CheckName.GUARD, "interactions", "interactions_with_findings", "finding_share",
                "guard finding share", b.interactionsWithFindings(), b.interactions(), c.interactionsWithFindings(),
                c.interactions(), settings.guardFindingMargin(), false);
    }

    private Evidence performance(ArmStats baseline, ArmStats candidate) {
        boolean classifier = baseline.classification() != null || candidate.classification() != null;
        boolean regressor = baseline.regression() != null || candidate.regression() != null;
        if (classifier && regressor) {
            throw new IllegalArgumentException("performance: one arm reports a classifier and the other a regressor");
        }
        if (regressor) {
            return regression(baseline.regression(), candidate.regression());
        }
        ArmStats.Classification b = baseline.classification();
        ArmStats.Classification c = candidate.classification();
        Evidence missing = missing(CheckName.PERFORMANCE, b, c, "labelled performance");
        if (missing != null) {
            return missing;
        }
        return proportion(CheckName.PERFORMANCE, "labelled", "correct", "accuracy", "accuracy", b.correct(), b.total(),
                c.correct(), c.total(), settings.accuracyDropMargin(), true);
    }

    /**
     * A proportion check. {@code good} says the counted events are good ones (correct predictions): the test
     * then runs on their complements and the degradation is the drop of the rate.
     */
    private Evidence proportion(CheckName check, String totalKey, String eventsKey, String rateKey, String label,
                                long baseEvents, long baseTotal, long candEvents, long candTotal, double margin,
                                boolean good) {
        Map<String, Double> b = counts(totalKey, baseTotal, eventsKey, baseEvents, rateKey);
        Map<String, Double> c = counts(totalKey, candTotal, eventsKey, candEvents, rateKey);
        Evidence small = tooFew(check, b, c, totalKey, baseTotal, candTotal);
        if (small != null) {
            return small;
        }
        TestResult test = good
                ? TwoProportionTest.candidateHigher(candTotal - candEvents, candTotal, baseTotal - baseEvents, baseTotal,
                        settings.fisherBelowExpected())
                : TwoProportionTest.candidateHigher(candEvents, candTotal, baseEvents, baseTotal,
                        settings.fisherBelowExpected());
        double rb = (double) baseEvents / baseTotal;
        double rc = (double) candEvents / candTotal;
        String observed = label + " " + Numbers.percent(rc) + " (" + candEvents + " of " + candTotal + ") vs baseline "
                + Numbers.percent(rb) + " (" + baseEvents + " of " + baseTotal + ")";
        return Evidence.compared(check, "share", b, c, good ? rb - rc : rc - rb, margin, test, observed);
    }

    private Evidence regression(ArmStats.Regression b, ArmStats.Regression c) {
        Evidence missing = missing(CheckName.PERFORMANCE, b, c, "labelled performance");
        if (missing != null) {
            return missing;
        }
        Map<String, Double> bm = regressionData(b);
        Map<String, Double> cm = regressionData(c);
        Evidence small = tooFew(CheckName.PERFORMANCE, bm, cm, "labelled", b.count(), c.count());
        if (small != null) {
            return small;
        }
        String observed = "mean absolute error " + Numbers.format(c.meanAbsoluteError()) + " (sd "
                + Numbers.format(Math.sqrt(c.varianceAbsoluteError())) + ", n " + c.count() + ") vs baseline "
                + Numbers.format(b.meanAbsoluteError()) + " (sd " + Numbers.format(Math.sqrt(b.varianceAbsoluteError()))
                + ", n " + b.count() + ")";
        double degradation = c.meanAbsoluteError() - b.meanAbsoluteError();
        double margin = b.meanAbsoluteError() * settings.regressionErrorTolerance();
        TestResult test = null;
        if (c.varianceAbsoluteError() + b.varianceAbsoluteError() > 0) {
            TTest.Result t = WELCH.test(c.meanAbsoluteError(), c.varianceAbsoluteError(), c.count(),
                    b.meanAbsoluteError(), b.varianceAbsoluteError(), b.count());
            test = new TestResult("welch_t", t.getStatistic(), t.getPValue());
        } else {
            observed += "; both arms' absolute errors have zero variance, so no t-test";
        }
        return Evidence.compared(CheckName.PERFORMANCE, "absolute_error", bm, cm, degradation, margin, test, observed);
    }

    private Evidence latency(ArmStats baseline, ArmStats candidate) {
        WeightedSample b = baseline.latency();
        WeightedSample c = candidate.latency();
        Evidence missing = missing(CheckName.LATENCY, b, c, "latency");
        if (missing != null) {
            return missing;
        }
        Map<String, Double> bm = latencyData(b);
        Map<String, Double> cm = latencyData(c);
        Evidence small = tooFew(CheckName.LATENCY, bm, cm, "observations", (long) Math.floor(b.totalWeight()),
                (long) Math.floor(c.totalWeight()));
        if (small != null) {
            return small;
        }
        double p95b = bm.get("p95_ms");
        double p95c = cm.get("p95_ms");
        TestResult test = WeightedMannWhitney.test(c, b, AlternativeHypothesis.GREATER_THAN);
        String observed = "p95 latency " + Numbers.format(p95c) + " ms (" + Numbers.format(c.totalWeight())
                + " observations) vs baseline " + Numbers.format(p95b) + " ms (" + Numbers.format(b.totalWeight()) + ")";
        return Evidence.compared(CheckName.LATENCY, "ms", bm, cm, p95c - p95b, p95b * settings.latencyP95Tolerance(),
                test, observed);
    }

    private Evidence drift(ArmStats baseline, ArmStats candidate) {
        Double b = baseline.driftedFeatureShare();
        Double c = candidate.driftedFeatureShare();
        Evidence missing = missing(CheckName.DRIFT, b, c, "drift");
        if (missing != null) {
            return missing;
        }
        Map<String, Double> bm = Map.of("drifted_feature_share", b);
        Map<String, Double> cm = Map.of("drifted_feature_share", c);
        String observed = "drifted feature share " + Numbers.percent(c) + " vs baseline " + Numbers.percent(b)
                + " (only the shares are known, so no statistical test)";
        return Evidence.compared(CheckName.DRIFT, "share", bm, cm, c - b, settings.driftShareMargin(), null, observed);
    }

    /** NOT_APPLICABLE when neither arm has the data, INSUFFICIENT_DATA when one lacks it, null when both have it. */
    private static Evidence missing(CheckName check, Object baseline, Object candidate, String what) {
        if (baseline == null && candidate == null) {
            return Evidence.notApplicable(check, "no " + what + " data for either arm: not checked");
        }
        if (baseline == null || candidate == null) {
            return Evidence.insufficient(check, Map.of(), Map.of(), "no " + what + " data for the "
                    + (baseline == null ? "baseline" : "candidate") + ": cannot compare");
        }
        return null;
    }

    private Evidence tooFew(CheckName check, Map<String, Double> b, Map<String, Double> c, String what, long baseN,
                            long candN) {
        long min = settings.minSamplesPerArm();
        if (baseN >= min && candN >= min) {
            return null;
        }
        return Evidence.insufficient(check, b, c, what + ": candidate " + candN + ", baseline " + baseN
                + ", below the minimum of " + min + " per arm");
    }

    private static Map<String, Double> counts(String totalKey, long total, String eventsKey, long events, String rateKey) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(totalKey, (double) total);
        m.put(eventsKey, (double) events);
        if (total > 0) {
            m.put(rateKey, (double) events / total);
        }
        return m;
    }

    private static Map<String, Double> regressionData(ArmStats.Regression r) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("labelled", (double) r.count());
        m.put("mean_absolute_error", r.meanAbsoluteError());
        m.put("variance_absolute_error", r.varianceAbsoluteError());
        return m;
    }

    private static Map<String, Double> latencyData(WeightedSample s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("observations", s.totalWeight());
        if (!s.isEmpty()) {
            m.put("p95_ms", WeightedQuantile.inverseCdf(s, 0.95));
        }
        return m;
    }

    private static CanaryVerdict verdict(List<CanaryCheck> checks) {
        if (checks.stream().anyMatch(c -> c.outcome() == CheckOutcome.DEGRADED)) {
            return CanaryVerdict.ROLLBACK;
        }
        if (checks.stream().anyMatch(c -> c.outcome() == CheckOutcome.INCONCLUSIVE
                || c.outcome() == CheckOutcome.INSUFFICIENT_DATA)) {
            return CanaryVerdict.HOLD;
        }
        return CanaryVerdict.PROMOTE;
    }

    private static String summary(List<CanaryCheck> checks) {
        CanaryVerdict verdict = verdict(checks);
        Map<CheckOutcome, List<String>> byOutcome = new LinkedHashMap<>();
        for (CheckOutcome o : List.of(CheckOutcome.DEGRADED, CheckOutcome.INCONCLUSIVE, CheckOutcome.INSUFFICIENT_DATA,
                CheckOutcome.PASSED, CheckOutcome.NOT_APPLICABLE)) {
            byOutcome.put(o, new ArrayList<>());
        }
        checks.forEach(c -> byOutcome.get(c.outcome()).add(c.check().key()));
        Function<CheckOutcome, String> words = o -> o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        List<String> parts = new ArrayList<>();
        byOutcome.forEach((o, names) -> {
            if (!names.isEmpty()) {
                parts.add(words.apply(o) + ": " + String.join(", ", names));
            }
        });
        return verdict + " (" + String.join("; ", parts) + ")";
    }
}
