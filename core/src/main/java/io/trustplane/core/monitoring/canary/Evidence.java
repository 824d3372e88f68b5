package io.trustplane.core.monitoring.canary;

import java.util.Map;

/**
 * What a check found before the multiple-comparison adjustment: its data, its degradation and margin, its
 * test if it ran one, or the outcome it already has when it could not run.
 *
 * @param check       which check
 * @param preset      INSUFFICIENT_DATA or NOT_APPLICABLE when the check could not run; null when the decision rule
 *                    decides
 * @param unit        unit of degradation and margin
 * @param baseline    the baseline's data used
 * @param candidate   the candidate's data used
 * @param degradation candidate minus baseline, positive = worse
 * @param margin      the practical margin
 * @param test        the test, or null when the check compares without one
 * @param observed    the observations in words ("error rate 2.1% (21 of 1000) vs baseline 0.9% (9 of 1000)"), or
 *                    the reason a preset check did not run
 */
record Evidence(CheckName check, CheckOutcome preset, String unit, Map<String, Double> baseline,
                Map<String, Double> candidate, Double degradation, Double margin, TestResult test, String observed) {

    static Evidence notApplicable(CheckName check, String reason) {
        return new Evidence(check, CheckOutcome.NOT_APPLICABLE, null, Map.of(), Map.of(), null, null, null, reason);
    }

    static Evidence insufficient(CheckName check, Map<String, Double> baseline, Map<String, Double> candidate,
                                 String reason) {
        return new Evidence(check, CheckOutcome.INSUFFICIENT_DATA, null, baseline, candidate, null, null, null, reason);
    }

    static Evidence compared(CheckName check, String unit, Map<String, Double> baseline, Map<String, Double> candidate,
                             double degradation, double margin, TestResult test, String observed) {
        return new Evidence(check, null, unit, baseline, candidate, degradation, margin, test, observed);
    }
}
