package io.trustplane.core.monitoring.canary;

/**
 * The outcome of one one-sided test.
 *
 * @param method    {@code fisher_exact}, {@code two_proportion_z}, {@code mann_whitney_u} or {@code welch_t}
 * @param statistic the test's statistic
 * @param pValue    the p-value, in [0, 1]
 */
public record TestResult(String method, double statistic, double pValue) {
}
