package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.eval.BinaryMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recall, false-positive rate, ROC AUC and recall at 1% FPR (the last two by {@link BinaryMetrics}), for the evaluation reports. */
final class Metrics {
    private Metrics() {}

    static String header() {
        return String.format(Locale.ROOT, "%-28s %6s %6s %8s %8s %8s %10s", "source_set", "attack", "benign", "recall",
                "FPR", "AUC", "rec@1%FPR");
    }

    /**
     * One line for the rows {@code subset}. AUC and recall at 1% FPR need both classes: a set with
     * one class is scored against all rows of the other class (all benign rows for an attack set).
     */
    static String line(String name, List<PromptRows.Row> rows, double[] s, List<Integer> subset, double t) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (int i : subset) {
            (rows.get(i).attack() ? pos : neg).add(s[i]);
        }
        List<Double> posRef = pos;
        List<Double> negRef = neg;
        if (pos.isEmpty() || neg.isEmpty()) {
            posRef = new ArrayList<>();
            negRef = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).attack() && (pos.isEmpty())) {
                    posRef.add(s[i]);
                } else if (!rows.get(i).attack() && neg.isEmpty()) {
                    negRef.add(s[i]);
                }
            }
            if (!pos.isEmpty()) {
                posRef = pos;
            }
            if (!neg.isEmpty()) {
                negRef = neg;
            }
        }
        double recall = pos.isEmpty() ? Double.NaN : pos.stream().filter(x -> x >= t).count() / (double) pos.size();
        double fpr = neg.isEmpty() ? Double.NaN : neg.stream().filter(x -> x >= t).count() / (double) neg.size();
        double auc = auc(posRef, negRef);
        double r1 = recallAtFpr(posRef, negRef, 0.01);
        return String.format(Locale.ROOT, "%-28s %6d %6d %8s %8s %8s %10s", name, pos.size(), neg.size(), pct(recall),
                pct(fpr), num(auc), pct(r1));
    }

    static double recall(double[] s, boolean[] y, double t) {
        int p = 0;
        int tp = 0;
        for (int i = 0; i < s.length; i++) {
            if (y[i]) {
                p++;
                if (s[i] >= t) {
                    tp++;
                }
            }
        }
        return tp / (double) Math.max(1, p);
    }

    static double fpr(double[] s, boolean[] y, double t) {
        int n = 0;
        int fp = 0;
        for (int i = 0; i < s.length; i++) {
            if (!y[i]) {
                n++;
                if (s[i] >= t) {
                    fp++;
                }
            }
        }
        return fp / (double) Math.max(1, n);
    }

    static double auc(List<Double> pos, List<Double> neg) {
        return BinaryMetrics.rocAuc(array(pos), array(neg));
    }

    static double recallAtFpr(List<Double> pos, List<Double> neg, double fpr) {
        return BinaryMetrics.recallAtFpr(array(pos), array(neg), fpr);
    }

    static double[] array(List<Double> scores) {
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.4f", x);
    }
}
