package io.trustplane.core.guard.injection;

import static io.trustplane.core.guard.text.Hashing.mix;

import io.trustplane.core.guard.text.NormalizedText;
import java.util.List;

/**
 * Sparse features for the learned model: hashed word uni- and bigrams and character 3..5-grams of
 * the normalised text (the hashing trick, so the vocabulary needs no storage), plus a few dense
 * structural features (length, lexical-rule hits, obfuscation counters, payload presence).
 *
 * <p>Why hashed n-grams: character n-grams survive the spelling variations normalisation cannot
 * undo and carry across languages; word bigrams capture short phrases ("developer mode"). Each
 * group is scaled by {@code 1/sqrt(max(count, floor))} so long and short texts are comparable. Collisions cost
 * a little accuracy and save a vocabulary. The output arrays are reused per thread: extracting
 * allocates nothing once warmed up.
 *
 * <p>Why signed: each n-gram adds {@code +v} or {@code -v} by one more bit of its hash (Weinberger et al., "Feature
 * Hashing for Large Scale Multitask Learning", 2009), so n-grams that share a bucket cancel out on average instead of
 * adding up. With only positive values, the n-grams of Thai, Arabic or Korean text landed on the buckets of English
 * jailbreak n-grams and carried their weight. Chosen by cross-validation on the train split only (docs/DETECTION.md):
 * recall at 1% FPR 93.80% → 94.93% (mean of 3 fold seeds, each seed up), ROC AUC 0.9890 → 0.9917; unsigned, four times
 * as many buckets (20 bits) gave 94.23%, sixteen times (22 bits) 94.71%, signed with 20 bits 95.04%.
 *
 * <p>Why a floor (pivoted length normalisation, as in text retrieval): with plain {@code 1/sqrt(count)}
 * each n-gram of a five-word message weighs ten times as much as one of a long prompt, so a short
 * remark to the assistant ("you are wrong", "are you a human or an ai") was scored on a couple of
 * heavily weighted n-grams shared with persona jailbreaks. With the floors, texts shorter than about
 * 250 characters keep their n-grams at the weight of a 250-character text and lean on the bias and the
 * lexical rules instead. Chosen by cross-validation on the train split only (docs/DETECTION.md): with
 * the same training data, recall at 1% FPR rose from 94.98% to 96.01%; floors from 256 to 512 char
 * n-grams all gave 95.9–96.1%.
 */
final class Features {
    static final int HASH_BITS = 18;
    static final int HASH_SIZE = 1 << HASH_BITS;
    private static final int MASK = HASH_SIZE - 1;
    static final int DENSE_BASE = HASH_SIZE;
    /** bias, length, per-rule hits, per-type hits, 6 obfuscation/structure features. */
    static final int DENSE = 2 + LexicalScanner.ruleCount() + InjectionType.values().length + 6;
    static final int DIM = HASH_SIZE + DENSE;

    /** Character n-gram count below which a text's n-grams are weighted as if it had this many. */
    static final int CHAR_GRAM_FLOOR = 256;
    /** The same floor for word uni- and bigrams. */
    static final int WORD_GRAM_FLOOR = 32;

    int[] idx = new int[4096];
    float[] val = new float[4096];
    int n;

    private static final ThreadLocal<Features> LOCAL = ThreadLocal.withInitial(Features::new);

    static Features local() {
        return LOCAL.get();
    }

