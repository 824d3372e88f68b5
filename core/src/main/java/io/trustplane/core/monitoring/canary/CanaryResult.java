package io.trustplane.core.monitoring.canary;

import java.util.List;

/**
 * The result of a canary analysis.
 *
 * @param verdict  promote, hold or rollback
 * @param summary  one sentence: the verdict and the checks that decided it
 * @param checks   every check in {@link CheckName} order, including those that did not run
 * @param settings the settings the analysis used
 */
public record CanaryResult(CanaryVerdict verdict, String summary, List<CanaryCheck> checks, CanarySettings settings) {

    public CanaryResult {
        checks = List.copyOf(checks);
    }

    /** The line of {@code check}. */
    public CanaryCheck check(CheckName check) {
        return checks.get(check.ordinal());
    }
}
