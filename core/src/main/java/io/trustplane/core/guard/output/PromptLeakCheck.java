package io.trustplane.core.guard.output;

import io.trustplane.core.guard.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds system-prompt text repeated in an output, by word shingles: both texts become sequences of
 * lower-cased words (punctuation, markdown and line breaks do not matter), and every run of
 * {@link #SHINGLE} consecutive output words that also occurs in a system prompt is a match. Overlapping
 * matches join into regions; the confidence grows with the longest region and with the share of the
 * prompt that was reproduced. A short shared phrase ("you are a helpful assistant") stays below the
 * threshold; a paragraph, or most of a short prompt, does not.
 *
 * <p>Paraphrased or translated leaks are out of reach of this check; canary tokens catch those.
 */
final class PromptLeakCheck {
    static final int SHINGLE = 5;
    /** Prompt words considered: enough for any real system prompt, bounded for hostile ones. */
    private static final int MAX_PROMPT_WORDS = 50_000;

    private record Word(int start, int end, long hash) {
    }

    private PromptLeakCheck() {
    }

    static void find(String output, List<String> systemPrompts, List<Finding> out) {
        if (systemPrompts.isEmpty()) {
            return;
        }
        List<Word> outputWords = words(output, Integer.MAX_VALUE);
        if (outputWords.size() < SHINGLE) {
            return;
        }
        for (String prompt : systemPrompts) {
            List<Word> promptWords = words(prompt, MAX_PROMPT_WORDS);
            if (promptWords.size() < SHINGLE) {
                continue; // too short to tell a leak from a coincidence
            }
            Set<Long> promptShingles = new HashSet<>();
            for (int i = 0; i + SHINGLE <= promptWords.size(); i++) {
                promptShingles.add(shingle(promptWords, i));
            }
            compare(outputWords, promptShingles, out);
        }
    }

    private static void compare(List<Word> outputWords, Set<Long> promptShingles, List<Finding> out) {
        boolean[] covered = new boolean[outputWords.size()];
        Set<Long> reproduced = new HashSet<>();
        for (int i = 0; i + SHINGLE <= outputWords.size(); i++) {
            long s = shingle(outputWords, i);
            if (promptShingles.contains(s)) {
                reproduced.add(s);
                for (int j = i; j < i + SHINGLE; j++) {
                    covered[j] = true;
                }
            }
        }
        if (reproduced.isEmpty()) {
            return;
        }
        double share = (double) reproduced.size() / promptShingles.size();
        int i = 0;
        while (i < covered.length) {
            if (!covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < covered.length && covered[j]) {
                j++;
            }
            int regionWords = j - i;
            double confidence = confidence(regionWords, share);
            out.add(new Finding(OutputDetector.NAME, "SYSTEM_PROMPT_LEAK", outputWords.get(i).start(),
                    outputWords.get(j - 1).end(), confidence, String.format(Locale.ROOT,
                            "output repeats %d consecutive words of the system prompt (%.0f%% of the prompt reproduced)",
                            regionWords, 100 * share)));
            i = j;
        }
    }

    static double confidence(int regionWords, double share) {
        if (share >= 0.5 || regionWords >= 40) {
            return 0.95;
        }
        if (share >= 0.25 || regionWords >= 15) {
            return 0.8;
        }
        if (regionWords >= 8) {
            return 0.45;
        }
        return 0.25;
    }

    private static long shingle(List<Word> words, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + SHINGLE; i++) {
            h = 31 * h + words.get(i).hash();
        }
        return h;
    }

    /** Runs of letters and digits, lower-cased and hashed; everything else separates words. */
    private static List<Word> words(String text, int max) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && words.size() < max) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            long h = 0;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                h = 1_000_003L * h + Character.toLowerCase(cp);
                i += Character.charCount(cp);
            }
            words.add(new Word(start, i, h));
        }
        return words;
    }
}
