package io.trustplane.core.guard.text;

import java.util.List;

/**
 * The keyword check detectors put in front of an RE2/J pattern: a few {@code indexOf}s over the lower-cased text
 * decide whether the pattern, which costs far more per character, needs to run at all. For many keyword lists
 * over the same text, {@link KeywordIndex} answers for all of them in one pass.
 */
public final class Keywords {
    private Keywords() {}

    /** Whether {@code lowerText} contains one of {@code keywords} (lower case). */
    public static boolean anyIn(String lowerText, List<String> keywords) {
        for (String keyword : keywords) {
            if (lowerText.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
