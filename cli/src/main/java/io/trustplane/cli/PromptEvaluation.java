package io.trustplane.cli;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.eval.BinaryMetrics;
import io.trustplane.core.guard.eval.ScoredLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Injection/jailbreak quality per {@code source_set}. Recall, FPR, precision and F1 are at the detector's
 * configured threshold. ROC AUC and recall at 1% FPR compare a set's rows with the other class of the whole
 * file (a set of only attacks has no negatives of its own); the 1%-FPR threshold is set on all benign rows.
 */
final class PromptEvaluation {
    private record Scored(DatasetRow row, ScoredLabel label) {
    }

    private PromptEvaluation() {
    }

    /** Scores {@code rows} as text written by {@code role}, or by a row's own role where it has one. */
    static String run(Detector detector, List<DatasetRow> rows, TextRole role) {
        List<Scored> scored = new ArrayList<>();
        for (DatasetRow row : rows) {
            TextRole author = row.role() == null ? role : row.role();
            DetectorResult r = detector.scan(new TextSegment("row-" + row.line(), Direction.INPUT, author, row.text()), ScanContext.EMPTY);
            scored.add(new Scored(row, new ScoredLabel(row.positive(), r.score(), r.flagged())));
        }
        double[] allPos = scores(scored, true);
        double[] allNeg = scores(scored, false);
        double threshold1 = allNeg.length == 0 ? Double.NaN : BinaryMetrics.thresholdAtFpr(allNeg, 0.01);

        Map<String, List<Scored>> bySet = new TreeMap<>();
        for (Scored s : scored) bySet.computeIfAbsent(s.row().sourceSet() == null ? "(none)" : s.row().sourceSet(), k -> new ArrayList<>()).add(s);
        Table table = new Table("source_set", "rows", "attacks", "benign", "recall", "FPR", "precision", "F1", "ROC AUC", "recall@1%FPR");
        for (Map.Entry<String, List<Scored>> e : bySet.entrySet()) {
            table.row(row(e.getKey(), e.getValue(), allPos, allNeg, threshold1));
        }
        table.row(row("**all**", scored, allPos, allNeg, threshold1));
        return table.toString();
    }

    private static Object[] row(String name, List<Scored> set, double[] allPos, double[] allNeg, double threshold1) {
        BinaryMetrics m = BinaryMetrics.of(set.stream().map(Scored::label).toList());
        double[] pos = scores(set, true);
        double[] neg = scores(set, false);
        double auc = BinaryMetrics.rocAuc(pos.length > 0 ? pos : allPos, neg.length > 0 ? neg : allNeg);
        Double recallAt1 = null;
        if (pos.length > 0 && !Double.isNaN(threshold1)) {
            int hit = 0;
            for (double s : pos) if (s > threshold1) hit++;
            recallAt1 = (double) hit / pos.length;
        }
        return new Object[] {name, set.size(), m.positives(), m.negatives(), m.recall(), m.falsePositiveRate(),
                m.precision(), m.f1(), auc, recallAt1};
    }

    private static double[] scores(List<Scored> set, boolean positive) {
        return set.stream().filter(s -> s.label().positive() == positive).mapToDouble(s -> s.label().score()).toArray();
    }
}
