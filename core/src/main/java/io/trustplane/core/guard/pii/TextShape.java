package io.trustplane.core.guard.pii;

import java.util.ArrayList;
import java.util.List;

/** One pass over a text counting what the recognisers need, so that most skip most texts. */
record TextShape(int digits, boolean hasAt, boolean hasColonSlashSlash, int colons, int upper, List<DigitRun> digitRuns) {

    /** Most digit runs considered per text; a text with more is mostly numbers, and the first ones are scanned. */
    static final int MAX_RUNS = 512;

    /**
     * A run of digits joined by single separators ({@code 4111 1111-1111}, {@code (415) 555-2671},
     * {@code 192.168.0.1}): where every numeric identifier lives. Recognisers run their patterns on small
     * windows around runs instead of the whole text, because RE2/J costs about a microsecond per character
     * and pattern.
     */
    record DigitRun(int start, int end, int digits, boolean dotted) {
    }

    static TextShape of(String text) {
        int digits = 0;
        int colons = 0;
        int upper = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            } else if (c == ':') {
                colons++;
            } else if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return new TextShape(digits, at, text.contains("://"), colons, upper, digits == 0 ? List.of() : runs(text));
    }

    private static List<DigitRun> runs(String text) {
        List<DigitRun> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && runs.size() < MAX_RUNS) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int count = 0;
            int dots = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (isDigit(c)) {
                    count++;
                    i++;
                    end = i;
                } else if (i + 1 < n && SEPARATORS.indexOf(c) >= 0 && (isDigit(text.charAt(i + 1))
                        || (i + 2 < n && SEPARATORS.indexOf(text.charAt(i + 1)) >= 0 && isDigit(text.charAt(i + 2))))) {
                    dots += c == '.' ? 1 : 0;
                    i++;
                } else {
                    break;
                }
            }
            runs.add(new DigitRun(start, end, count, dots > 0));
            i = Math.max(i, end + 1);
        }
        return List.copyOf(runs);
    }

    private static final String SEPARATORS = " -.()/\t";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Not glued to other digits, letters or digit groups ("12-" or "-34"). */
    static boolean isolated(String text, int start, int end) {
        if (start > 0) {
            char b = text.charAt(start - 1);
            if (Character.isLetterOrDigit(b) || ((b == '-' || b == '.') && start > 1 && Character.isDigit(text.charAt(start - 2)))) {
                return false;
            }
        }
        if (end < text.length()) {
            char a = text.charAt(end);
            if (Character.isLetterOrDigit(a) || ((a == '-' || a == '.') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
                return false;
            }
        }
        return true;
    }

    static boolean isolatedWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) && endsWord(text, end);
    }

    /** Whether no letter or digit follows position {@code end}. */
    static boolean endsWord(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** Whether {@code word} occurs in {@code lower} with no letter on either side: "nie" is not in "linie". */
    static boolean containsWord(String lower, String word) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end >= lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
