package io.trustplane.embeddings;

import io.trustplane.core.guard.eval.BinaryMetrics;
import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.core.guard.text.TextNormalizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Train-only comparison of ways to combine the fast detector with the embedding head, on the same
 * folds: reads the fast detector's out-of-fold scores written by core's {@code InjectionCrossValidation}
 * ({@code -Dtp.oofOut=FILE}), cross-validates the head on those folds, and reports out-of-fold ROC AUC
 * and recall at 1% FPR of each combination, per fold seed and their mean. A learned combiner is itself
 * fitted on the out-of-fold scores of the other folds (a second level of cross-validation), so no row
 * is scored by a combiner that saw it. The dev split is not read.
 *
 * <p>Embeddings of the train rows are cached under {@code embeddings/target/} (they take about a
 * minute). Usage: {@code EmbeddingStackingCv DATA OOF_FILE}; {@code -Dtp.maxTokens=N} for another
 * window; {@code -Dtp.threshold=t} for the fast model's threshold (the grey zone's centre; default the bundled model's);
 * {@code -Dtp.mlp=true} adds the combinations with {@link MlpHead} ({@code tp.hidden}, {@code tp.mlpEpochs},
 * {@code tp.mlpL2}).
 */
public final class EmbeddingStackingCv {
    static final double T = Double.parseDouble(System.getProperty("tp.threshold",
            String.valueOf(InjectionDetector.withDefaults().threshold())));