    /**
     * Fills this object with the features of {@code norm}. Only {@code content} (a document or tool result) has the
     * features of the {@code INDIRECT_INJECTION} cues ({@link LexicalScanner#CUE}): a user's own "your answer" or "please
     * cancel my order" tells nothing, and the message model is trained without them.
     */
    Features extract(NormalizedText norm, List<LexicalScanner.Hit> hits, int payloads, boolean content) {
        n = 0;
        String s = norm.text();
        int len = s.length();
        // ---- character 3..5-grams (with a space of padding at both ends)
        int charGrams = Math.max(0, len + 2 - 2) * 3;
        ensure(charGrams + len + 64 + DENSE);
        float cv = (float) (1.0 / Math.sqrt(Math.max(CHAR_GRAM_FLOOR, charGrams)));
        int total = len + 2;
        for (int i = 0; i < total; i++) {
            int h = 0x811C9DC5;
            for (int k = 0; k < 5 && i + k < total; k++) {
                int p = i + k;
                char c = (p == 0 || p == total - 1) ? ' ' : s.charAt(p - 1);
                h = (h ^ c) * 0x01000193;
                if (k >= 2) {
                    int m = mix(h ^ (k * 0x9E3779B9));
                    add(m & MASK, signed(cv, m));
                }
            }
        }
        // ---- word uni- and bigrams
        int wordStart = n;
        int prev = 0;
        boolean havePrev = false;
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (!isWord(c)) {
                i++;
                continue;
            }
            int h = 0x3C6EF372;
            int j = i;
            while (j < len && isWord(s.charAt(j))) {
                h = (h ^ s.charAt(j)) * 0x01000193;
                j++;
            }
            int uni = mix(h);
            add(uni & MASK, signed(1f, uni));
            if (havePrev) {
                int bi = mix(prev * 0x9E3779B1 + uni + 0x7F4A7C15);
                add(bi & MASK, signed(1f, bi));
            }
            prev = uni;
            havePrev = true;
            i = j;
        }
        int words = n - wordStart;
        if (words > 0) {
            float wv = (float) (1.0 / Math.sqrt(Math.max(WORD_GRAM_FLOOR, words)));
            for (int k = wordStart; k < n; k++) {
                val[k] = Math.copySign(wv, val[k]);
            }
        }
        // ---- dense
        int d = DENSE_BASE;
        add(d++, 1f);
        add(d++, (float) (Math.log1p(len) / 8.0));
        int rules = LexicalScanner.ruleCount();
        int types = InjectionType.values().length;
        int ruleBase = d;
        int typeBase = d + rules;
        for (LexicalScanner.Hit h : hits) {
            if (h.contentOnly()) {
                continue; // a quoted order: the model reads its words, both models see the same rule features
            }
            if (h.cue() && !content) {
                continue;
            }
            setDense(ruleBase + h.rule(), 1f);
            if (!h.cue()) {
                setDense(typeBase + h.type().ordinal(), 1f); // a cue is its rule's feature only, not an order to the AI
            }
        }
        d = typeBase + types;
        NormalizedText.Stats st = norm.stats();
        add(d++, st.invisible() > 0 ? 1f : 0f);
        add(d++, st.tagChars() > 0 ? 1f : 0f);
        add(d++, st.confusables() > 2 ? 1f : 0f);
        add(d++, Math.min(1f, st.leet() / 4f));
        add(d++, st.spacingCollapsed() > 0 ? 1f : 0f);
        add(d++, payloads > 0 ? 1f : 0f);
        return this;
    }

    private void setDense(int index, float v) {
        for (int k = n - 1; k >= 0 && idx[k] >= DENSE_BASE; k--) {
            if (idx[k] == index) {
                val[k] = v;
                return;
            }
        }
        add(index, v);
    }

    /**
     * {@code v} with the sign bit of {@code hash}, without a branch: the sign is a coin toss per n-gram; a branch on
     * it was mispredicted half the time (the 1 KB scans 1.09-1.25x as long, JMH).
     */
    private static float signed(float v, int hash) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(v) ^ (hash & 0x80000000));
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 0x7F && Character.isLetterOrDigit(c));
    }

    private void ensure(int cap) {
        if (idx.length < cap) {
            int c = Math.max(cap, idx.length * 2);
            idx = new int[c];
            val = new float[c];
        }
    }

    private void add(int index, float v) {
        if (n == idx.length) {
            idx = java.util.Arrays.copyOf(idx, n * 2);
            val = java.util.Arrays.copyOf(val, n * 2);
        }
        idx[n] = index;
        val[n] = v;
        n++;
    }
}
