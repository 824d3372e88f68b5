package io.trustplane.core.guard.pii;

import static io.trustplane.core.guard.text.Hashing.mix;

import io.trustplane.core.guard.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word and punctuation tokens of a text with what the features need of them, computed once. Words are
 * runs of letters and digits, joined across an apostrophe or hyphen followed by a letter ("O'Brien",
 * "Jean-Luc", but "John's" is "John" + "'" + "s" only when a lower-case letter follows); every other
 * visible character is a token of its own.
 */
final class NameTokens {
    static final byte SHAPE_LOWER = 1;
    static final byte SHAPE_CAPITALISED = 2;
    static final byte SHAPE_UPPER = 3;
    static final byte SHAPE_INITIAL = 4;
    static final byte SHAPE_DIGITS = 5;
    static final byte SHAPE_MIXED = 6;
    static final byte SHAPE_PUNCT = 7;
    private static final byte SHAPE_NONE = 0;

    private static final int NONE = 0x5F3759DF; // the word hash of a position outside the text
    /** The word hash of a word outside the vocabulary, or forgotten in training. */
    static final int UNKNOWN = 0x2545F491;

    final int count;
    final int[] start;
    final int[] end;
    final int[] wordHash;
    final int[] suffix2;
    final int[] suffix3;
    final byte[] shape;
    final byte[] gaz;
    final boolean[] lineBreakBefore;
    /**
     * Training only: tokens whose identity the features hide (word, name and place lists), so the model
     * also learns names from shape and context. Null at inference.
     */
    boolean[] forgotten;
    /** Words outside the model's vocabulary (see {@link NameTagger#vocabulary}). */
    private boolean[] unknown;
    /** Per token, a small number for the type of the rule candidate covering it (0: none). */
    final byte[] hints;
    /** Whether the text uses capital letters at all (lower-cased texts write names in lower case too). */
    private boolean capitals;
    /** Letters of the tokens in the Latin script and in others, for {@link #mostlyLatinLetters}. */
    private int latinLetters;
    private int otherLetters;
    /** Common words, and those of them the vocabulary knows, for {@link #knownCommonWords}. */
    private int commonWordCount;
    private int knownCommonWordCount;
    final String text;

