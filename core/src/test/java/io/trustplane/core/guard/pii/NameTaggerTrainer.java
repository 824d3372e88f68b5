package io.trustplane.core.guard.pii;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains {@link NameTagger} from the train split of {@code pii_train_dev.jsonl} and writes {@code ner.bin}.
 *
 * <p>Multinomial logistic regression over the tagger's hashed features, AdaGrad, a fixed shuffle seed
 * (deterministic: same data, same weights), trained with the gold previous labels (teacher forcing) and
 * decoded greedily. Gold PERSON spans become PER; LOCATION, GPE, ADDRESS and STREET_ADDRESS become LOC,
 * as the evaluation maps them; every other labelled type (organisations, titles, dates...) is "outside",
 * which teaches the tagger that not every capitalised word is a name.
 *
 * <p>Before training on all train rows it reports a 5-fold cross-validation in which folds are groups of
 * rows from the same source template ({@code masked_template}): the synthetic rows repeat templates with
 * other fillers, and a split by row would let the model memorise a template's wording. The dev split is
 * only reported. It also reports recall on held-out rows whose names are replaced by invented words no list
 * holds, and the spans tagged on tokens known not to be PII in held-out benign text (docs/DETECTION.md has the
 * table these chose from). Properties: {@code tp.lr} (0.1), {@code tp.epochs} (8), {@code tp.cvOnly},
 * {@code tp.negatives} (true: train with text without PII), {@code tp.negWeight} (0.1), {@code tp.forget} (0.3),
 * {@code tp.minWordCount} (2), {@code tp.hints} (true: rule candidates as features).
 *
 * <pre>java -cp ... io.trustplane.core.guard.pii.NameTaggerTrainer pii_train_dev.jsonl core/src/main/resources/.../ner.bin</pre>
 */
public final class NameTaggerTrainer {
    static final Map<String, Integer> GOLD = Map.of("PERSON", 1, "LOCATION", 2, "GPE", 2, "ADDRESS", 2, "STREET_ADDRESS", 2);

    /**
     * Share of tokens whose identity is hidden from the features in each epoch ({@code tp.forget}): the
     * synthetic rows take their names from Faker, as the name lists do from Datafaker, so without this the
     * model learns "a name is a listed word" and misses the names no list holds.
     */
    static final double FORGET = Double.parseDouble(System.getProperty("tp.forget", "0.3"));

    /** Weight of the examples of text without labelled PII ({@code tp.negWeight}). */
    static final double NEGATIVE_WEIGHT = Double.parseDouble(System.getProperty("tp.negWeight", "0.1"));

    record Span(int start, int end, int type) {}

    /** {@code learn[i]}: whether token i's label is known (null: all are). */
    record Row(String text, List<Span> spans, String split, String template, NameTokens tokens, int[] labels,
            boolean[] learn, String source) {}

