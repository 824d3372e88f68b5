package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.TextRole;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the injection model from the train split, deterministically (fixed seeds, one thread):
 *
 * <ol>
 *   <li>featurise every train row exactly as {@link InjectionDetector} does;
 *   <li>5-fold cross-validation: out-of-fold margins fit Platt scaling, then the out-of-fold
 *       scores of the whole detector (model + patterns + decoding) pick the default threshold: the
 *       lowest that keeps the false-positive rate on benign train rows at or below {@value #TARGET_FPR};
 *   <li>train on all train rows and write {@code model.bin};
 *   <li>train the model for documents and tool output, {@code content-model.bin}, on the same rows plus the hand-written
 *       documents, calibrated on them ({@link #trainContentModel}).
 * </ol>
 *
 * <p>The dev split is never used for any choice; it is only reported at the end. Lives under test
 * sources so core's jar carries no training code. Run it with {@code scripts/train-guard-models.sh}.
 */
public final class InjectionModelTrainer {
    static final double TARGET_FPR = 0.005;
    static final long SEED = 42;
    static final int FOLDS = 5;
    static final int EPOCHS = Integer.getInteger("tp.epochs", 10);
    static final double LR = Double.parseDouble(System.getProperty("tp.lr", "0.02"));
    static final double L2 = Double.parseDouble(System.getProperty("tp.l2", "1e-6"));
    static final double POS = Double.parseDouble(System.getProperty("tp.pos", "0.5"));

    record Vec(int[] idx, float[] val, boolean y) {}

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : PromptRows.defaultPath();
        Path out = Path.of(args.length > 1 ? args[1] : "core/src/main/resources/io/trustplane/core/guard/injection/model.bin");
        List<PromptRows.Row> rows = PromptRows.read(data);
        List<PromptRows.Row> train = rows.stream().filter(r -> r.split().equals("train")).toList();
        List<PromptRows.Row> dev = rows.stream().filter(r -> r.split().equals("dev")).toList();
        System.out.printf("train %d rows, dev %d rows, features %d%n", train.size(), dev.size(), Features.DIM);
        long t0 = System.nanoTime();
        Vec[] vecs = featurise(train);
        System.out.printf("featurised in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Vec[] corpora = featurise(corpusRows());
        Vec[] extra = MESSAGES ? concat(corpora, featurise(messageRows())) : corpora;
        System.out.printf("rows outside the prompt data set for training: %d%n", extra.length);
        CvResult cv = crossValidate(train, vecs, extra, SEED);
        double[] platt = cv.platt();
        double[] oof = cv.oof();
        boolean[] y = cv.y();
        System.out.printf(Locale.ROOT, "Platt a=%.4f b=%.4f%n", platt[0], platt[1]);
        double threshold = pickThreshold(oof, y, TARGET_FPR);
        System.out.printf(Locale.ROOT, "threshold from 5-fold CV on train: %.4f%n", threshold);
        report("train (out-of-fold)", train, oof, threshold);
        if (System.getenv("TP_DUMP") != null) {
            for (int i = 0; i < oof.length; i++) {
                boolean miss = y[i] && oof[i] < threshold;
                boolean fp = !y[i] && oof[i] >= threshold * 0.8;
                if (miss || fp) {
                    String txt = train.get(i).text().replace('\n', ' ');
                    System.out.printf(Locale.ROOT, "%s %s %.3f len=%d %s%n", miss ? "MISS" : "FP", train.get(i).sourceSet(), oof[i],
                            txt.length(), txt.substring(0, Math.min(300, txt.length())));
                }
            }
        }

        if (Boolean.getBoolean("tp.cvOnly")) {
            return;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < vecs.length; i++) {
            all.add(i);
        }
        float[] w = train(vecs, all, extra, SEED + 100);
        LinearModel model = new LinearModel(w, platt[0], platt[1], threshold);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s (%d bytes)%n", out, Files.size(out));
        LinearModel contentModel = model;
        List<PromptRows.Row> documents = documentTrainRows();
        if (!documents.isEmpty()) {
            // the written messages are what users send, not content; the content model leaves them out
            contentModel = trainContentModel(vecs, corpora, featurise(documents, true), threshold);
            Path contentOut = out.resolveSibling("content-model.bin");
            try (OutputStream os = Files.newOutputStream(contentOut)) {
                contentModel.write(os);
            }
            System.out.printf("wrote %s (%d bytes)%n", contentOut, Files.size(contentOut));
        }
        InjectionDetector det = new InjectionDetector(InjectionConfig.DEFAULTS, model, contentModel);
        double[] devScores = new double[dev.size()];
        for (int i = 0; i < devScores.length; i++) {
            devScores[i] = det.score(dev.get(i).text(), TextRole.USER);
        }
        report("dev", dev, devScores, threshold);
        reportHeldOutBenign("texts about prompts", BenignCorpus.readPromptText(Path.of(".")), det, threshold);
        reportHeldOutBenign("everyday instructions", BenignCorpus.readInstructions(Path.of(".")), det, threshold);
        List<PromptRows.Row> documentsDev = DocumentCorpus.read(Path.of(".")).stream().filter(r -> r.split().equals("dev")).toList();
        report("held-out documents (scanned as DOCUMENT)", documentsDev,
                documentsDev.stream().mapToDouble(r -> det.score(r.text(), TextRole.DOCUMENT)).toArray(), threshold);
    }

    /** Prints how many of the {@code dev} rows of a hand-written benign corpus reach the threshold as user messages. */
    private static void reportHeldOutBenign(String name, List<PromptRows.Row> corpus, InjectionDetector det, double threshold) {
        List<PromptRows.Row> dev = corpus.stream().filter(r -> r.split().equals("dev")).toList();
        long flagged = dev.stream().filter(r -> det.score(r.text(), TextRole.USER) >= threshold).count();
        System.out.printf("held-out %s (benign) flagged: %d of %d%n", name, flagged, dev.size());
    }

    /**
     * Whether to train the content model on the hand-written documents ({@link DocumentCorpus}) (default yes;
     * {@code -Dtp.documents=false} to leave them out, and then messages and content share one model).
     */
    static final boolean DOCUMENTS = Boolean.parseBoolean(System.getProperty("tp.documents", "true"));

    /** The train rows of the hand-written documents when {@link #DOCUMENTS}, attacks and benign. */
    static List<PromptRows.Row> documentTrainRows() throws java.io.IOException {
        return DOCUMENTS ? DocumentCorpus.read(Path.of(".")).stream().filter(r -> r.split().equals("train")).toList() : List.of();
    }

    /**
     * How many times each document is trained on per epoch, against once for every other row ({@code -Dtp.documentWeight}).
     * The 3,354 train documents are a minority of the rows; seen once, they barely move a model fitted to short prompts (with
     * the first 800, out-of-fold ROC AUC on the train documents, model alone: 0.79 once, 0.87 three times, 0.90 six, 0.91
     * ten, 0.92 twenty; out-of-fold attacks reaching the threshold at 2% of benign, with 1,340: 261 of 580 five times,
     * 281 ten, 293 fifteen, 294 twenty; with 1,860: 401 of 800 ten times, 414 fifteen, 415 twenty; with 2,640: 692 of
     * 1,140 ten times, 696 fifteen). Fifteen is where the gain levels off (not measured again with 3,354).
     */
    static final int DOCUMENT_WEIGHT = Integer.getInteger("tp.documentWeight", 15);

    /**
     * Share of benign hand-written documents (out of fold) the content model alone may flag at the threshold
     * ({@code -Dtp.contentFpr}).
     */
    static final double CONTENT_FPR = Double.parseDouble(System.getProperty("tp.contentFpr", "0.02"));

    /**
     * The model for content the assistant reads: trained on what the message model trains on plus the documents, each
     * {@link #DOCUMENT_WEIGHT} times. Its calibration comes from 5-fold cross-validation over the documents (every prompt
     * row in every fold): Platt scaling fitted on their out-of-fold margins, its intercept lowered where needed so that at
     * most {@link #CONTENT_FPR} of the benign ones reach {@code threshold}. The documents hold almost as many attacks as
     * benign texts, far more than content does in use, so a plain fit would put the line too low. How many out-of-fold
     * documents the model alone then flags is printed.
     */
    static LinearModel trainContentModel(Vec[] vecs, Vec[] extra, Vec[] docs, double threshold) {
        List<Integer> allPrompts = new ArrayList<>();
        for (int i = 0; i < vecs.length; i++) {
            allPrompts.add(i);
        }
        int[] fold = folds(docs.length, SEED + 7);
        double[] margin = new double[docs.length];
        for (int k = 0; k < FOLDS; k++) {
            int held = k;
            float[] w = train(vecs, allPrompts, withDocuments(extra, docs, i -> fold[i] != held), SEED + 200 + k);
            for (int i = 0; i < docs.length; i++) {
                if (fold[i] == k) {
                    margin[i] = dot(w, docs[i]);
                }
            }
        }
        boolean[] y = new boolean[docs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = docs[i].y();
        }
        double[] ab = platt(margin, y);
        double[] benign = java.util.stream.IntStream.range(0, y.length).filter(i -> !y[i]).mapToDouble(i -> margin[i]).sorted()
                .toArray();
        int allowed = (int) Math.floor(CONTENT_FPR * benign.length);
        double line = benign[benign.length - 1 - allowed]; // the highest benign margin that must stay below the threshold
        double b = Math.min(ab[1], Math.log(threshold / (1 - threshold)) - ab[0] * line - 1e-6);
        System.out.printf(Locale.ROOT, "content model: Platt a=%.4f b=%.4f, lowered to b=%.4f (%d of %d benign documents may reach the threshold)%n",
                ab[0], ab[1], b, allowed, benign.length);
        LinearModel content = new LinearModel(train(vecs, allPrompts, withDocuments(extra, docs, i -> true), SEED + 100), ab[0], b,
                threshold);
        int caught = 0;
        int falseAlarms = 0;
        for (int i = 0; i < docs.length; i++) {
            boolean flagged = content.calibrate(margin[i]) >= threshold;
            caught += flagged && y[i] ? 1 : 0;
            falseAlarms += flagged && !y[i] ? 1 : 0;
        }
        System.out.printf("content model alone, out-of-fold train documents: %d of %d attacks and %d of %d benign reach the threshold%n",
                caught, docs.length - benign.length, falseAlarms, benign.length);
        return content;
    }

    /** {@code extra} followed by the documents {@code use} accepts, each {@link #DOCUMENT_WEIGHT} times. */
    private static Vec[] withDocuments(Vec[] extra, Vec[] docs, java.util.function.IntPredicate use) {
        List<Vec> out = new ArrayList<>(Arrays.asList(extra));
        for (int copy = 0; copy < DOCUMENT_WEIGHT; copy++) {
            for (int i = 0; i < docs.length; i++) {
                if (use.test(i)) {
                    out.add(docs[i]);
                }
            }
        }
        return out.toArray(Vec[]::new);
    }

    /** Out-of-fold results of one K-fold split: fold of each row, fold weights, Platt scaling, detector scores. */
    record CvResult(int[] fold, float[][] foldW, double[] platt, double[] oof, boolean[] y) {}

    /**
     * Whether to train on {@link BenignCorpus}'s train rows as well (default yes; {@code -Dtp.benignCorpus=false}
     * to leave them out). Without them the model flags about 6% of ordinary documentation and code as an
     * injection; with them about 0.7% (held-out chunks, docs/DETECTION.md).
     */
    static final boolean BENIGN_CORPUS = Boolean.parseBoolean(System.getProperty("tp.benignCorpus", "true"));

    /**
     * Whether to train on the hand-written texts about prompts ({@link BenignCorpus#readPromptText}) as well (default yes;
     * {@code -Dtp.promptText=false} to leave them out).
     */
    static final boolean PROMPT_TEXT = Boolean.parseBoolean(System.getProperty("tp.promptText", "true"));

    /**
     * Whether to train on the hand-written everyday instructions ({@link BenignCorpus#readInstructions}) as well (default
     * yes; {@code -Dtp.instructions=false} to leave them out).
     */
    static final boolean INSTRUCTIONS = Boolean.parseBoolean(System.getProperty("tp.instructions", "true"));

    /**
     * Whether to train on the hand-written attack and benign messages ({@link MessageCorpus}) as well (default yes;
     * {@code -Dtp.messages=false} to leave them out). With them the model flags 85 instead of 39 of the 120 held-out
     * round-3 probe attacks (7 instead of 2 of 150 benign), for a row of the dev split (docs/DETECTION.md, "Attack messages
     * in public styles"). The content model leaves them out.
     */
    static final boolean MESSAGES = Boolean.parseBoolean(System.getProperty("tp.messages", "true"));

    /**
     * How many times each benign written message is trained on, against once for each written attack
     * ({@code -Dtp.messageBenignWeight}). The benign ones are the attacks' look-alikes, and what users send every day.
     * Chosen on train only, before the 236 developer requests were written: with the written messages in 5 folds (the
     * prompt rows in every fold), out-of-fold written attacks and benign messages reaching the threshold were 139 of 517
     * and 11 of 648 without them, 325 and 56 at weight 1, 304 and 39 at 2, 291 and 31 at 3 (the prompt rows'
     * cross-validated recall at 1% FPR 95.31% without them, 95.31%, 95.15% and 95.15%).
     */
    static final int MESSAGE_BENIGN_WEIGHT = Integer.getInteger("tp.messageBenignWeight", 3);

    /**
     * The same for the written messages in other languages ({@code written_multilingual_…}, {@code
     * -Dtp.multilingualBenignWeight}): their attacks share the model's English-looking n-grams ("DAN", "AI", "system
     * prompt", "from now on answer only in …") with everyday English requests. Chosen on the prompt rows' out-of-fold
     * train scores and the held-out sets the trainer prints: at 3 the threshold fell from 0.281 to 0.255 and 5 of the 70
     * held-out everyday instructions were flagged; at 6, 0.268 and 4; at 10, 0.303 and 4 but dev recall at the
     * threshold fell under 90%.
     */
    static final int MULTILINGUAL_BENIGN_WEIGHT = Integer.getInteger("tp.multilingualBenignWeight", 6);

    /**
     * The train rows of {@link BenignCorpus} when {@link #BENIGN_CORPUS}, of the prompt texts when {@link #PROMPT_TEXT} and of
     * the everyday instructions when {@link #INSTRUCTIONS}, and of the written messages when {@link #MESSAGES} (the benign
     * ones {@link #MESSAGE_BENIGN_WEIGHT} times): the rows outside the prompt data set that every fold trains on.
     */
    static List<PromptRows.Row> extraRows() throws java.io.IOException {
        List<PromptRows.Row> extra = new ArrayList<>(corpusRows());
        if (MESSAGES) {
            extra.addAll(messageRows());
        }
        return extra;
    }

    /** The train rows of the benign corpora {@link #extraRows()} holds: what the content model trains on besides documents. */
    static List<PromptRows.Row> corpusRows() throws java.io.IOException {
        List<PromptRows.Row> extra = new ArrayList<>();
        if (BENIGN_CORPUS) {
            extra.addAll(BenignCorpus.read(Path.of(".")));
        }
        if (PROMPT_TEXT) {
            extra.addAll(BenignCorpus.readPromptText(Path.of(".")));
        }
        if (INSTRUCTIONS) {
            extra.addAll(BenignCorpus.readInstructions(Path.of(".")));
        }
        return extra.stream().filter(r -> r.split().equals("train")).toList();
    }

    /** The train rows of the written messages, each benign one {@link #MESSAGE_BENIGN_WEIGHT} times. */
    static List<PromptRows.Row> messageRows() throws java.io.IOException {
        List<PromptRows.Row> rows = new ArrayList<>();
        for (PromptRows.Row r : MessageCorpus.read(Path.of("."))) {
            int benignWeight = r.sourceSet().startsWith("written_multilingual") ? MULTILINGUAL_BENIGN_WEIGHT : MESSAGE_BENIGN_WEIGHT;
            for (int copy = 0; r.split().equals("train") && copy < (r.attack() ? 1 : benignWeight); copy++) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static Vec[] concat(Vec[] a, Vec[] b) {
        Vec[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static Vec[] featurise(List<PromptRows.Row> rows) {
        return featurise(rows, false);
    }

    /** The rows' features as messages or, with {@code content}, as documents and tool results (with the cues). */
    static Vec[] featurise(List<PromptRows.Row> rows, boolean content) {
        Vec[] vecs = new Vec[rows.size()];
        for (int i = 0; i < vecs.length; i++) {
            Features f = InjectionDetector.features(rows.get(i).text(), content);
            vecs[i] = new Vec(Arrays.copyOf(f.idx, f.n), Arrays.copyOf(f.val, f.n), rows.get(i).attack());
        }
        return vecs;
    }

    /** Assigns each of {@code n} rows to one of {@link #FOLDS} folds by a shuffle seeded with {@code seed}. */
    static int[] folds(int n, long seed) {
        int[] fold = new int[n];
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(perm), new Random(seed));
        for (int i = 0; i < n; i++) {
            fold[perm[i]] = i % FOLDS;
        }
        return fold;
    }

    /**
     * K-fold cross-validation on the train rows: out-of-fold margins fit Platt scaling, then every row
     * is scored by the whole detector (model, rules, decoding) built from the model of the fold that
     * did not see it.
     */
    static CvResult crossValidate(List<PromptRows.Row> train, Vec[] vecs, Vec[] extra, long foldSeed) {
        int[] fold = folds(vecs.length, foldSeed);
        double[] oofMargin = new double[vecs.length];
        float[][] foldW = new float[FOLDS][];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < vecs.length; i++) {
                if (fold[i] != k) {
                    idx.add(i);
                }
            }
            foldW[k] = train(vecs, idx, extra, SEED + k);
            for (int i = 0; i < vecs.length; i++) {
                if (fold[i] == k) {
                    oofMargin[i] = dot(foldW[k], vecs[i]);
                }
            }
        }
        boolean[] y = new boolean[vecs.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = vecs[i].y();
        }
        double[] platt = platt(oofMargin, y);
        double[] oof = new double[vecs.length];
        for (int k = 0; k < FOLDS; k++) {
            InjectionDetector det = foldDetector(foldW[k], platt);
            for (int i = 0; i < vecs.length; i++) {
                if (fold[i] == k) {
                    oof[i] = det.score(train.get(i).text(), TextRole.USER);
                }
            }
        }
        return new CvResult(fold, foldW, platt, oof, y);
    }

    /** The detector with one fold's model (threshold 0.5: scores do not depend on it, except for payload findings). */
    static InjectionDetector foldDetector(float[] w, double[] platt) {
        return new InjectionDetector(InjectionConfig.DEFAULTS.withThreshold(0.5), new LinearModel(w, platt[0], platt[1], 0.5));
    }

    /** Trains on {@code rows} of {@code vecs} and all of {@code extra} (the rows outside the prompt data set). */
    static float[] train(Vec[] vecs, List<Integer> rows, Vec[] extra, long seed) {
        Vec[] all = concat(vecs, extra);
        List<Integer> use = new ArrayList<>(rows);
        for (int i = 0; i < extra.length; i++) {
            use.add(vecs.length + i);
        }
        return train(all, use, seed);
    }

    /** NB-LR (Wang and Manning 2012): scale hashed features by their NB log-count ratio before the regression. */
    static final boolean NBLR = Boolean.getBoolean("tp.nblr");
    static final boolean NB_ABS = Boolean.getBoolean("tp.nbAbs");
    static final double NB_ALPHA = Double.parseDouble(System.getProperty("tp.nbAlpha", "1"));

    static float[] train(Vec[] vecs, List<Integer> rows, long seed) {
        if (!NBLR) {
            return trainScaled(vecs, rows, seed);
        }
        // r_j = log((alpha + presence in attacks) / |.|_1) - log((alpha + presence in benign) / |.|_1), on hashed features only
        double[] pc = new double[Features.HASH_SIZE];
        double[] nc = new double[Features.HASH_SIZE];
        java.util.Arrays.fill(pc, NB_ALPHA);
        java.util.Arrays.fill(nc, NB_ALPHA);
        for (int i : rows) {
            double[] c = vecs[i].y() ? pc : nc;
            for (int j : vecs[i].idx()) {
                if (j < Features.HASH_SIZE) {
                    c[j] += 1;
                }
            }
        }
        double ps = java.util.Arrays.stream(pc).sum();
        double ns = java.util.Arrays.stream(nc).sum();
        float[] r = new float[Features.DIM];
        java.util.Arrays.fill(r, 1f);
        for (int j = 0; j < Features.HASH_SIZE; j++) {
            r[j] = (float) (NB_ABS ? Math.abs(Math.log(pc[j] / ps) - Math.log(nc[j] / ns)) : Math.log(pc[j] / ps) - Math.log(nc[j] / ns));
        }
        Vec[] scaled = new Vec[vecs.length];
        for (int i : rows) {
            float[] val = vecs[i].val().clone();
            for (int k = 0; k < val.length; k++) {
                val[k] *= r[vecs[i].idx()[k]];
            }
            scaled[i] = new Vec(vecs[i].idx(), val, vecs[i].y());
        }
        float[] w = trainScaled(scaled, rows, seed);
        for (int j = 0; j < w.length; j++) {
            w[j] *= r[j];
        }
        return w;
    }

    static float[] trainScaled(Vec[] vecs, List<Integer> rows, long seed) {
        float[] w = new float[Features.DIM];
        float[] g2 = new float[Features.DIM];
        int pos = 0;
        for (int i : rows) {
            if (vecs[i].y()) {
                pos++;
            }
        }
        double posWeight = Math.max(1.0, POS * (rows.size() - pos) / Math.max(1, pos));
        int[] order = rows.stream().mapToInt(Integer::intValue).toArray();
        Random rnd = new Random(seed);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int r : order) {
                Vec v = vecs[r];
                double m = dot(w, v);
                double p = 1 / (1 + Math.exp(-m));
                double g = (p - (v.y() ? 1 : 0)) * (v.y() ? posWeight : 1);
                for (int k = 0; k < v.idx().length; k++) {
                    int j = v.idx()[k];
                    double gi = g * v.val()[k] + L2 * w[j];
                    g2[j] += (float) (gi * gi);
                    w[j] -= (float) (LR * gi / Math.sqrt(g2[j] + 1e-8));
                }
            }
        }
        return w;
    }

    static double dot(float[] w, Vec v) {
        double m = 0;
        for (int k = 0; k < v.idx().length; k++) {
            m += w[v.idx()[k]] * v.val()[k];
        }
        return m;
    }

    /** Fits p = sigmoid(a*m + b) by Newton's method (Platt 1999 with his target smoothing). */
    static double[] platt(double[] m, boolean[] y) {
        int pos = 0;
        for (boolean b : y) {
            if (b) {
                pos++;
            }
        }
        int neg = y.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int it = 0; it < 100; it++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < m.length; i++) {
                double t = y[i] ? hi : lo;
                double p = 1 / (1 + Math.exp(-(a * m[i] + b)));
                double d = p - t;
                ga += d * m[i];
                gb += d;
                double s = p * (1 - p);
                haa += s * m[i] * m[i];
                hab += s * m[i];
                hbb += s;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** Lowest threshold (>= 0.1) whose false-positive rate on benign rows is at most {@code fpr}. */
    static double pickThreshold(double[] s, boolean[] y, double fpr) {
        double[] neg = java.util.stream.IntStream.range(0, s.length).filter(i -> !y[i]).mapToDouble(i -> s[i]).sorted().toArray();
        int allowed = (int) Math.floor(fpr * neg.length);
        double t = neg[neg.length - 1 - allowed] + 1e-6;
        return Math.min(0.95, Math.max(0.1, t));
    }

    static void report(String title, List<PromptRows.Row> rows, double[] s, double threshold) {
        System.out.println("== " + title + " (threshold " + String.format(Locale.ROOT, "%.4f", threshold) + ")");
        TreeMap<String, List<Integer>> bySet = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            bySet.computeIfAbsent(rows.get(i).sourceSet(), k -> new ArrayList<>()).add(i);
        }
        System.out.println(Metrics.header());
        for (var e : bySet.entrySet()) {
            System.out.println(Metrics.line(e.getKey(), rows, s, e.getValue(), threshold));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        System.out.println(Metrics.line("ALL", rows, s, all, threshold));
    }
}
