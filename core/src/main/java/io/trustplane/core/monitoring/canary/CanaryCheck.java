package io.trustplane.core.monitoring.canary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One check of a canary analysis with the numbers behind its outcome.
 *
 * <p>{@code degradation} and {@code margin} are in the check's {@code unit} and oriented so that positive means
 * "the candidate is worse": the rise of the error rate or the guard finding share, the drop of accuracy
 * ({@code share}), the rise of the p95 latency ({@code ms}; margin = baseline p95 × tolerance), the rise of the
 * mean absolute error ({@code absolute_error}; margin = baseline MAE × tolerance).
 *
 * @param check          which check
 * @param outcome        what it concluded
 * @param method         the test: {@code fisher_exact}, {@code two_proportion_z}, {@code mann_whitney_u},
 *                       {@code welch_t}, or {@code none}; all one-sided, "candidate worse"
 * @param unit           unit of degradation and margin: {@code share}, {@code ms} or {@code absolute_error}; null
 *                       when the check did not run
 * @param baseline       the baseline's data the check used (name → value)
 * @param candidate      the candidate's data the check used
 * @param degradation    candidate minus baseline in the "worse" direction; null when the check did not run
 * @param margin         the practical margin; null when the check did not run
 * @param statistic      the test statistic (sample odds ratio, z, U of the candidate, t); null without test,
 *                       or when it is not finite (an odds ratio with a zero cell)
 * @param pValue         the one-sided p-value; null without test
 * @param adjustedPValue the p-value after the multiple-comparison adjustment; null without test
 * @param reason         one sentence with the numbers
 */
public record CanaryCheck(CheckName check, CheckOutcome outcome, String method, String unit,
                          Map<String, Double> baseline, Map<String, Double> candidate, Double degradation,
                          Double margin, Double statistic, Double pValue, Double adjustedPValue, String reason) {

    public CanaryCheck {
        baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
        candidate = Collections.unmodifiableMap(new LinkedHashMap<>(candidate));
    }
}
