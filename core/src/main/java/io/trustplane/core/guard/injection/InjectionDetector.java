package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.text.NormalizedText;
import io.trustplane.core.guard.text.PayloadDecoder;
import io.trustplane.core.guard.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detects prompt injection and jailbreak attempts. Name {@code injection}.
 *
 * <p>Layers, cheapest first, each catching what the others miss:
 *
 * <ol>
 *   <li><b>Normalisation</b> ({@link TextNormalizer}): undoes homoglyphs, fullwidth and mathematical
 *       letters, invisible characters, leetspeak and spacing tricks, so that the later stages see one
 *       spelling; Unicode tag characters are decoded as hidden text and scanned too.
 *   <li><b>Decoding</b> ({@link PayloadDecoder}): base64, hex, URL and HTML encodings and rot13 are
 *       decoded and the result is scanned again, up to {@link InjectionConfig#maxDecodeDepth()}
 *       layers and a fixed total budget (16 payloads, 64 K decoded chars); findings in a payload are
 *       reported at the encoded span of the original text.
 *   <li><b>Lexical stage</b> ({@link LexicalScanner}): linear-time patterns for instruction override,
 *       role-play jailbreaks, prompt extraction, fake role markers, instructions addressed to an AI,
 *       and exfiltration. Precise rules (confidence at least 0.7) flag on their own; weaker ones
 *       ("stay in character", a bare "assistant:" line) are only features of the model, except that
 *       two different weak role-play cues together flag (see {@link #ROLEPLAY_CUES_TOGETHER}).
 *   <li><b>Learned model</b> ({@link LinearModel}): logistic regression over hashed word and
 *       character n-grams plus the lexical hits, trained on the train split by
 *       {@code scripts/train-guard-models.sh}; it generalises to paraphrases no pattern anticipates.
 *       Documents and tool output are scored by a second such model that has seen documents too, and when longer
 *       than {@link #CONTENT_WHOLE} characters by passages as well ({@link #CONTENT_WINDOW}).
 *   <li><b>Second opinion</b> (optional {@link SecondOpinion}, e.g. an embedding classifier): asked
 *       only on messages, when the fast score lies within {@link InjectionConfig#greyZone()} of the threshold; the
 *       final score is then the mean of both.
 * </ol>
 *
 * <p>The score is the maximum of the model's calibrated probability, the confidence of the
 * strongest pattern hit, and the scores of decoded payloads and hidden text. The segment's
 * {@link TextRole} matters: in {@link TextRole#TOOL} or {@link TextRole#DOCUMENT} content, text
 * addressed to the assistant is {@code INDIRECT_INJECTION} and counts fully; from the user it is
 * only weak evidence. {@link TextRole#SYSTEM} prompts are the operator's own and are not scanned,
 * and neither are model outputs, which the {@code output} detector checks ({@link #appliesTo}).
 *
 * <p>Bounded work: a segment longer than 128 K chars is scanned on its first and last 64 K chars
 * only (injections hide at either end; the middle is not read). Everything is linear in the
 * scanned length. {@link #scan} never throws: on an internal error it returns what it has.
 */
public final class InjectionDetector implements Detector {
    public static final String NAME = "injection";
    static final int HEAD = 64 * 1024;
    static final int TAIL = 64 * 1024;
    static final int MAX_PAYLOADS = 16;
    static final int MAX_DECODED_CHARS = 64 * 1024;
    static final int MAX_HITS_PER_RULE = 4;
    static final int MAX_FINDINGS = 64;
    /** Rule hits at or above this confidence set the score on their own; weaker ones are model features. */
    static final double STRONG_RULE = 0.7;
    /**
     * {@code INDIRECT_INJECTION} rules at or above this confidence are orders to the AI and count fully in content; those
     * below are cues ({@link LexicalScanner#CUE}) said by people to people as well, features of the models only.
     */
    static final double INDIRECT_CUE = 0.5;
    /**
     * Confidence given to the weak role-play cues of a segment in which two different such rules fire
     * ("pretend you are an evil AI" and "with no restrictions"). Each cue alone is common in persona
     * prompts and adversarial-benign ones, hence weak; together they are not: in the train split, of the
     * rows no strong rule catches, 27 attacks and 1 benign row have two or more.
     */
    static final double ROLEPLAY_CUES_TOGETHER = 0.75;
    /**
     * Characters per passage of a long document or tool result that the content model also scores on its own, half a
     * passage apart; the segment's model score is the highest. The model reads a whole text's n-grams, so two injected
     * sentences inside pages of ordinary text weigh little: the document-role probes buried in 1–6 KB of ordinary
     * documents it was never trained on were caught 60 of 86 times instead of 77; scored by passages of 400 characters,
     * 67–68, with the same false alarms on the 130 benign probes buried alike (250 characters: 71–72, two more false
     * alarms; 800 or 1,200: no gain).
     */
    static final int CONTENT_WINDOW = 400;
    /**
     * Content up to this many characters is scored whole only: 95% of the documents the content model was trained on are
     * no longer (median 547, 95th percentile 924), so it reads such a text as it learned to.
     */
    static final int CONTENT_WHOLE = 1000;

    private final InjectionConfig config;
    private final LinearModel model;
    private final LinearModel contentModel;
    private final double threshold;

    /** Fast path only, bundled model and threshold. */
    public static InjectionDetector withDefaults() {
        return new InjectionDetector(InjectionConfig.DEFAULTS);
    }

    public InjectionDetector(InjectionConfig config) {
        this(config, LinearModel.bundled(), LinearModel.bundledContent());
    }

    /** With {@code model} for messages and content alike. */
    InjectionDetector(InjectionConfig config, LinearModel model) {
        this(config, model, model);
    }

    InjectionDetector(InjectionConfig config, LinearModel model, LinearModel contentModel) {
        this.config = config;
        this.model = model;
        this.contentModel = contentModel;
        this.threshold = Double.isNaN(config.threshold()) ? model.threshold : config.threshold();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The threshold in use. */
    public double threshold() {
        return threshold;
    }

    @Override
    public boolean appliesTo(TextSegment segment) {
        // Model outputs are the output detector's: injection is about what reaches the model.
        return segment.role() != TextRole.SYSTEM && segment.direction() == Direction.INPUT;
    }

    @Override
    public DetectorResult scan(TextSegment segment, ScanContext context) {
        try {
            return doScan(segment);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return DetectorResult.clean(NAME);
        }
    }

    /** The score alone, without findings; used by training and evaluation. */
    double score(String text, TextRole role) {
        return doScan(new TextSegment("input", io.trustplane.core.guard.Direction.INPUT, role, text)).score();
    }

    /** A finding in the coordinates of the text that was analysed. */
    private record Raw(InjectionType type, int start, int end, double confidence, String reason) {}

    private static final class Budget {
        int payloads = MAX_PAYLOADS;
        int chars = MAX_DECODED_CHARS;
    }

    private record Analysis(double score, NormalizedText norm, List<Raw> findings) {}

    private DetectorResult doScan(TextSegment segment) {
        String original = segment.text();
        int len = original.length();
        String text = original;
        int shift = 0;
        boolean cut = len > HEAD + TAIL;
        if (cut) {
            text = original.substring(0, HEAD) + "\n" + original.substring(len - TAIL);
            shift = len - TAIL - (HEAD + 1);
        }
        boolean indirect = segment.role() == TextRole.TOOL || segment.role() == TextRole.DOCUMENT;
        Analysis a = analyse(text, 0, new Budget(), indirect, true);
        double score = a.score();
        List<Raw> raws = new ArrayList<>(a.findings());
        // the second opinion is asked on messages only: its head was trained on messages, and on held-out documents its
        // vote lowered recall (53 -> 50 of 70) and changed no false alarm
        SecondOpinion second = indirect ? null : config.secondOpinion();
        if (second != null && Math.abs(score - threshold) <= config.greyZone()) {
            double s2 = -1;
            try {
                s2 = second.score(a.norm().text());
            } catch (RuntimeException e) {
                s2 = -1;
            }
            if (s2 >= 0 && s2 <= 1) {
                score = 0.5 * (score + s2);
                if (s2 >= threshold) {
                    raws.add(new Raw(InjectionType.LEARNED_MODEL, 0, text.length(), s2,
                            "embedding classifier rates the text as an injection or jailbreak attempt"));
                }
            }
        }
        if (!(score >= 0)) {
            score = 0;
        }
        score = Math.min(1, score);
        List<Finding> findings = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            if (findings.size() >= MAX_FINDINGS) {
                break;
            }
            int s = map(r.start(), shift, cut, len);
            int e = Math.max(s, map(r.end(), shift, cut, len));
            double c = Math.max(0, Math.min(1, r.confidence()));
            findings.add(new Finding(NAME, r.type().name(), s, e, c, r.reason()));
        }
        return new DetectorResult(NAME, score, score >= threshold, merge(findings, len));
    }

    /**
     * Merges overlapping findings of the same type (union span, highest confidence), ordered by
     * start. Whole-segment findings are kept apart from span findings.
     */
    private static List<Finding> merge(List<Finding> in, int len) {
        in.sort(Comparator.comparing(Finding::type).thenComparingInt(Finding::start).thenComparingInt(Finding::end));
        List<Finding> out = new ArrayList<>(in.size());
        Finding cur = null;
        for (Finding f : in) {
            if (cur != null && cur.type().equals(f.type()) && f.start() < cur.end()
                    && cur.start() < cur.end() && f.start() < f.end() && !whole(cur, len) && !whole(f, len)) {
                Finding best = f.confidence() > cur.confidence() ? f : cur;
                cur = new Finding(NAME, cur.type(), cur.start(), Math.max(cur.end(), f.end()), best.confidence(), best.reason());
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = f;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return out;
    }

    private static boolean whole(Finding f, int len) {
        return f.start() == 0 && f.end() == len;
    }

    private static int map(int i, int shift, boolean cut, int len) {
        int m = (!cut || i <= HEAD) ? i : i + shift;
        return Math.max(0, Math.min(len, m));
    }

    /** The index of the first word that starts at or after {@code i} (the text's length when none does). */
    private static int wordStart(String text, int i) {
        int k = Math.min(i, text.length());
        while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Fills the reusable feature buffer for {@code text} as the detector sees it at top level, as content or a message. */
    static Features features(String text, boolean content) {
        NormalizedText norm = TextNormalizer.normalize(text);
        List<LexicalScanner.Hit> hits = LexicalScanner.scan(norm, MAX_HITS_PER_RULE);
        int payloads = PayloadDecoder.decode(text, MAX_PAYLOADS).size();
        return Features.local().extract(norm, hits, payloads, content);
    }

    private Analysis analyse(String text, int depth, Budget budget, boolean indirect, boolean top) {
        NormalizedText norm = TextNormalizer.normalize(text);
        List<LexicalScanner.Hit> hits = LexicalScanner.scan(norm, MAX_HITS_PER_RULE);
        List<PayloadDecoder.Payload> payloads = PayloadDecoder.decode(text, MAX_PAYLOADS);
        Features f = Features.local().extract(norm, hits, payloads.size(), indirect);
        double modelP = (indirect ? contentModel : model).probability(f);
        int modelStart = 0;
        int modelEnd = text.length();
        if (indirect && top && text.length() > CONTENT_WHOLE) {
            // a long document: its passages too, since an injection of two sentences weighs little among pages of text.
            // Passages start and end at word starts, are at most two passages long (a run with no space is cut), and
            // start half a passage after the last one's start: every character is read about twice. A passage's rule
            // and payload features are the whole text's hits inside it, not a second scan
            int[] hitStart = new int[hits.size()];
            int[] hitEnd = new int[hits.size()];
            for (int k = 0; k < hits.size(); k++) {
                LexicalScanner.Hit h = hits.get(k);
                NormalizedText view = h.light() ? norm.light() : norm;
                hitStart[k] = view.originalStart(h.start(), h.end());
                hitEnd[k] = view.originalEnd(h.start(), h.end());
            }
            List<LexicalScanner.Hit> inside = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int ws = start == 0 ? 0 : wordStart(text, start);
                if (ws >= text.length()) {
                    break;
                }
                int we = Math.min(wordStart(text, ws + CONTENT_WINDOW), ws + 2 * CONTENT_WINDOW);
                inside.clear();
                for (int k = 0; k < hitStart.length; k++) {
                    if (hitStart[k] >= ws && hitEnd[k] <= we) {
                        inside.add(hits.get(k));
                    }
                }
                int payloadsInside = 0;
                for (PayloadDecoder.Payload pl : payloads) {
                    payloadsInside += pl.start() >= ws && pl.end() <= we ? 1 : 0;
                }
                double p = contentModel.probability(
                        Features.local().extract(TextNormalizer.normalize(text.substring(ws, we)), inside, payloadsInside, true));
                if (p > modelP) {
                    modelP = p;
                    modelStart = ws;
                    modelEnd = we;
                }
                if (we >= text.length()) {
                    break;
                }
                start = ws + CONTENT_WINDOW / 2;
            }
        }
        List<Raw> out = new ArrayList<>();
        double score = modelP;
        if (modelP >= threshold) {
            out.add(new Raw(InjectionType.LEARNED_MODEL, modelStart, modelEnd, modelP, InjectionType.LEARNED_MODEL.reason()));
        }
        // lexical hits: strong ones score on their own, weak ones only feed the model (and are
        // reported as supporting evidence when the segment is flagged anyway)
        List<Raw> weak = new ArrayList<>();
        int firstRoleplayCue = -1; // id of the first weak role-play rule that fired
        boolean distinctRoleplayCues = false; // ... and whether a different one fired as well
        for (LexicalScanner.Hit h : hits) {
            if (h.contentOnly() && !indirect) {
                continue; // an order quoted in a user's sentence is talked about; in content its author placed the quotes
            }
            NormalizedText view = h.light() ? norm.light() : norm;
            int s = view.originalStart(h.start(), h.end());
            int e = view.originalEnd(h.start(), h.end());
            InjectionType type = h.type();
            double conf = h.confidence();
            if (type == InjectionType.INDIRECT_INJECTION && !h.cue()) {
                conf = indirect ? Math.max(conf, 0.85) : conf * 0.6;
            } else if (indirect && type != InjectionType.ROLEPLAY_JAILBREAK && conf >= STRONG_RULE) {
                // a weak cue stays weak in a document too: a support transcript's "Assistant:" lines are no attack
                out.add(new Raw(InjectionType.INDIRECT_INJECTION, s, e, Math.max(conf, 0.85),
                        InjectionType.INDIRECT_INJECTION.reason()));
                conf = Math.max(conf, 0.85);
            }
            if (type == InjectionType.ROLE_MARKER && !indirect) {
                conf = Math.min(conf, conf * 0.9);
            }
            if (conf >= STRONG_RULE) {
                out.add(new Raw(type, s, e, conf, type.reason()));
                score = Math.max(score, conf);
            } else {
                weak.add(new Raw(type, s, e, conf, type.reason()));
                if (type == InjectionType.ROLEPLAY_JAILBREAK) {
                    if (firstRoleplayCue < 0) {
                        firstRoleplayCue = h.rule();
                    } else if (h.rule() != firstRoleplayCue) {
                        distinctRoleplayCues = true;
                    }
                }
            }
        }
        if (distinctRoleplayCues) {
            for (int k = 0; k < weak.size(); k++) {
                Raw r = weak.get(k);
                if (r.type() == InjectionType.ROLEPLAY_JAILBREAK) {
                    weak.set(k, new Raw(r.type(), r.start(), r.end(), ROLEPLAY_CUES_TOGETHER, r.reason()));
                }
            }
            score = Math.max(score, ROLEPLAY_CUES_TOGETHER);
        }
        // obfuscation
        NormalizedText.Stats st = norm.stats();
        if (st.suspicious()) {
            double conf = 0.4;
            out.add(new Raw(InjectionType.OBFUSCATION, 0, text.length(), conf, InjectionType.OBFUSCATION.reason()));
            if (modelP > 0.2 || !hits.isEmpty()) {
                score = Math.min(1, Math.max(score, modelP + 0.15));
            }
        }
        // hidden text in Unicode tag characters
        String hidden = norm.hiddenText();
        if (hidden.length() >= 8 && budget.chars > 0) {
            budget.chars -= hidden.length();
            double conf = 0.85;
            Analysis h = analyse(hidden, depth + 1, budget, indirect, false);
            conf = Math.max(conf, h.score());
            out.add(new Raw(InjectionType.OBFUSCATION, norm.hiddenStart(), norm.hiddenEnd(), conf,
                    "hidden text in invisible Unicode tag characters"));
            for (Raw r : h.findings()) {
                out.add(new Raw(r.type(), norm.hiddenStart(), norm.hiddenEnd(), r.confidence(), r.reason()));
            }
            score = Math.max(score, conf);
        }
        // encoded payloads
        if (depth < config.maxDecodeDepth()) {
            for (PayloadDecoder.Payload p : payloads) {
                if (budget.payloads <= 0 || budget.chars <= 0) {
                    break;
                }
                budget.payloads--;
                String decoded = p.decoded();
                if (decoded.length() > budget.chars) {
                    decoded = decoded.substring(0, budget.chars);
                }
                budget.chars -= decoded.length();
                Analysis inner = analyse(decoded, depth + 1, budget, indirect, false);
                if (inner.score() >= threshold) {
                    double conf = Math.min(1, inner.score());
                    out.add(new Raw(InjectionType.ENCODED_PAYLOAD, p.start(), p.end(), conf,
                            "encoded payload (" + p.encoding() + ") decodes to an injection attempt"));
                    for (Raw r : inner.findings()) {
                        if (r.type() != InjectionType.LEARNED_MODEL) {
                            out.add(new Raw(r.type(), p.start(), p.end(), r.confidence(), r.reason()));
                        }
                    }
                    score = Math.max(score, conf);
                }
            }
        }
        if (score >= threshold) {
            out.addAll(weak);
        }
        return new Analysis(score, norm, out);
    }
}
