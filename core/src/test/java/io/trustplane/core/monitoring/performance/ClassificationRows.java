package io.trustplane.core.monitoring.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded generated classifier rows, for the SciPy comparisons and the merge properties. */
record ClassificationRows(String positive, int bins, List<Row> rows) {

    /** One row: a score, probabilities, or neither. */
    record Row(String actual, String predicted, Double score, Map<String, Double> probabilities) {

        void addTo(ClassificationAccumulator acc) {
            if (score != null) {
                acc.add(actual, predicted, score);
            } else if (probabilities != null) {
                acc.add(actual, predicted, probabilities);
            } else {
                acc.add(actual, predicted);
            }
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("actual", actual);
            json.put("predicted", predicted);
            if (score != null) {
                json.put("score", score);
            }
            if (probabilities != null) {
                json.put("probabilities", probabilities);
            }
            return json;
        }
    }

    ClassificationAccumulator accumulate(ClassificationConfig config) {
        ClassificationAccumulator acc = new ClassificationAccumulator(config);
        rows.forEach(r -> r.addTo(acc));
        return acc;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("positive", positive);
        json.put("bins", bins);
        json.put("rows", rows.stream().map(Row::json).toList());
        return json;
    }

    /**
     * A binary classifier: positive "yes", scores from a logistic of a noisy signal, rounded to {@code decimals}
     * (0: not rounded) to make ties; a share of rows unscored, and a share with probabilities instead of a score.
     */
    static ClassificationRows binary(long seed, int n, int decimals, double positiveShare, double unscored) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean positive = random.nextDouble() < positiveShare;
            double score = 1 / (1 + Math.exp(-(random.nextGaussian() * 1.5 + (positive ? 1 : -1))));
            if (decimals > 0) {
                double scale = Math.pow(10, decimals);
                score = Math.round(score * scale) / scale;
            }
            String actual = positive ? "yes" : "no";
            String predicted = score >= 0.5 ? "yes" : "no";
            double u = random.nextDouble();
            if (u < unscored) {
                rows.add(new Row(actual, predicted, null, null));
            } else if (u < unscored + 0.1) {
                rows.add(new Row(actual, predicted, null, Map.of("yes", score, "no", 1 - score)));
            } else {
                rows.add(new Row(actual, predicted, score, null));
            }
        }
        return new ClassificationRows("yes", 10, rows);
    }

    /**
     * A multiclass classifier over a, b, c with probabilities (random exponentials normalised, scaled by up to
     * ±0.5% so they do not sum exactly to 1, a class sometimes left out of the map); class "d" is only ever
     * predicted (absent from the actuals), class "e" only appears in probabilities.
     */
    static ClassificationRows multiclass(long seed, int n, int decimals) {
        Random random = new Random(seed);
        String[] classes = {"a", "b", "c", "e"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int actual = random.nextInt(3);
            double[] weights = new double[classes.length];
            double total = 0;
            for (int c = 0; c < classes.length; c++) {
                weights[c] = -Math.log(random.nextDouble()) * (c == actual ? 2.5 : c == 3 ? 0.3 : 1);
                total += weights[c];
            }
            Map<String, Double> probabilities = new LinkedHashMap<>();
            int best = 0;
            double scale = 1 + (random.nextDouble() - 0.5) * 0.01;
            int skip = random.nextDouble() < 0.2 ? random.nextInt(classes.length) : -1;
            for (int c = 0; c < classes.length; c++) {
                if (weights[c] > weights[best]) {
                    best = c;
                }
                if (c != skip) {
                    double p = weights[c] / total * scale;
                    if (decimals > 0) {
                        p = Math.round(p * Math.pow(10, decimals)) / Math.pow(10, decimals);
                    }
                    probabilities.put(classes[c], p);
                }
            }
            double sum = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 0.009) { // a skipped large class or rounding: give the rest to the top class
                probabilities.put(classes[best], probabilities.getOrDefault(classes[best], 0.0) + 1 - sum);
            }
            String predicted = random.nextDouble() < 0.03 ? "d" : classes[best == 3 ? actual : best];
            rows.add(new Row(classes[actual], predicted, null, random.nextDouble() < 0.05 ? null : probabilities));
        }
        return new ClassificationRows(null, 10, rows);
    }
}
