package io.trustplane.bench.guard;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.Detectors;
import io.trustplane.core.guard.GuardEngine;
import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.injection.InjectionConfig;
import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.embeddings.EmbeddingSecondOpinion;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full input scan of the guard, one thread (one core): every default detector over a prompt of
 * {@code size} characters, rotating through 64 different texts so no detector sees the same input twice
 * in a row. {@code attack=true} puts an injection sentence in the middle of each text.
 *
 * <ul>
 *   <li>{@code baseline}: Unicode NFKC normalisation plus lower-casing of the same text, the least any
 *       text scanner does; the ratio to it shows what the detectors add.
 *   <li>{@code fastPath}: injection (normalisation, decoding, lexical rules, learned model), PII, secrets,
 *       output checks (which skip inputs).
 *   <li>{@code heavyStage}: the fast path with the MiniLM embedding second opinion consulted on every
 *       call (grey zone widened to cover all scores), i.e. the worst case of the heavier stage.
 *   <li>{@code documentScan}: the same texts as a retrieved document ({@code DOCUMENT}): the content model instead
 *       of the message model, and on texts over 1,000 characters also over passages of 400.
 *   <li>{@code outputScan}: the same texts as a model's answer: the output checks (leakage, exfiltration,
 *       invisible characters, refusals), PII and secrets, as the gateway's output guard and the background
 *       scan of stored answers run them.
 * </ul>
 * Sample mode: JMH records the time of individual calls, so p50/p99 per call come from the histogram.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
public class GuardScanBenchmark {
    @Param({"1024", "10240"})
    public int size;

    @Param({"false", "true"})
    public boolean attack;

    private List<GuardRequest> requests;
    private List<GuardRequest> answers;
    private List<GuardRequest> documents;
    private List<String> texts;
    private GuardEngine fast;
    private GuardEngine heavy;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        texts = BenchTexts.texts(size, 64, attack, 42);
        requests = new ArrayList<>();
        for (String t : texts) requests.add(GuardRequest.of(TextSegment.input(t)));
        answers = new ArrayList<>();
        for (String t : texts) answers.add(GuardRequest.of(TextSegment.output(t)));
        documents = new ArrayList<>();
        for (String t : texts) documents.add(GuardRequest.of(new TextSegment("document", Direction.INPUT, TextRole.DOCUMENT, t)));
        fast = Detectors.defaultEngine();
        List<Detector> withEmbeddings = new ArrayList<>(Detectors.defaults());
        withEmbeddings.set(0, new InjectionDetector(InjectionConfig.DEFAULTS
                .withSecondOpinion(new EmbeddingSecondOpinion()).withGreyZone(1.0)));
        heavy = new GuardEngine(withEmbeddings);
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & 63;
        return i;
    }

    @Benchmark
    public String baseline() {
        return Normalizer.normalize(texts.get(nextIndex()), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public GuardReport fastPath() {
        return fast.scan(requests.get(nextIndex()));
    }

    @Benchmark
    public GuardReport documentScan() {
        return fast.scan(documents.get(nextIndex()));
    }

    @Benchmark
    public GuardReport outputScan() {
        return fast.scan(answers.get(nextIndex()));
    }

    @Benchmark
    public GuardReport heavyStage() {
        return heavy.scan(requests.get(nextIndex()));
    }
}
