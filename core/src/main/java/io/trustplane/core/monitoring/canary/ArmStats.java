package io.trustplane.core.monitoring.canary;

import io.trustplane.core.monitoring.WeightedSample;

/**
 * What one arm of a canary (the baseline or the candidate version) did in the comparison window. Only
 * {@code requests} and {@code errors} are required; every other part is null when unknown, and the check that
 * needs it then reports that it had no data. Build with {@link #of(long, long)} and the withers.
 *
 * @param requests       requests served, >= 0
 * @param errors         failed requests, in [0, requests]
 * @param latency        latency distribution in milliseconds (raw observations via {@link WeightedSample#of},
 *                       or a quantile sketch's centroids), or null
 * @param classification correct/total of labelled predictions of a classifier, or null
 * @param regression     absolute-error summary of labelled predictions of a regressor, or null
 * @param driftedFeatureShare share of monitored features that drifted from the reference, in [0, 1], or null
 * @param guard          guard findings, or null
 */
public record ArmStats(long requests, long errors, WeightedSample latency, Classification classification,
                       Regression regression, Double driftedFeatureShare, Guard guard) {

    /** A classifier's labelled predictions: how many were correct out of how many. */
    public record Classification(long correct, long total) {
        public Classification {
            if (total < 0 || correct < 0 || correct > total) {
                throw new IllegalArgumentException("classification: correct must be in [0, total]: " + correct
                        + " of " + total);
            }
        }
    }

    /**
     * A regressor's labelled predictions, summarized by the absolute error |prediction − truth|.
     *
     * @param count                 labelled predictions
     * @param meanAbsoluteError     mean of the absolute errors, >= 0
     * @param varianceAbsoluteError unbiased sample variance (n − 1 denominator) of the absolute errors, >= 0
     */
    public record Regression(long count, double meanAbsoluteError, double varianceAbsoluteError) {
        public Regression {
            if (count < 0) {
                throw new IllegalArgumentException("regression: count must be >= 0: " + count);
            }
            if (!(meanAbsoluteError >= 0) || !Double.isFinite(meanAbsoluteError)) {
                throw new IllegalArgumentException("regression: the mean absolute error must be finite and >= 0: "
                        + meanAbsoluteError);
            }
            if (!(varianceAbsoluteError >= 0) || !Double.isFinite(varianceAbsoluteError)) {
                throw new IllegalArgumentException("regression: the variance of the absolute error must be finite and"
                        + " >= 0: " + varianceAbsoluteError);
            }
        }
    }

    /** Interactions scanned by the guard and how many had a blocked or flagged finding. */
    public record Guard(long interactionsWithFindings, long interactions) {
        public Guard {
            if (interactions < 0 || interactionsWithFindings < 0 || interactionsWithFindings > interactions) {
                throw new IllegalArgumentException("guard: interactions with findings must be in [0, interactions]: "
                        + interactionsWithFindings + " of " + interactions);
            }
        }
    }

    public ArmStats {
        if (requests < 0 || errors < 0 || errors > requests) {
            throw new IllegalArgumentException("errors must be in [0, requests]: " + errors + " of " + requests);
        }
        if (classification != null && regression != null) {
            throw new IllegalArgumentException("an arm is a classifier or a regressor, not both");
        }
        if (driftedFeatureShare != null && !(driftedFeatureShare >= 0 && driftedFeatureShare <= 1)) {
            throw new IllegalArgumentException("the drifted feature share must be in [0, 1]: " + driftedFeatureShare);
        }
    }

    /** An arm with only requests and errors known. */
    public static ArmStats of(long requests, long errors) {
        return new ArmStats(requests, errors, null, null, null, null, null);
    }

    public ArmStats withLatency(WeightedSample value) {
        return new ArmStats(requests, errors, value, classification, regression, driftedFeatureShare, guard);
    }

    public ArmStats withClassification(long correct, long total) {
        return new ArmStats(requests, errors, latency, new Classification(correct, total), regression,
                driftedFeatureShare, guard);
    }

    public ArmStats withRegression(long count, double meanAbsoluteError, double varianceAbsoluteError) {
        return new ArmStats(requests, errors, latency, classification,
                new Regression(count, meanAbsoluteError, varianceAbsoluteError), driftedFeatureShare, guard);
    }

    public ArmStats withDriftedFeatureShare(Double value) {
        return new ArmStats(requests, errors, latency, classification, regression, value, guard);
    }

    public ArmStats withGuard(long interactionsWithFindings, long interactions) {
        return new ArmStats(requests, errors, latency, classification, regression, driftedFeatureShare,
                new Guard(interactionsWithFindings, interactions));
    }
}
