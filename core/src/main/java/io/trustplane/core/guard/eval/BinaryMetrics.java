package io.trustplane.core.guard.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Quality of a binary detector over labelled examples: the confusion counts at its configured threshold,
 * ROC AUC over its scores, and recall at a fixed false-positive rate.
 *
 * @param positives labelled positive examples
 * @param negatives labelled negative examples
 * @param truePositives positives the detector flagged
 * @param falsePositives negatives the detector flagged
 */
public record BinaryMetrics(int positives, int negatives, int truePositives, int falsePositives) {

    public static BinaryMetrics of(List<ScoredLabel> examples) {
        int p = 0;
        int n = 0;
        int tp = 0;
        int fp = 0;
        for (ScoredLabel e : examples) {
            if (e.positive()) {
                p++;
                if (e.flagged()) tp++;
            } else {
                n++;
                if (e.flagged()) fp++;
            }
        }
        return new BinaryMetrics(p, n, tp, fp);
    }

    /** Share of positives flagged; NaN without positives. */
    public double recall() {
        return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    /** Share of negatives flagged; NaN without negatives. */
    public double falsePositiveRate() {
        return negatives == 0 ? Double.NaN : (double) falsePositives / negatives;
    }

    /** Share of flagged examples that are positive; NaN when nothing was flagged. */
    public double precision() {
        int flagged = truePositives + falsePositives;
        return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random negative,
     * ties counting half (the Mann–Whitney U statistic divided by P·N). NaN unless both classes occur.
     */
    public static double rocAuc(double[] positiveScores, double[] negativeScores) {
        if (positiveScores.length == 0 || negativeScores.length == 0) return Double.NaN;
        double[] neg = negativeScores.clone();
        Arrays.sort(neg);
        double u = 0;
        for (double s : positiveScores) {
            int below = lowerBound(neg, s);
            int notAbove = upperBound(neg, s);
            u += below + 0.5 * (notAbove - below);
        }
        return u / ((double) positiveScores.length * neg.length);
    }

    /**
     * The recall reachable while keeping the false-positive rate at or below {@code maxFpr}: the threshold is
     * the lowest score that flags at most {@code floor(maxFpr * N)} negatives (strictly above the threshold).
     */
    public static double recallAtFpr(double[] positiveScores, double[] negativeScores, double maxFpr) {
        if (positiveScores.length == 0 || negativeScores.length == 0) return Double.NaN;
        double threshold = thresholdAtFpr(negativeScores, maxFpr);
        int hit = 0;
        for (double s : positiveScores) {
            if (s > threshold) hit++;
        }
        return (double) hit / positiveScores.length;
    }

    /** The score above which at most {@code floor(maxFpr * N)} of the negatives lie. */
    public static double thresholdAtFpr(double[] negativeScores, double maxFpr) {
        double[] neg = negativeScores.clone();
        Arrays.sort(neg);
        int allowed = (int) Math.floor(maxFpr * neg.length + 1e-9);
        // the (allowed+1)-th highest negative score: flagging strictly above it flags at most `allowed`
        return neg[neg.length - 1 - Math.min(allowed, neg.length - 1)];
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