    private NameTokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        wordHash = new int[capacity];
        suffix2 = new int[capacity];
        suffix3 = new int[capacity];
        shape = new byte[capacity];
        gaz = new byte[capacity];
        lineBreakBefore = new boolean[capacity];
        hints = new byte[capacity];
        count = split(text, capacity);
    }

    /** Marks the words outside {@code vocabulary} as unknown, and counts the common words it knows. */
    void vocabulary(NameTagger.Vocabulary vocabulary) {
        unknown = new boolean[count];
        for (int i = 0; i < count; i++) {
            unknown[i] = !vocabulary.contains(wordHash[i]);
            boolean commonShape = shape[i] == SHAPE_LOWER
                    || shape[i] == SHAPE_CAPITALISED && opensSentence(i) && i + 1 < count && shape[i + 1] == SHAPE_LOWER;
            if (commonShape && end[i] - start[i] >= 2 && ((gaz[i] & Gazetteer.COMMON) != 0 || gaz[i] == 0)) {
                commonWordCount++;
                if (!unknown[i] || gaz[i] != 0) {
                    knownCommonWordCount++;
                }
            }
        }
    }

    /**
     * The share of the common words, lower-case words and sentence-opening words before a lower-case one, of two
     * letters or more and on no name or place list ("Merci beaucoup", "Gracias por tu ayuda"; not the "Cormac" of
     * "Cormac Allan", nor a record's line "Lawdragon"), which the vocabulary knows; 1 when there are fewer
     * than {@code min} of them. Counted by {@link #vocabulary}. English prose scores about 0.9 or more, a text in
     * another language less than 0.5.
     */
    double knownCommonWords(int min) {
        return commonWordCount < min ? 1 : (double) knownCommonWordCount / commonWordCount;
    }

    /**
     * Whether most letters of the tokens are Latin (ASCII, Latin-1, Latin Extended): the script of the tagger's
     * training text. Russian, Greek or Armenian text is not. Counted while splitting.
     */
    boolean mostlyLatinLetters() {
        return latinLetters >= otherLetters;
    }

    /** Whether the text uses capital letters at all. */
    boolean usesCapitals() {
        return capitals;
    }

    /** Whether token {@code i} opens a sentence or a line. */
    boolean opensSentence(int i) {
        return i == 0 || lineBreakBefore[i] || sentenceEnd(i - 1);
    }

    /** Marks the tokens covered by rule candidates with their type. */
    void hint(List<Finding> candidates) {
        for (Finding f : candidates) {
            byte h = (byte) (1 + Math.floorMod(f.type().hashCode(), 61));
            if (f.type().equals("LOCATION") && f.confidence() < NameRecognizer.PLACE_CONFIDENCE + 0.01) {
                h = 63; // a known place name, as opposed to a street address
            }
            int from = Arrays.binarySearch(start, 0, count, f.start());
            from = from >= 0 ? from : Math.max(0, -from - 2);
            for (int i = from; i < count && start[i] < f.end(); i++) {
                if (end[i] > f.start()) {
                    hints[i] = h;
                }
            }
        }
    }

    static NameTokens of(String text, int maxTokens) {
        return new NameTokens(text, Math.min(maxTokens, text.length()));
    }

    private int split(String s, int capacity) {
        int n = s.length();
        int c = 0;
        int i = 0;
        boolean newline = false;
        while (i < n && c < capacity) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                newline |= ch == '\n' || ch == '\r';
                i++;
                continue;
            }
            int from = i;
            if (Character.isLetterOrDigit(ch)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && (d == '-' || Character.isUpperCase(s.charAt(i + 1)))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.isHighSurrogate(ch) && i + 1 < n ? 2 : 1;
            }
            start[c] = from;
            end[c] = i;
            lineBreakBefore[c] = newline;
            newline = false;
            describe(c, s, from, i);
            c++;
        }
        return c;
    }

    private void describe(int c, String s, int from, int to) {
        int h = 0x811C9DC5;
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int otherScript = 0; // letters outside the Latin script (ASCII, Latin-1, Latin Extended)
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            int outside = ch >= 0x0250 && (ch < 0x1E00 || ch >= 0x1F00) ? 1 : 0;
            if (Character.isUpperCase(ch)) {
                upper++;
                otherScript += outside;
            } else if (Character.isDigit(ch)) {
                digit++;
            } else if (Character.isLetter(ch)) {
                lower++;
                otherScript += outside;
            }
            h = (h ^ Character.toLowerCase(ch)) * 0x01000193;
        }
        otherLetters += otherScript;
        latinLetters += upper + lower - otherScript;
        wordHash[c] = mix(h);
        suffix2[c] = suffixHash(s, from, to, 2);
        suffix3[c] = suffixHash(s, from, to, 3);
        int len = to - from;
        byte sh;
        if (digit == len) {
            sh = SHAPE_DIGITS;
        } else if (digit > 0) {
            sh = SHAPE_MIXED;
        } else if (upper + lower == 0) {
            sh = SHAPE_PUNCT;
        } else if (upper == 0) {
            sh = SHAPE_LOWER;
        } else if (len == 1) {
            sh = SHAPE_INITIAL;
        } else if (upper == len || lower == 0) {
            sh = SHAPE_UPPER;
        } else {
            sh = Character.isUpperCase(s.charAt(from)) ? SHAPE_CAPITALISED : SHAPE_MIXED;
        }
        shape[c] = sh;
        capitals |= upper > 0;
        byte g = 0;
        if ((sh == SHAPE_CAPITALISED || sh == SHAPE_UPPER || sh == SHAPE_LOWER) && len >= 2) {
            g = Gazetteer.flags(s.substring(from, to).toLowerCase(Locale.ROOT));
        }
        gaz[c] = g;
    }

    private static int suffixHash(String s, int from, int to, int n) {
        int h = 0x3C6EF372 + n;
        for (int k = Math.max(from, to - n); k < to; k++) {
            h = (h ^ Character.toLowerCase(s.charAt(k))) * 0x01000193;
        }
        return mix(h);
    }

    int word(int i) {
        if (i < 0) {
            return NONE + i;
        }
        if (i >= count) {
            return NONE + 8 + (i - count);
        }
        return forgotten(i) || unknown != null && unknown[i] ? UNKNOWN : wordHash[i];
    }

    int shape(int i) {
        return i < 0 || i >= count ? SHAPE_NONE : shape[i];
    }

    int gazetteer(int i) {
        return i < 0 || i >= count || forgotten != null && forgotten[i] ? 0 : gaz[i];
    }

    boolean forgotten(int i) {
        return forgotten != null && forgotten[i];
    }

    /**
     * Punctuation, or an unlisted lower-case word in a text that uses capitals: in the train split none of
     * 10,806 punctuation tokens and 9 of 21,041 such words (the Polish street prefix "ul.") begin a name or
     * place. Outside an entity they are labelled "outside" without scoring, half the tokens of prose.
     */
    boolean cannotBegin(int i) {
        return shape[i] == SHAPE_PUNCT
                || shape[i] == SHAPE_LOWER && capitals && (gaz[i] & (Gazetteer.FIRST | Gazetteer.LAST | Gazetteer.PLACE)) == 0;
    }

    int hint(int i) {
        return i < 0 || i >= count || forgotten != null && forgotten[i] ? 0 : hints[i];
    }

    boolean sentenceEnd(int i) {
        if (i < 0 || i >= count || end[i] - start[i] != 1) {
            return false;
        }
        char c = text.charAt(start[i]);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ';';
    }
}
