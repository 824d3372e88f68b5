package io.trustplane.embeddings;

import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.injection.InjectionConfig;
import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.core.guard.text.TextNormalizer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Trains the logistic-regression head of {@link EmbeddingSecondOpinion} on the train split
 * (full-batch gradient descent with L2, deterministic), writes {@code head.bin}, then reports on the
 * dev split: the head alone, and the injection detector with the head as second opinion, plus the
 * head's latency. Run by {@code scripts/train-guard-models.sh}.
 */
public final class EmbeddingHeadTrainer {
    record Row(String text, boolean attack, String set, String split) {}

    /** The hand-written benign texts the fast model trains on too (core's BenignCorpus#readPromptText and #readInstructions). */
    static final List<Path> HAND_WRITTEN = List.of(
            Path.of("core/src/test/resources/io/trustplane/core/guard/injection/benign_prompt_text.jsonl"),
            Path.of("core/src/test/resources/io/trustplane/core/guard/injection/benign_instructions.jsonl"));

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/prompts_train_dev.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "embeddings/src/main/resources/io/trustplane/embeddings/head.bin");
        List<Row> rows = readRows(data);
        int window = Integer.getInteger("tp.maxTokens", EmbeddingSecondOpinion.WINDOW);
        MiniLmEncoder model = new MiniLmEncoder(window, Math.min(2, Runtime.getRuntime().availableProcessors()));
        List<Row> train = new ArrayList<>(rows.stream().filter(r -> r.split().equals("train")).toList());
        List<Row> dev = rows.stream().filter(r -> r.split().equals("dev")).toList();
        for (Path handWritten : HAND_WRITTEN) {
            if (Files.isReadable(handWritten)) {
                train.addAll(readRows(handWritten).stream().filter(r -> r.split().equals("train")).toList());
            }
        }
        long t0 = System.nanoTime();
        float[][] x = new float[train.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.embed(TextNormalizer.normalize(train.get(i).text()).text());
        }
        System.out.printf(Locale.ROOT, "embedded %d train rows in %.1f s%n", x.length, (System.nanoTime() - t0) / 1e9);
        float[] head = train(x, train.stream().map(Row::attack).toList());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            EmbeddingSecondOpinion.writeHead(new EmbeddingSecondOpinion.Head(head, window), os);
        }
        System.out.println("wrote " + out + " (window " + window + " tokens)");
        EmbeddingSecondOpinion so = new EmbeddingSecondOpinion(model, head);
        InjectionDetector fast = InjectionDetector.withDefaults();
        InjectionDetector withSo = new InjectionDetector(InjectionConfig.DEFAULTS.withSecondOpinion(so));
        double[] sHead = new double[dev.size()];
        double[] sFast = new double[dev.size()];
        double[] sBoth = new double[dev.size()];
        long[] lat = new long[dev.size()];
        int asked = 0;
        for (int i = 0; i < dev.size(); i++) {
            String text = dev.get(i).text();
            long a = System.nanoTime();
            sHead[i] = so.score(TextNormalizer.normalize(text).text());
            lat[i] = System.nanoTime() - a;
            sFast[i] = fast.scan(io.trustplane.core.guard.TextSegment.input(text), ScanContext.EMPTY).score();
            sBoth[i] = withSo.scan(io.trustplane.core.guard.TextSegment.input(text), ScanContext.EMPTY).score();
            if (Math.abs(sFast[i] - fast.threshold()) <= InjectionConfig.DEFAULTS.greyZone()) {
                asked++;
            }
        }
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "embedding head latency per dev text: p50 %.1f ms, p99 %.1f ms; asked on %d of %d dev rows%n",
                lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6, asked, dev.size());
        report("embedding head alone (threshold 0.5)", dev, sHead, 0.5);
        report("fast path only", dev, sFast, fast.threshold());
        report("fast path + embedding second opinion", dev, sBoth, fast.threshold());
    }

    static List<Row> readRows(Path data) throws java.io.IOException {
        ObjectMapper om = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(data)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = om.readTree(line);
            rows.add(new Row(n.get("text").asString(), "attack".equals(n.get("label").asString()), n.get("source_set").asString(),
                    n.get("split").asString()));
        }
        return rows;
    }

    static float[] train(float[][] x, List<Boolean> y) {
        int d = EmbeddingSecondOpinion.DIM;
        double[] w = new double[d + 1];
        double lambda = 1e-3;
        double lr = 2.0;
        int n = x.length;
        for (int it = 0; it < 800; it++) {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double z = w[d];
                for (int k = 0; k < d; k++) {
                    z += w[k] * x[i][k];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (y.get(i) ? 1 : 0);
                for (int k = 0; k < d; k++) {
                    g[k] += err * x[i][k];
                }
                g[d] += err;
            }
            for (int k = 0; k <= d; k++) {
                w[k] -= lr * (g[k] / n + (k < d ? lambda * w[k] : 0));
            }
        }
        float[] out = new float[d + 1];
        for (int k = 0; k <= d; k++) {
            out[k] = (float) w[k];
        }
        return out;
    }

    static void report(String title, List<Row> rows, double[] s, double t) {
        System.out.println("== " + title);
        java.util.TreeMap<String, List<Integer>> bySet = new java.util.TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            bySet.computeIfAbsent(rows.get(i).set(), k -> new ArrayList<>()).add(i);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        bySet.put("ALL", all);
        double[] neg = java.util.stream.IntStream.range(0, rows.size()).filter(i -> !rows.get(i).attack()).mapToDouble(i -> s[i])
                .sorted().toArray();
        double t1 = neg[neg.length - 1 - (int) Math.floor(0.01 * neg.length)];
        for (var e : bySet.entrySet()) {
            int p = 0;
            int tp = 0;
            int ng = 0;
            int fp = 0;
            int r1 = 0;
            for (int i : e.getValue()) {
                if (rows.get(i).attack()) {
                    p++;
                    tp += s[i] >= t ? 1 : 0;
                    r1 += s[i] > t1 ? 1 : 0;
                } else {
                    ng++;
                    fp += s[i] >= t ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%-28s attack %4d recall %7s  benign %4d FPR %7s  recall@1%%FPR(all benign) %7s%n", e.getKey(), p,
                    p == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * tp / p), ng,
                    ng == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * fp / ng),
                    p == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * r1 / p));
        }
    }
}
