package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.eval.BinaryMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The train-only yardstick for modelling choices of the injection model: 5-fold cross-validation
 * on the train split, repeated for several fold seeds, reporting the whole detector's out-of-fold
 * ROC AUC and recall at 1% FPR (per seed and their mean), and the share of out-of-domain benign
 * text it flags. The dev split is not read.
 *
 * <p>Out-of-domain benign text: the {@code dev} rows of {@link BenignCorpus} (this repository's own
 * docs and code, from files whose chunks are never trained on). A chunk counts as flagged by a fold
 * model when its score exceeds that seed's out-of-fold 1%-FPR threshold; the share is averaged over
 * the fold models. {@code -Dtp.benignCorpus=true} adds the corpus's {@code train} rows to every
 * fold's training rows (they are not scored out of fold).
 *
 * <p>Learner settings come from the same system properties as {@link InjectionModelTrainer}
 * ({@code tp.lr}, {@code tp.epochs}, {@code tp.l2}, {@code tp.pos}). {@code -Dtp.cvSeeds=42,43,44}
 * picks the fold seeds; {@code -Dtp.oofOut=FILE} writes the out-of-fold scores (seed, train row,
 * fold, label, score) for stacking experiments such as the embedding module's. Run:
 *
 * <pre>
 * ./mvnw -B -o -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/train.cp -Dmdep.includeScope=test
 * java -cp "core/target/classes:core/target/test-classes:$(cat core/target/train.cp)" \
 *   io.trustplane.core.guard.injection.InjectionCrossValidation ../shared/datasets/prompts_train_dev.jsonl
 * </pre>
 */
public final class InjectionCrossValidation {
    static final double FPR = 0.01;

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : PromptRows.defaultPath();
        Path repo = Path.of(args.length > 1 ? args[1] : ".");
        long[] seeds = Stream.of(System.getProperty("tp.cvSeeds", "42,43,44").split(",")).mapToLong(Long::parseLong).toArray();
        List<PromptRows.Row> train = PromptRows.read(data).stream().filter(r -> r.split().equals("train")).toList();
        InjectionModelTrainer.Vec[] vecs = InjectionModelTrainer.featurise(train);
        List<String> ood = BenignCorpus.read(repo).stream().filter(r -> r.split().equals("dev")).map(PromptRows.Row::text).toList();
        InjectionModelTrainer.Vec[] extra = InjectionModelTrainer.featurise(InjectionModelTrainer.extraRows());
        System.out.printf(Locale.ROOT, "train %d rows (+%d rows outside the data set), held-out repository text %d; lr %s epochs %d l2 %s pos %s%n", train.size(),
                extra.length, ood.size(), InjectionModelTrainer.LR, InjectionModelTrainer.EPOCHS, InjectionModelTrainer.L2, InjectionModelTrainer.POS);
        String oofOut = System.getProperty("tp.oofOut");
        PrintWriter dump = oofOut == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(oofOut)));
        double sumAuc = 0;
        double sumRec = 0;
        double sumOod = 0;
        for (long seed : seeds) {
            InjectionModelTrainer.CvResult cv = InjectionModelTrainer.crossValidate(train, vecs, extra, seed);
            List<Double> pos = new ArrayList<>();
            List<Double> neg = new ArrayList<>();
            for (int i = 0; i < cv.oof().length; i++) {
                (cv.y()[i] ? pos : neg).add(cv.oof()[i]);
                if (dump != null) {
                    dump.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%.6f%n", seed, i, cv.fold()[i], cv.y()[i] ? 1 : 0, cv.oof()[i]);
                }
            }
            double[] posScores = Metrics.array(pos);
            double[] negScores = Metrics.array(neg);
            double auc = BinaryMetrics.rocAuc(posScores, negScores);
            double rec = BinaryMetrics.recallAtFpr(posScores, negScores, FPR);
            double t1 = BinaryMetrics.thresholdAtFpr(negScores, FPR);
            int flagged = 0;
            for (float[] w : cv.foldW()) {
                InjectionDetector det = InjectionModelTrainer.foldDetector(w, cv.platt());
                for (String chunk : ood) {
                    flagged += det.score(chunk, TextRole.USER) > t1 ? 1 : 0;
                }
            }
            double oodRate = flagged / (double) (ood.size() * cv.foldW().length);
            System.out.printf(Locale.ROOT, "seed %d: out-of-fold AUC %.4f, recall@1%%FPR %.2f%% (threshold %.4f), out-of-domain benign flagged %.2f%%%n",
                    seed, auc, 100 * rec, t1, 100 * oodRate);
            sumAuc += auc;
            sumRec += rec;
            sumOod += oodRate;
        }
        if (dump != null) {
            dump.close();
        }
        int k = seeds.length;
        System.out.printf(Locale.ROOT, "MEAN over %d seeds: AUC %.4f, recall@1%%FPR %.2f%%, out-of-domain benign flagged %.2f%%%n", k,
                sumAuc / k, 100 * sumRec / k, 100 * sumOod / k);
    }
}