    private NameTaggerTrainer() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/pii_train_dev.jsonl");
        double lr = Double.parseDouble(System.getProperty("tp.lr", "0.1"));
        int epochs = Integer.getInteger("tp.epochs", 8);
        List<Row> rows = read(data);
        List<Row> train = rows.stream().filter(r -> r.split().equals("train")).toList();
        List<Row> dev = rows.stream().filter(r -> r.split().equals("dev")).toList();
        List<Row> negatives = negatives(data.resolveSibling("prompts_train_dev.jsonl"), repoText());
        List<Row> negTrain = Boolean.parseBoolean(System.getProperty("tp.negatives", "true"))
                ? negatives.stream().filter(r -> r.split().equals("train")).toList()
                : List.of();
        List<Row> negDev = negatives.stream().filter(r -> r.split().equals("dev")).toList();
        System.out.printf("train %d rows, dev %d rows; lr %s epochs %d%n", train.size(), dev.size(), lr, epochs);
        int[][] cv = new int[3][4];
        int[][] cvDetector = new int[3][4];
        int[][] cvInvented = new int[3][4];
        for (int fold = 0; fold < 5; fold++) {
            final int k = fold;
            List<Row> fit = train.stream().filter(r -> Math.floorMod(r.template().hashCode(), 5) != k).toList();
            List<Row> held = train.stream().filter(r -> Math.floorMod(r.template().hashCode(), 5) == k).toList();
            List<Row> fitAll = new ArrayList<>(fit);
            fitAll.addAll(negTrain);
            NameTagger model = train(fitAll, lr, epochs);
            add(cv, score(model, held));
            add(cvDetector, scoreDetector(model, held));
            add(cvInvented, scoreDetector(model, withInventedNames(held, fold)));
            if (fold == 0) {
                falseAlarms("fold 0 model", model, negDev);
            }
        }
        report("train CV, folds by template, tagger alone", cv);
        report("train CV, folds by template, detector (rules + tagger)", cvDetector);
        report("train CV, held-out rows with invented names, detector", cvInvented);
        if (Boolean.getBoolean("tp.cvOnly")) {
            return;
        }
        List<Row> all = new ArrayList<>(train);
        all.addAll(negTrain);
        NameTagger model = train(all, lr, epochs);
        report("dev, tagger alone", score(model, dev));
        report("dev, detector (rules + tagger)", scoreDetector(model, dev));
        falseAlarms("final model", model, negDev);
        if (args.length > 1) {
            Path out = Path.of(args[1]);
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        }
    }

    static List<Row> read(Path path) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.get("text").asString();
            List<Span> spans = new ArrayList<>();
            for (GoldSpans.Gold g : GoldSpans.of(node, text)) {
                Integer type = GOLD.get(g.entityType());
                if (type != null) {
                    spans.add(new Span(g.start(), g.end(), type));
                }
            }
            NameTokens tokens = tokens(text);
            rows.add(new Row(text, spans, node.path("split").asString(), node.path("masked_template").asString(text),
                    tokens, goldLabels(tokens, spans), null, "pii"));
        }
        return rows;
    }

    /**
     * Text without labelled PII, as "outside" examples: without them a tagger trained only on rows that all
     * hold names and addresses tags numbers ("20 days") as addresses and code identifiers as names. Benign
     * prompts (customer-service requests, maths word problems, questions, persona prompts) name people and
     * places without labels, so there only tokens that cannot be a name are learned from: lower-case words
     * outside the name and place lists, digits and punctuation. The repository's own text (docs and code,
     * the train part of the injection detector's corpus) names no one: all its tokens are learned.
     */
    static List<Row> negatives(Path prompts, Path repoText) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> sources = java.util.Set.of("clinc150", "gsm8k_questions", "mtbench_vicuna_questions",
                "awesome_chatgpt_prompts");
        for (String line : Files.readAllLines(prompts)) {
            JsonNode node = json.readTree(line);
            String source = node.path("source_set").asString();
            if (!"benign".equals(node.path("label").asString()) || !sources.contains(source)) {
                continue;
            }
            String text = node.get("text").asString();
            NameTokens t = tokens(text);
            boolean[] learn = new boolean[t.count];
            for (int i = 0; i < t.count; i++) {
                int shape = t.shape(i);
                boolean capital = shape == NameTokens.SHAPE_CAPITALISED || shape == NameTokens.SHAPE_UPPER
                        || shape == NameTokens.SHAPE_INITIAL || shape == NameTokens.SHAPE_MIXED;
                learn[i] = !capital && (t.gazetteer(i) & (Gazetteer.FIRST | Gazetteer.LAST | Gazetteer.PLACE)) == 0;
            }
            rows.add(new Row(text, List.of(), node.path("split").asString(), text, t, new int[t.count], learn, source));
        }
        for (String line : Files.readAllLines(repoText)) {
            JsonNode node = json.readTree(line);
            String text = node.get("text").asString();
            NameTokens t = tokens(text);
            rows.add(new Row(text, List.of(), node.path("split").asString(), text, t, new int[t.count], null,
                    node.path("source_set").asString("repository text")));
        }
        return rows;
    }

    /** The repository-text corpus of the injection detector (test resources), read from the classpath. */
    static Path repoText() {
        try {
            return Path.of(NameTaggerTrainer.class.getResource("/io/trustplane/core/guard/injection/benign_repo_text.jsonl").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tu", "sha", "vor", "el", "dri", "qua", "zen", "bo",
        "ni", "tal", "os", "ryn", "ga", "hu", "fe", "dor", "ix", "ya", "pel", "sor", "an", "ke", "mun", "za", "thi", "ve"};

    /**
     * The rows with a PERSON span, each name word replaced by an invented word in the same case style that no
     * name or place list holds: how well the detector finds names it cannot have looked up.
     */
    static List<Row> withInventedNames(List<Row> rows, long seed) {
        Random random = new Random(seed);
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            if (row.spans().stream().noneMatch(sp -> sp.type() == 1)) {
                continue;
            }
            List<Span> sorted = new ArrayList<>(row.spans());
            sorted.sort(java.util.Comparator.comparingInt(Span::start));
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            int at = 0;
            for (Span sp : sorted) {
                if (sp.start() < at) {
                    continue; // overlapping gold spans: keep the first
                }
                text.append(row.text(), at, sp.start());
                int start = text.length();
                String value = row.text().substring(sp.start(), sp.end());
                text.append(sp.type() == 1 ? invent(value, random) : value);
                spans.add(new Span(start, text.length(), sp.type()));
                at = sp.end();
            }
            text.append(row.text().substring(at));
            String t = text.toString();
            out.add(new Row(t, spans, row.split(), row.template(), tokens(t), null, null, "invented"));
        }
        return out;
    }

    private static String invent(String value, Random random) {
        StringBuilder out = new StringBuilder();
        for (String word : value.split("(?<= )|(?= )")) {
            if (word.isBlank() || word.length() == 1 || !Character.isLetter(word.charAt(0))) {
                out.append(word);
                continue;
            }
            String made;
            do {
                StringBuilder w = new StringBuilder();
                for (int k = 0, n = 2 + random.nextInt(2); k < n; k++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                made = w.toString();
            } while (Gazetteer.FIRST_NAMES.contains(made) || Gazetteer.LAST_NAMES.contains(made) || Gazetteer.PLACES.contains(made)
                    || Gazetteer.NOT_NAMES.contains(made));
            if (word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                made = made.toUpperCase(java.util.Locale.ROOT);
            } else if (Character.isUpperCase(word.charAt(0))) {
                made = Character.toUpperCase(made.charAt(0)) + made.substring(1);
            }
            out.append(made);
        }
        return out.toString();
    }

    /** Tokens with the rule candidates' hints, as {@link PiiDetector} gives them to the tagger. */
    static NameTokens tokens(String text) {
        NameTokens t = NameTokens.of(text, NameTagger.MAX_TOKENS);
        if (HINTS) {
            Candidates c = new Candidates(PiiDetector.MAX_CANDIDATES);
            PiiDetector.ruleCandidates(text, c);
            t.hint(c.all());
        }
        return t;
    }

    static final boolean HINTS = Boolean.parseBoolean(System.getProperty("tp.hints", "true"));

    /** BIO labels: a token overlapping a gold span is inside it, the first such token begins it. */
    static int[] goldLabels(NameTokens t, List<Span> spans) {
        int[] labels = new int[t.count];
        for (Span s : spans) {
            boolean first = true;
            for (int i = 0; i < t.count; i++) {
                if (t.start[i] < s.end() && s.start() < t.end[i]) {
                    int begin = s.type() == 1 ? NameTagger.B_PER : NameTagger.B_LOC;
                    labels[i] = first ? begin : begin + 1;
                    first = false;
                }
            }
        }
        return labels;
    }

    /** Words seen fewer times than this in training are "unknown" ({@code tp.minWordCount}). */
    static final int MIN_WORD_COUNT = Integer.getInteger("tp.minWordCount", 2);

    static NameTagger train(List<Row> rows, double lr, int epochs) {
        float[] w = new float[NameTagger.BUCKETS * NameTagger.LABELS];
        float[] g2 = new float[w.length];
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Row row : rows) {
            for (int i = 0; i < row.tokens().count; i++) {
                counts.merge(row.tokens().wordHash[i], 1, Integer::sum);
            }
        }
        int[] vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_WORD_COUNT).mapToInt(e -> e.getKey())
                .sorted().toArray();
        NameTagger model = new NameTagger(w, vocabulary);
        for (Row row : rows) {
            row.tokens().vocabulary(model.lookup());
        }
        int[] f = new int[NameTagger.FEATURES];
        double[] p = new double[NameTagger.LABELS];
        List<Row> order = new ArrayList<>(rows);
        Random random = new Random(42);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Row row : order) {
                NameTokens t = row.tokens();
                boolean[] forgotten = new boolean[t.count];
                for (int i = 0; i < t.count; i++) {
                    forgotten[i] = random.nextDouble() < FORGET;
                }
                t.forgotten = forgotten;
                for (int i = 0; i < t.count; i++) {
                    int p1 = i > 0 ? row.labels()[i - 1] : NameTagger.O;
                    int p2 = i > 1 ? row.labels()[i - 2] : NameTagger.O;
                    NameTagger.features(t, i, p1, p2, f);
                    model.probabilities(f, p1, p);
                    for (int l = 0; l < NameTagger.LABELS; l++) {
                        if (!NameTagger.allowed(p1, l) || row.learn() != null && !row.learn()[i]) {
                            continue;
                        }
                        double g = (p[l] - (row.labels()[i] == l ? 1 : 0)) * (row.spans().isEmpty() && !row.source().equals("pii") ? NEGATIVE_WEIGHT : 1);
                        if (g == 0) {
                            continue;
                        }
                        for (int b : f) {
                            int k = b * NameTagger.LABELS + l;
                            g2[k] += (float) (g * g);
                            w[k] -= (float) (lr * g / Math.sqrt(g2[k] + 1e-8));
                        }
                    }
                }
                t.forgotten = null;
            }
        }
        return model;
    }

    /** The model's labels for a row's tokens. */
    static int[] tag(NameTagger model, Row row) {
        NameTokens t = row.tokens();
        t.vocabulary(model.lookup());
        int[] labels = new int[t.count];
        model.tag(t, labels, new double[t.count]);
        return labels;
    }

    /** Per type (PER, LOC, both): gold spans, predicted spans, overlap-matched gold, overlap-matched predictions. */
    static int[][] score(NameTagger model, List<Row> rows) {
        int[][] c = new int[3][4];
        for (Row row : rows) {
            count(c, row.spans(), spans(row.tokens(), tag(model, row)));
        }
        for (int k = 0; k < 4; k++) {
            c[2][k] = c[0][k] + c[1][k];
        }
        return c;
    }

    /**
     * As {@link #score}, for what {@link PiiDetector} reports: rule candidates and the tagger's spans, overlaps
     * resolved; every PERSON and LOCATION finding counts, whatever its confidence (as in the evaluate command).
     */
    static int[][] scoreDetector(NameTagger model, List<Row> rows) {
        int[][] c = new int[3][4];
        for (Row row : rows) {
            Candidates candidates = new Candidates(PiiDetector.MAX_CANDIDATES);
            PiiDetector.ruleCandidates(row.text(), candidates);
            model.find(row.text(), candidates);
            List<Span> predicted = new ArrayList<>();
            for (io.trustplane.core.guard.Finding f : candidates.resolve()) {
                if (f.type().equals("PERSON") || f.type().equals("LOCATION")) {
                    predicted.add(new Span(f.start(), f.end(), f.type().equals("PERSON") ? 1 : 2));
                }
            }
            count(c, row.spans(), predicted);
        }
        for (int k = 0; k < 4; k++) {
            c[2][k] = c[0][k] + c[1][k];
        }
        return c;
    }

    private static void count(int[][] c, List<Span> gold, List<Span> predicted) {
        for (Span g : gold) {
            c[g.type() - 1][0]++;
            if (predicted.stream().anyMatch(q -> q.type() == g.type() && q.start() < g.end() && g.start() < q.end())) {
                c[g.type() - 1][2]++;
            }
        }
        for (Span q : predicted) {
            c[q.type() - 1][1]++;
            if (gold.stream().anyMatch(g -> q.type() == g.type() && q.start() < g.end() && g.start() < q.end())) {
                c[q.type() - 1][3]++;
            }
        }
    }

    static List<Span> spans(NameTokens t, int[] labels) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < t.count) {
            if (labels[i] == NameTagger.O) {
                i++;
                continue;
            }
            int inside = labels[i] <= NameTagger.I_PER ? NameTagger.I_PER : NameTagger.I_LOC;
            int j = i + 1;
            while (j < t.count && labels[j] == inside) {
                j++;
            }
            out.add(new Span(t.start[i], t.end[j - 1], inside == NameTagger.I_PER ? 1 : 2));
            i = j;
        }
        return out;
    }

    /** Spans tagged in held-out text without labelled PII, per source: learned-from tokens only (see {@link #negatives}). */
    static void falseAlarms(String what, NameTagger model, List<Row> rows) {
        Map<String, int[]> bySource = new java.util.TreeMap<>();
        for (Row row : rows) {
            NameTokens t = row.tokens();
            int[] labels = tag(model, row);
            int[] c = bySource.computeIfAbsent(row.source(), k -> new int[2]);
            c[0]++;
            for (int i = 0; i < t.count; i++) {
                if (labels[i] != NameTagger.O && (row.learn() == null || row.learn()[i]) && (i == 0 || labels[i - 1] == NameTagger.O)) {
                    c[1]++;
                }
            }
        }
        bySource.forEach((k, c) -> System.out.printf("%s: held-out %s, %d rows, %d spans on tokens known not to be PII%n", what, k,
                c[0], c[1]));
    }

    private static void add(int[][] into, int[][] c) {
        for (int a = 0; a < c.length; a++) {
            if (into[a].length < c[a].length) {
                into[a] = java.util.Arrays.copyOf(into[a], c[a].length);
            }
            for (int b = 0; b < c[a].length; b++) {
                into[a][b] += c[a][b];
            }
        }
    }

    private static void report(String what, int[][] c) {
        String[] names = {"PERSON", "LOCATION", "both"};
        for (int k = 0; k < 3; k++) {
            double p = c[k][1] == 0 ? 0 : (double) c[k][3] / c[k][1];
            double r = c[k][0] == 0 ? 0 : (double) c[k][2] / c[k][0];
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("%s %-8s gold %4d predicted %4d overlap P %.4f R %.4f F1 %.4f%n", what, names[k], c[k][0], c[k][1],
                    p, r, f1);
        }
    }
}
