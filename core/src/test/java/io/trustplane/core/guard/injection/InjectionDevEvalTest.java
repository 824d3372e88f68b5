package io.trustplane.core.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Evaluates the default detector on the dev split of {@code ../shared/datasets/prompts_train_dev.jsonl}
 * (never used for training or tuning) and prints recall, FPR, ROC AUC and recall at 1% FPR per
 * source set. Skipped when the file is absent. The floors sit a little below the measured values.
 */
class InjectionDevEvalTest {

    @Test
    void devSplitQuality() throws Exception {
        Path path = PromptRows.defaultPath();
        assumeTrue(Files.isReadable(path), "dataset not present: " + path);
        List<PromptRows.Row> dev = PromptRows.read(path).stream().filter(r -> r.split().equals("dev")).toList();
        InjectionDetector det = InjectionDetector.withDefaults();
        double[] s = new double[dev.size()];
        boolean[] y = new boolean[dev.size()];
        long worst = 0;
        long[] lat = new long[dev.size()];
        for (int i = 0; i < s.length; i++) {
            long t0 = System.nanoTime();
            s[i] = det.scan(TextSegment.input(dev.get(i).text()), ScanContext.EMPTY).score();
            lat[i] = System.nanoTime() - t0;
            y[i] = dev.get(i).attack();
        }
        double t = det.threshold();
        System.out.println("== injection detector, dev split, threshold " + t);
        System.out.println(Metrics.header());
        TreeMap<String, List<Integer>> bySet = new TreeMap<>();
        for (int i = 0; i < dev.size(); i++) {
            bySet.computeIfAbsent(dev.get(i).sourceSet(), k -> new ArrayList<>()).add(i);
        }
        for (var e : bySet.entrySet()) {
            System.out.println(Metrics.line(e.getKey(), dev, s, e.getValue(), t));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            all.add(i);
        }
        System.out.println(Metrics.line("ALL", dev, s, all, t));
        java.util.Arrays.sort(lat);
        System.out.printf("latency per dev row (single thread, incl. warm-up): p50 %.1f us, p99 %.1f us%n",
                lat[lat.length / 2] / 1e3, lat[(int) (lat.length * 0.99)] / 1e3);
        assertThat(Metrics.recall(s, y, t)).isGreaterThanOrEqualTo(0.90);
        assertThat(Metrics.fpr(s, y, t)).isLessThanOrEqualTo(0.01);
    }

    /**
     * Developers talk about system prompts and instructions, words the prompt data set has almost only in attacks. The
     * held-out texts about prompts ({@link BenignCorpus#readPromptText}, never trained on) must stay allowed: 12 of the
     * 60 were flagged before the model was trained on other such texts, 2 after.
     */
    @Test
    void heldOutTextsAboutPromptsAreRarelyFlagged() throws Exception {
        assertThat(flaggedHeldOut("texts about prompts", BenignCorpus.readPromptText(Path.of(".")), 60)).hasSizeLessThanOrEqualTo(3);
    }

    /**
     * Everyday requests in the words jailbreaks use too ("answer only in bullet points from now on", "pretend you are a
     * customer service agent", "New task: ..."): the held-out ones ({@link BenignCorpus#readInstructions}, never trained
     * on) must stay allowed: 6 of the 70 were flagged before the model was trained on other such texts (one by the "New
     * task:" rule, now an order only in documents), 2 after, 4 since it was also trained on attacks in other languages,
     * among them task switches that read like these ("Da adesso in poi rispondi solo …").
     */
    @Test
    void heldOutEverydayInstructionsAreRarelyFlagged() throws Exception {
        assertThat(flaggedHeldOut("everyday instructions", BenignCorpus.readInstructions(Path.of(".")), 70))
                .hasSizeLessThanOrEqualTo(4);
    }

    /**
     * Documents and tool output with and without indirect injections ({@link DocumentCorpus}): the held-out ones, written
     * by two authors who saw neither the detector nor the training documents (70 injected and 90 benign each), scanned as
     * {@code DOCUMENT}. The first 160: 34 injected and 3 benign flagged by the message model, 53 and 7 by the first content
     * model (800 train documents), 55 and 7 with 1,340, 53 and 6 with 1,860. The second 160, written after that first
     * content model in the shape of reported incidents: 57 and 17 by it, 56 and 8 with 1,340, 55 and 8 with 1,860, 56 and
     * 10 once quoted orders count in content and the rules changed for it (docs/DETECTION.md). With the rules for the
     * shapes of the agent benchmarks and 780 more train documents (tool results and prose, 2,640 in all): 57 and 7, 60
     * and 10; with 714 more (owner's-voice requests and off-task orders, 3,354) and cues for content only: 58 and 5, 59
     * and 10.
     */
    @Test
    void heldOutDocumentsWithIndirectInjectionsAreCaughtAndOrdinaryOnesRarelyFlagged() throws Exception {
        List<PromptRows.Row> dev = DocumentCorpus.read(Path.of(".")).stream().filter(r -> r.split().equals("dev")).toList();
        assertThat(dev).hasSize(320);
        long injected = dev.stream().filter(PromptRows.Row::attack).count();
        InjectionDetector det = InjectionDetector.withDefaults();
        int caught = 0;
        int falseAlarms = 0;
        for (PromptRows.Row r : dev) {
            boolean flagged = det.scan(new TextSegment("document", Direction.INPUT, TextRole.DOCUMENT, r.text()), ScanContext.EMPTY)
                    .flagged();
            caught += flagged && r.attack() ? 1 : 0;
            falseAlarms += flagged && !r.attack() ? 1 : 0;
        }
        System.out.printf("held-out documents: %d of %d injected ones flagged, %d of %d benign ones%n", caught, injected,
                falseAlarms, dev.size() - injected);
        assertThat(caught).as("injected documents flagged").isGreaterThanOrEqualTo(112);
        assertThat(falseAlarms).as("benign documents flagged").isLessThanOrEqualTo(17);
    }

    /** The {@code dev} rows of a hand-written benign corpus (there must be {@code expected}) that the detector flags. */
    private static List<String> flaggedHeldOut(String name, List<PromptRows.Row> corpus, int expected) {
        List<PromptRows.Row> dev = corpus.stream().filter(r -> r.split().equals("dev")).toList();
        assertThat(dev).hasSize(expected).noneMatch(PromptRows.Row::attack);
        InjectionDetector det = InjectionDetector.withDefaults();
        List<String> flagged = dev.stream().map(PromptRows.Row::text)
                .filter(text -> det.scan(TextSegment.input(text), ScanContext.EMPTY).flagged()).toList();
        System.out.println("held-out " + name + " flagged: " + flagged.size() + " of " + dev.size() + " " + flagged);
        return flagged;
    }
}
