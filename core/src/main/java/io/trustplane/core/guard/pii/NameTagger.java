package io.trustplane.core.guard.pii;

import static io.trustplane.core.guard.text.Hashing.mix;

import io.trustplane.core.guard.TrainedModels;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Person names and locations by a learned token tagger: a statistical named-entity recogniser for the PII
 * that has no structure, where the gazetteer rules of {@link NameRecognizer} only know the names on
 * their lists.
 *
 * <p>How: the text is split into word and punctuation tokens; each token gets a label of the BIO scheme
 * (outside, begin or inside a PERSON or a LOCATION) from a multinomial logistic regression over hashed
 * features of a five-token window: the words, their shapes ({@code Xxxx}, {@code XX}, {@code dd}, ...),
 * suffixes, membership of the words in the bundled name and place lists, whether a sentence or line starts
 * there, the type of the rule candidate covering the token, and the two labels already given to the tokens
 * before (greedy left-to-right decoding, so a name's second word knows the first was a name). Words outside
 * the training vocabulary read as "unknown", as the rare words did in training, so an unseen name gets what
 * the model learned about names it could not recognise by their spelling. A span's confidence is the mean
 * probability of its tokens' labels. Trained on the train split of ../shared/datasets/pii_train_dev.jsonl
 * and on text without PII by {@code NameTaggerTrainer} (test scope, {@code scripts/train-guard-models.sh});
 * weights in {@code ner.bin}. docs/DETECTION.md has the choices and their measurements.
 *
 * <p>Why this and not a library model: no pretrained NER model can be fetched from Maven Central, the only
 * model source a build here may use (Stanford CoreNLP's models are there, but GPL-licensed, which would bind
 * every application embedding this library); OpenNLP's {@code NameFinderME} could be trained on the same
 * rows, but it scores string features through hash maps with a beam search, and the transformer taggers are
 * far over the sub-millisecond budget of the fast path. A linear model over hashed features scores a
 * kilobyte in about 30 microseconds with one pass over primitive arrays, like the injection model
 * ({@code LinearModel}).
 *
 * <p>File format (gzip): magic {@code TPNT}, version, hash bits, label count, the weights
 * ({@code 2^bits × labels} IEEE floats, bucket-major), then the vocabulary (count, sorted word hashes).
 */
final class NameTagger {
    static final int MAGIC = 0x54504E54; // "TPNT"
    static final int VERSION = 1;
    static final String RESOURCE = "/io/trustplane/core/guard/pii/ner.bin";

    static final int BITS = 16;
    static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    static final int O = 0;
    static final int B_PER = 1;
    static final int I_PER = 2;
    static final int B_LOC = 3;
    static final int I_LOC = 4;
    static final int LABELS = 5;
    /** Features per token, see {@link #features}. */
    static final int FEATURES = 30;

    /**
     * A text whose common words the vocabulary mostly does not know is in a language the tagger was not trained
     * on (French, Turkish, Russian ...), where it reads every unknown word as a possible name; see
     * {@link #startInOtherLanguage}. English prose knows about 0.9 of them or more. So is a text written mostly in
     * letters outside the Latin script.
     */
    static final double MIN_KNOWN_COMMON_WORDS = 0.5;
    /** Fewer common words than this say nothing about the language (an address, a list of names). */
    static final int MIN_COMMON_WORDS = 2;

    /** Tokens tagged per text at most (about 64 K characters of prose); later text keeps the rule results. */
    static final int MAX_TOKENS = 16_384;

    final float[] w;
    /** Sorted hashes of the words seen at least twice in training; any other word reads as "unknown". */
    final int[] vocabulary;
    private final Vocabulary lookup;

    NameTagger(float[] w, int[] vocabulary) {
        if (w.length != BUCKETS * LABELS) {
            throw new IllegalArgumentException("weights must have " + BUCKETS * LABELS + " entries");
        }
        this.w = w;
        this.vocabulary = vocabulary;
        this.lookup = new Vocabulary(vocabulary);
    }

    Vocabulary lookup() {
        return lookup;
    }

    /** A set of word hashes: open addressing with linear probing, one or two array reads per lookup. */
    static final class Vocabulary {
        private final int[] slots;
        private final boolean hasZero;

        Vocabulary(int[] words) {
            int size = Integer.highestOneBit(Math.max(4, words.length * 2)) * 2;
            slots = new int[size];
            boolean zero = false;
            for (int word : words) {
                if (word == 0) {
                    zero = true;
                    continue;
                }
                int i = mix(word) & (size - 1);
                while (slots[i] != 0 && slots[i] != word) {
                    i = (i + 1) & (size - 1);
                }
                slots[i] = word;
            }
            hasZero = zero;
        }

        boolean contains(int word) {
            if (word == 0) {
                return hasZero;
            }
            int mask = slots.length - 1;
            for (int i = mix(word) & mask; slots[i] != 0; i = (i + 1) & mask) {
                if (slots[i] == word) {
                    return true;
                }
            }
            return false;
        }
    }

    static NameTagger bundled() {
        return Holder.TAGGER;
    }

    private static final class Holder {
        static final NameTagger TAGGER = load();
    }

    private static NameTagger load() {
        return TrainedModels.load(NameTagger.class, RESOURCE, NameTagger::read);
    }

    static NameTagger read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a name tagger model");
        }
        if (in.readInt() != BITS || in.readInt() != LABELS) {
            throw new IOException("name tagger model has other dimensions than the code");
        }
        float[] w = new float[BUCKETS * LABELS];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        int[] vocabulary = new int[in.readInt()];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = in.readInt();
        }
        return new NameTagger(w, vocabulary);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(BITS);
        out.writeInt(LABELS);
        for (float v : w) {
            out.writeFloat(v);
        }
        out.writeInt(vocabulary.length);
        for (int v : vocabulary) {
            out.writeInt(v);
        }
        out.flush();
        gz.finish();
    }

    /**
     * Adds the PERSON and LOCATION spans of {@code text} to {@code out}, which holds the rule-based
     * recognisers' candidates: the type of the candidate covering a token is one of its features.
     */
    void find(String text, Candidates out) {
        NameTokens t = NameTokens.of(text, MAX_TOKENS);
        t.hint(out.all());
        t.vocabulary(lookup);
        int[] labels = new int[t.count];
        double[] probs = new double[t.count];
        tag(t, labels, probs);
        boolean otherLanguage = !t.mostlyLatinLetters() || t.knownCommonWords(MIN_COMMON_WORDS) < MIN_KNOWN_COMMON_WORDS;
        int i = 0;
        while (i < t.count) {
            int label = labels[i];
            if (label == O) {
                i++;
                continue;
            }
            int inside = label == B_PER || label == I_PER ? I_PER : I_LOC;
            int j = i + 1;
            double sum = probs[i];
            while (j < t.count && labels[j] == inside) {
                sum += probs[j];
                j++;
            }
            double confidence = sum / (j - i);
            if (onlyUncasedLetters(text, t.start[i], t.end[j - 1])) {
                // Chinese, Japanese, Arabic, Hindi ...: no capitals, which the tagger learned names by, and no such
                // text in its training data; what it tags there is noise ("请告诉我明天北京的天气" as a PERSON)
                i = j;
                continue;
            }
            int from = otherLanguage ? startInOtherLanguage(t, i, j, inside == I_PER) : i;
            if (from < 0) {
                i = j;
                continue;
            }
            if (inside == I_PER) {
                from = afterGreetingOrPossessive(t, from, j);
            }
            if (from < 0) {
                i = j;
                continue;
            }
            if (inside == I_PER) {
                out.add("PERSON", t.start[from], t.end[j - 1], confidence, "name (learned tagger)");
            } else {
                out.add("LOCATION", t.start[i], t.end[j - 1], locationConfidence(t, i, j, confidence),
                        "location (learned tagger)");
            }
            i = j;
        }
    }

    /** Lower-case particles inside a name ("Sanne de Vries", "Ursula von der Leyen", "Juan de la Cruz"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "der", "den", "von", "zu", "di", "da", "del", "della",
            "la", "le", "du", "des", "dos", "das", "do", "y", "e", "bin", "ibn", "al", "ten", "ter");

    /**
     * In a language it was not trained on, the tagger calls sentence-initial words ("Merhaba", "Kannst", "Quelle
     * est") and words that happen to be on a name list ("la mia", "clair maintenant") names. There a span is kept only
     * in capitals (unless the text has none; lower-case name particles inside a person are fine: "Ursula von der
     * Leyen") and with more evidence than the tagger's: a person is two or more capitalised words, one of them a listed
     * first or last name ("Marie Dubois") or the run not opening a sentence ("меня зовут Иван Петров"), or one listed
     * first name inside a sentence ("frag Anna"); an unlisted word opening the sentence is cut off ("Bugün Ahmet
     * Yılmaz" → "Ahmet Yılmaz"). A place needs a number in it (an address) or a listed place.
     *
     * @return the token the kept span starts at, or -1 to drop it
     */
    private static int startInOtherLanguage(NameTokens t, int from, int to, boolean person) {
        byte lists = 0;
        for (int k = from; k < to && !person; k++) {
            if (t.shape[k] == NameTokens.SHAPE_DIGITS) {
                return from; // an address ("Via delle Coste 41")
            }
        }
        for (int k = from; k < to; k++) {
            byte shape = t.shape[k];
            boolean capitalised = shape == NameTokens.SHAPE_CAPITALISED || shape == NameTokens.SHAPE_UPPER
                    || shape == NameTokens.SHAPE_LOWER && !t.usesCapitals();
            boolean particle = person && k > from && k < to - 1
                    && NAME_PARTICLES.contains(t.text.substring(t.start[k], t.end[k]));
            if (!capitalised && !particle && shape != NameTokens.SHAPE_PUNCT && shape != NameTokens.SHAPE_INITIAL) {
                return -1;
            }
            lists |= t.gaz[k];
        }
        if (!person) {
            return (lists & Gazetteer.PLACE) != 0 ? from : -1;
        }
        byte names = Gazetteer.FIRST | Gazetteer.LAST;
        if (to - from >= 2 && t.opensSentence(from) && (t.gaz[from] & names) == 0) {
            from++;
        }
        if (to - from >= 2) {
            return (lists & names) != 0 || !t.opensSentence(from) ? from : -1;
        }
        return (t.gaz[from] & Gazetteer.FIRST) != 0 && !t.opensSentence(from) ? from : -1;
    }

    /**
     * The span's start after a leading greeting or possessive ({@link Gazetteer#GREETINGS_AND_POSSESSIVES}), or -1 when
     * nothing name-like is left: what is left must be capitalised, and two words or a listed name. Texts this short
     * ("Grazie mille") have too few common words for the language test of {@link #startInOtherLanguage}, so this runs
     * in any text.
     */
    private static int afterGreetingOrPossessive(NameTokens t, int from, int to) {
        if (from < 0 || !Gazetteer.GREETINGS_AND_POSSESSIVES.contains(t.text.substring(t.start[from], t.end[from]).toLowerCase(Locale.ROOT))) {
            return from;
        }
        int rest = from + 1;
        if (rest >= to) {
            return -1;
        }
        boolean capitalised = t.shape[rest] == NameTokens.SHAPE_CAPITALISED || t.shape[rest] == NameTokens.SHAPE_UPPER;
        boolean listed = (t.gaz[rest] & (Gazetteer.FIRST | Gazetteer.LAST)) != 0;
        return capitalised && (to - rest >= 2 || listed) ? rest : -1;
    }

    /** Whether the span has letters and none of them has a case (a postcode, all digits, is kept). */
    private static boolean onlyUncasedLetters(String text, int from, int to) {
        boolean letters = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * An address (a house number or postcode in it, or four or more tokens) identifies a person and is
     * flagged; a place alone ("the capital of France") stays below the threshold like the gazetteer's places.
     */
    private static double locationConfidence(NameTokens t, int from, int to, double confidence) {
        boolean digits = false;
        for (int c = t.start[from]; c < t.end[to - 1] && !digits; c++) {
            digits = Character.isDigit(t.text.charAt(c));
        }
        return digits || to - from >= 4 ? confidence : Math.min(confidence, NameRecognizer.PLACE_CONFIDENCE);
    }

    /**
     * Greedy left-to-right decoding: each token's label, and for tokens in a name or place the label's
     * probability (outside tokens get 1: no softmax for them, as most tokens are outside).
     */
    void tag(NameTokens t, int[] labels, double[] probs) {
        int[] f = new int[FEATURES];
        double[] scores = new double[LABELS];
        int p1 = O;
        int p2 = O;
        for (int i = 0; i < t.count; i++) {
            if (p1 == O && t.cannotBegin(i)) {
                labels[i] = O;
                probs[i] = 1;
                p2 = p1;
                continue;
            }
            features(t, i, p1, p2, f);
            scores(f, p1, scores);
            int best = O;
            for (int l = 1; l < LABELS; l++) {
                if (scores[l] > scores[best]) {
                    best = l;
                }
            }
            labels[i] = best;
            probs[i] = best == O ? 1 : softmax(scores)[best];
            p2 = p1;
            p1 = best;
        }
    }

    /** Softmax over the labels allowed after {@code previous} (an inside label only continues its type). */
    void probabilities(int[] f, int previous, double[] out) {
        scores(f, previous, out);
        softmax(out);
    }

    /** Raw label scores; {@code -Infinity} for a label not allowed after {@code previous}. */
    private void scores(int[] f, int previous, double[] out) {
        // one pass over the features, reading each bucket's five label weights together (one cache line)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        float[] w = this.w;
        for (int b : f) {
            int base = b * LABELS;
            s0 += w[base];
            s1 += w[base + 1];
            s2 += w[base + 2];
            s3 += w[base + 3];
            s4 += w[base + 4];
        }
        out[O] = s0;
        out[B_PER] = s1;
        out[I_PER] = allowed(previous, I_PER) ? s2 : Double.NEGATIVE_INFINITY;
        out[B_LOC] = s3;
        out[I_LOC] = allowed(previous, I_LOC) ? s4 : Double.NEGATIVE_INFINITY;
    }

    private static double[] softmax(double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < LABELS; l++) {
            max = Math.max(max, out[l]);
        }
        double sum = 0;
        for (int l = 0; l < LABELS; l++) {
            out[l] = out[l] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(out[l] - max);
            sum += out[l];
        }
        for (int l = 0; l < LABELS; l++) {
            out[l] /= sum;
        }
        return out;
    }

    static boolean allowed(int previous, int label) {
        if (label == I_PER) {
            return previous == B_PER || previous == I_PER;
        }
        if (label == I_LOC) {
            return previous == B_LOC || previous == I_LOC;
        }
        return true;
    }

    // ---- features


    /** Fills {@code f} with the hash buckets of token {@code i}'s features, given the two previous labels. */
    static void features(NameTokens t, int i, int p1, int p2, int[] f) {
        int w0 = t.word(i);
        int wm1 = t.word(i - 1);
        int wp1 = t.word(i + 1);
        int s0 = t.shape(i);
        int sm1 = t.shape(i - 1);
        int sp1 = t.shape(i + 1);
        int g0 = t.gazetteer(i);
        int gm1 = t.gazetteer(i - 1);
        int gp1 = t.gazetteer(i + 1);
        boolean sentenceStart = i == 0 || t.lineBreakBefore[i] || t.sentenceEnd(i - 1);
        int k = 0;
        f[k++] = bucket(1, 0);
        f[k++] = bucket(2, w0);
        f[k++] = bucket(3, wm1);
        f[k++] = bucket(4, wp1);
        f[k++] = bucket(5, t.word(i - 2));
        f[k++] = bucket(6, t.word(i + 2));
        f[k++] = bucket(7, s0);
        f[k++] = bucket(8, sm1);
        f[k++] = bucket(9, sp1);
        f[k++] = bucket(10, sm1 * 64 + s0 * 8 + sp1);
        boolean forgotten = t.forgotten(i);
        f[k++] = bucket(11, forgotten ? NameTokens.UNKNOWN : t.suffix3[i]);
        f[k++] = bucket(12, forgotten ? NameTokens.UNKNOWN : t.suffix2[i]);
        f[k++] = bucket(13, g0 * 8 + s0);
        f[k++] = bucket(14, gm1 * 8 + sm1);
        f[k++] = bucket(15, gp1 * 8 + sp1);
        f[k++] = bucket(16, gm1 * 256 + g0 * 16 + gp1);
        f[k++] = bucket(17, p1);
        f[k++] = bucket(18, p1 * 8 + p2);
        f[k++] = bucket(19, p1 * 8 + s0);
        f[k++] = bucket(20, mix(w0 * 31 + p1));
        f[k++] = bucket(21, mix(wm1 * 0x9E3779B1 + w0));
        f[k++] = bucket(22, mix(w0 * 0x9E3779B1 + wp1));
        f[k++] = bucket(23, (sentenceStart ? 16 : 0) + s0);
        f[k++] = bucket(24, t.lineBreakBefore[i] ? 1 : 0);
        f[k++] = bucket(25, Math.min(12, t.end[i] - t.start[i]) * 8 + s0);
        f[k++] = bucket(26, mix(wm1 * 0x9E3779B1 + s0));
        f[k++] = bucket(27, p1 * 64 + g0 * 8 + s0);
        f[k++] = bucket(28, t.hint(i) * 8 + s0);
        f[k++] = bucket(29, mix(t.hint(i - 1) * 31 + t.hint(i)) + p1);
        f[k++] = bucket(30, mix(wm1 * 31 + g0 * 8 + s0)); // "in" + a listed place, "Dr" + a listed name
    }

    private static int bucket(int template, int value) {
        return mix(value * 0x85EBCA77 + template * 0x9E3779B1) & MASK; // one mix: the hot path's main cost
    }
}
