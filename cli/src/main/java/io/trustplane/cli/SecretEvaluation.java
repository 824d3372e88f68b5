package io.trustplane.cli;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.eval.BinaryMetrics;
import io.trustplane.core.guard.eval.ScoredLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secrets quality, row level: a {@code secret} row counts as found when the detector flags it, a
 * {@code no_secret} row as a false positive when it does. Misses and false alarms are listed by category
 * (the rule id of the source), never with the text.
 */
final class SecretEvaluation {
    private SecretEvaluation() {
    }

    static String run(Detector detector, List<DatasetRow> rows) {
        List<ScoredLabel> labels = new ArrayList<>();
        Map<String, Integer> misses = new TreeMap<>();
        Map<String, Integer> falseAlarms = new TreeMap<>();
        for (DatasetRow row : rows) {
            DetectorResult r = detector.scan(TextSegment.input(row.text()), ScanContext.EMPTY);
            labels.add(new ScoredLabel(row.positive(), r.score(), r.flagged()));
            String category = row.category() == null ? "(none)" : row.category();
            if (row.positive() && !r.flagged()) misses.merge(category, 1, Integer::sum);
            if (!row.positive() && r.flagged()) falseAlarms.merge(category, 1, Integer::sum);
        }
        BinaryMetrics m = BinaryMetrics.of(labels);
        StringBuilder out = new StringBuilder(new Table("rows", "secret", "no_secret", "precision", "recall", "F1", "FPR")
                .row(labels.size(), m.positives(), m.negatives(), m.precision(), m.recall(), m.f1(), m.falsePositiveRate()).toString());
        if (!misses.isEmpty()) out.append("\nMissed secrets by category: ").append(misses).append('\n');
        if (!falseAlarms.isEmpty()) out.append("False alarms by category: ").append(falseAlarms).append('\n');
        return out.toString();
    }
}