    record Oof(int[] fold, boolean[] y, double[] fast) {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path oofFile = Path.of(args[1]);
        int window = Integer.getInteger("tp.maxTokens", EmbeddingSecondOpinion.WINDOW);
        List<EmbeddingHeadTrainer.Row> train = EmbeddingHeadTrainer.readRows(data).stream().filter(r -> r.split().equals("train")).toList();
        float[][] x = embeddings(train, window, Path.of("embeddings/target/train-embeddings-" + window + ".bin"));
        Map<Long, Oof> oofs = readOof(oofFile, train.size());
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (var e : oofs.entrySet()) {
            Oof o = e.getValue();
            double[] head = headOof(x, o, false);
            Map<String, double[]> combos = combinations(o, head);
            if (Boolean.getBoolean("tp.mlp")) {
                for (var c : combinations(o, headOof(x, o, true)).entrySet()) {
                    if (!c.getKey().equals("fast")) {
                        combos.put("MLP " + c.getKey(), c.getValue());
                    }
                }
            }
            StringBuilder line = new StringBuilder("seed " + e.getKey() + ":");
            for (var c : combos.entrySet()) {
                double[] pos = scores(c.getValue(), o.y(), true);
                double[] neg = scores(c.getValue(), o.y(), false);
                double auc = BinaryMetrics.rocAuc(pos, neg);
                double rec = BinaryMetrics.recallAtFpr(pos, neg, 0.01);
                line.append(String.format(Locale.ROOT, "%n  %-34s AUC %.4f recall@1%%FPR %.2f%%", c.getKey(), auc, 100 * rec));
                double[] acc = sums.computeIfAbsent(c.getKey(), k -> new double[2]);
                acc[0] += auc;
                acc[1] += rec;
            }
            System.out.println(line);
        }
        System.out.println("MEAN over " + oofs.size() + " seeds:");
        for (var c : sums.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-34s AUC %.4f recall@1%%FPR %.2f%%%n", c.getKey(), c.getValue()[0] / oofs.size(),
                    100 * c.getValue()[1] / oofs.size());
        }
    }

    static Map<String, double[]> combinations(Oof o, double[] head) {
        Map<String, double[]> out = new LinkedHashMap<>();
        int n = o.y().length;
        out.put("fast", o.fast());
        out.put("head", head);
        for (double g : new double[] {0.15, 0.25, 0.3, 0.35}) {
            long askedBenign = java.util.stream.IntStream.range(0, n).filter(i -> !o.y()[i] && Math.abs(o.fast()[i] - T) <= g).count();
            long benign = java.util.stream.IntStream.range(0, n).filter(i -> !o.y()[i]).count();
            System.out.printf(Locale.ROOT, "  grey zone %.2f around %.4f asks on %.2f%% of benign train rows%n", g, T, 100.0 * askedBenign / benign);
            double[] mean = new double[n];
            for (int i = 0; i < n; i++) {
                mean[i] = Math.abs(o.fast()[i] - T) <= g ? 0.5 * (o.fast()[i] + head[i]) : o.fast()[i];
            }
            out.put("grey " + g + " mean (today)", mean);
            out.put("grey " + g + " stacked", stacked(o, head, i -> Math.abs(o.fast()[i] - T) <= g ? 1 : 0));
        }
        out.put("stacked everywhere", stacked(o, head, i -> 1));
        return out;
    }

    /** Where {@code zone} is 1, sigmoid(a·logit(fast) + b·logit(head) + c) fitted on the zone rows of the other folds. */
    static double[] stacked(Oof o, double[] head, java.util.function.IntToDoubleFunction zone) {
        int n = o.y().length;
        double[] s = o.fast().clone();
        int folds = Arrays.stream(o.fold()).max().orElse(0) + 1;
        for (int k = 0; k < folds; k++) {
            List<double[]> fx = new ArrayList<>();
            List<Boolean> fy = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (o.fold()[i] != k && zone.applyAsDouble(i) > 0) {
                    fx.add(new double[] {logit(o.fast()[i]), logit(head[i])});
                    fy.add(o.y()[i]);
                }
            }
            double[] w = logistic(fx, fy, 1e-3);
            for (int i = 0; i < n; i++) {
                if (o.fold()[i] == k && zone.applyAsDouble(i) > 0) {
                    s[i] = sigmoid(w[0] * logit(o.fast()[i]) + w[1] * logit(head[i]) + w[2]);
                }
            }
        }
        return s;
    }

    /** Logistic regression on a few dense features (weights then bias) by Newton's method with L2 {@code l2}. */
    static double[] logistic(List<double[]> x, List<Boolean> y, double l2) {
        int d = x.isEmpty() ? 0 : x.get(0).length;
        double[] w = new double[d + 1];
        for (int it = 0; it < 50; it++) {
            double[] g = new double[d + 1];
            double[][] h = new double[d + 1][d + 1];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = Arrays.copyOf(x.get(i), d + 1);
                xi[d] = 1;
                double z = 0;
                for (int j = 0; j <= d; j++) {
                    z += w[j] * xi[j];
                }
                double p = sigmoid(z);
                double r = p - (y.get(i) ? 1 : 0);
                for (int j = 0; j <= d; j++) {
                    g[j] += r * xi[j];
                    for (int m = 0; m <= d; m++) {
                        h[j][m] += p * (1 - p) * xi[j] * xi[m];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                g[j] += l2 * x.size() * w[j];
                h[j][j] += l2 * x.size();
            }
            h[d][d] += 1e-9;
            double[] step = solve(h, g);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
                change += Math.abs(step[j]);
            }
            if (change < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting for the small Newton systems. */
    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(a0[i], n + 1);
            a[i][n] = b0[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && a[c][c] != 0) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
        }
        return out;
    }

    /** Out-of-fold scores on the given folds of the shipped head ({@link EmbeddingHeadTrainer#train}) or of {@link MlpHead}. */
    static double[] headOof(float[][] x, Oof o, boolean mlp) {
        int folds = Arrays.stream(o.fold()).max().orElse(0) + 1;
        double[] s = new double[x.length];
        for (int k = 0; k < folds; k++) {
            List<float[]> fx = new ArrayList<>();
            List<Boolean> fy = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (o.fold()[i] != k) {
                    fx.add(x[i]);
                    fy.add(o.y()[i]);
                }
            }
            float[][] xs = fx.toArray(float[][]::new);
            java.util.function.ToDoubleFunction<float[]> head;
            if (mlp) {
                boolean[] y = new boolean[fy.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = fy.get(i);
                }
                head = MlpHead.train(xs, y, MlpHead.SEED + k)::score;
            } else {
                float[] w = EmbeddingHeadTrainer.train(xs, fy);
                head = e -> {
                    double z = w[EmbeddingSecondOpinion.DIM];
                    for (int j = 0; j < EmbeddingSecondOpinion.DIM; j++) {
                        z += w[j] * e[j];
                    }
                    return sigmoid(z);
                };
            }
            for (int i = 0; i < x.length; i++) {
                if (o.fold()[i] == k) {
                    s[i] = head.applyAsDouble(x[i]);
                }
            }
        }
        return s;
    }

    static float[][] embeddings(List<EmbeddingHeadTrainer.Row> rows, int window, Path cache) throws IOException {
        float[][] x = new float[rows.size()][];
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                if (in.readInt() == rows.size()) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] = new float[EmbeddingSecondOpinion.DIM];
                        for (int j = 0; j < x[i].length; j++) {
                            x[i][j] = in.readFloat();
                        }
                    }
                    return x;
                }
            }
        }
        try (MiniLmEncoder model = new MiniLmEncoder(window, Math.min(2, Runtime.getRuntime().availableProcessors()))) {
            for (int i = 0; i < x.length; i++) {
                x[i] = model.embed(TextNormalizer.normalize(rows.get(i).text()).text());
            }
        }
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(x.length);
            for (float[] v : x) {
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        }
        return x;
    }

    static Map<Long, Oof> readOof(Path file, int n) throws IOException {
        Map<Long, Oof> out = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            Oof o = out.computeIfAbsent(Long.parseLong(f[0]), k -> new Oof(new int[n], new boolean[n], new double[n]));
            int i = Integer.parseInt(f[1]);
            o.fold()[i] = Integer.parseInt(f[2]);
            o.y()[i] = f[3].equals("1");
            o.fast()[i] = Double.parseDouble(f[4]);
        }
        return out;
    }

    /** The scores of the rows labelled {@code label}. */
    static double[] scores(double[] s, boolean[] y, boolean label) {
        return java.util.stream.IntStream.range(0, s.length).filter(i -> y[i] == label).mapToDouble(i -> s[i]).toArray();
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
