package io.trustplane.core.guard.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the many ways of writing the same words into one canonical form, keeping an offset map to
 * the original text (see {@link NormalizedText}).
 *
 * <p>Why: detectors match words and learn from n-grams, and attackers defeat both by writing
 * {@code ｉｇｎｏｒｅ}, {@code іgnоrе} (Cyrillic), {@code 𝐢𝐠𝐧𝐨𝐫𝐞}, {@code ig\u200Bnore},
 * {@code 1gn0r3}, {@code i g n o r e} or {@code ign-ore}. One pass undoes them all:
 *
 * <ol>
 *   <li>compatibility decomposition (NFKD, so fullwidth, mathematical alphanumerics, ligatures and
 *       circled letters become ASCII), dropping combining marks (diacritics), then lower-casing;
 *   <li>confusables: Cyrillic and Greek lookalikes, small capitals and regional indicator letters
 *       map to the ASCII letter they imitate; a Greek or Cyrillic letter only in a word with Latin letters, or in a
 *       text whose Greek and Cyrillic letters all have Latin lookalikes, so that Russian or Greek text keeps its
 *       letters and is not taken for a spoof;
 *   <li>invisible characters are removed: zero-width characters, soft hyphen, bidi controls,
 *       variation selectors, other format and control characters, lone surrogates; Unicode tag
 *       characters (U+E0000..U+E007F) are removed too but the ASCII they encode is decoded into
 *       {@link NormalizedText#hiddenText()} so it can be scanned;
 *   <li>whitespace runs become one space (a newline is kept as a newline);
 *   <li>(full view only) spacing tricks: four or more single letters separated by the same
 *       separator ({@code i g n o r e}, {@code i.g.n.o.r.e}) are joined, a double space between
 *       such runs stays a word break, and one of {@code - _ * | ~ ^} between letters is dropped;
 *   <li>(full view only) leetspeak inside words of two or more characters with at least one letter:
 *       {@code 1→i, 3→e, 4→a, 0→o, 5→s, 7→t, 9→g, 8→b, @→a, $→s, €→e} ({@code 1} becomes {@code i}: {@code l} would be equally
 *       plausible, but one canonical choice suffices for matching and learning).
 * </ol>
 *
 * <p>Linear time, no regular expressions. Thread-safe (stateless; a lazily filled per-BMP-character
 * folding table is shared).
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    private static final String[] BMP_FOLD = new String[65536];
    private static final String DROP = "";

    /** Normalises {@code original} (both views). Never throws. */
    public static NormalizedText normalize(String original) {
        if (original == null) {
            original = "";
        }
        int n = original.length();
        Buf light = new Buf(n + 8);
        StringBuilder hidden = null;
        int hiddenStart = 0;
        int hiddenEnd = 0;
        int invisible = 0;
        int tags = 0;
        int confusables = 0;
        int bidi = 0;
        int wordEnd = -1; // end of the word of the last Greek or Cyrillic letter seen, and what that word is
        boolean nativeWord = false;
        boolean mixedWord = false;
        int ownScriptText = -1; // 1 if the text has a Greek or Cyrillic letter that imitates no Latin one; -1 unknown
        int wsStart = -1; // start of a pending whitespace run
        int wsEnd = -1;
        boolean wsNewline = false;
        int wsCount = 0;
        int i = 0;
        while (i < n) {
            char ch = original.charAt(i);
            int cp;
            int len;
            if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                cp = Character.toCodePoint(ch, original.charAt(i + 1));
                len = 2;
            } else {
                cp = ch;
                len = 1;
            }
            int end = i + len;
            // whitespace
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B
                    || (cp >= 0x80 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)))) {
                if (wsStart < 0) {
                    wsStart = i;
                    wsCount = 0;
                    wsNewline = false;
                }
                wsEnd = end;
                wsCount++;
                if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                    wsNewline = true;
                }
                i = end;
                continue;
            }
            if (cp < 0x80) {
                if (cp < 0x20 || cp == 0x7F) { // control
                    invisible++;
                    i = end;
                    continue;
                }
                wsStart = flushWs(light, wsStart, wsEnd, wsNewline, wsCount);
                char c = (char) cp;
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                light.add(c, i, end);
                i = end;
                continue;
            }
            if (cp >= 0xE0000 && cp <= 0xE007F) {
                tags++;
                if (cp >= 0xE0020 && cp <= 0xE007E) {
                    if (hidden == null) {
                        hidden = new StringBuilder();
                        hiddenStart = i;
                    }
                    hidden.append((char) (cp - 0xE0000));
                    hiddenEnd = end;
                }
                i = end;
                continue;
            }
            if (isBidiControl(cp)) {
                bidi++;
                invisible++;
                i = end;
                continue;
            }
            if (isInvisible(cp)) {
                invisible++;
                i = end;
                continue;
            }
            if (cp >= 0x0370 && cp <= 0x052F) { // Greek and Cyrillic: lookalikes or a language of its own?
                if (ownScriptText < 0) {
                    ownScriptText = hasOwnLetter(original, i) ? 1 : 0;
                }
                if (i >= wordEnd) {
                    wordEnd = wordEnd(original, i);
                    int kind = wordKind(original, wordStart(original, i), wordEnd, ownScriptText == 1);
                    nativeWord = kind == NATIVE;
                    mixedWord = kind == MIXED;
                }
                if (nativeWord) {
                    // Russian, Greek, ... written as such: lower-cased, never folded to Latin nor counted as a trick
                    wsStart = flushWs(light, wsStart, wsEnd, wsNewline, wsCount);
                    light.add(greekBase((char) Character.toLowerCase(cp)), i, end);
                    i = end;
                    continue;
                }
            }
            String folded = fold(cp);
            if (folded.isEmpty()) {
                // combining mark or similar: attach to the previous output character
                if (light.n > 0 && wsStart < 0) {
                    light.e[light.n - 1] = end;
                }
                i = end;
                continue;
            }
            // Turkish and Azerbaijani write the dotless ı (U+0131) in every other word: folded, but no trick
            if (isConfusable(cp) && cp != 0x0131 && (mixedWord && i < wordEnd || cp < 0x0370 || cp > 0x052F)) {
                confusables++;
            }
            wsStart = flushWs(light, wsStart, wsEnd, wsNewline, wsCount);
            for (int k = 0; k < folded.length(); k++) {
                char fc = folded.charAt(k);
                if (fc == ' ') {
                    if (light.n > 0 && light.c[light.n - 1] != ' ') {
                        light.add(' ', i, end);
                    }
                } else {
                    light.add(fc, i, end);
                }
            }
            i = end;
        }
        if (wsStart >= 0 && light.n > 0) {
            // trailing whitespace: drop
            wsStart = -1;
        }
        NormalizedText.Stats lightStats = new NormalizedText.Stats(invisible, tags, confusables, 0, 0, bidi);
        String hiddenText = hidden == null ? "" : hidden.toString();
        NormalizedText lightView = new NormalizedText(
                light.string(), light.s, light.e, n, null, hiddenText, hiddenStart, hiddenEnd, lightStats);
        return full(light, lightView, n, hiddenText, hiddenStart, hiddenEnd, lightStats);
    }

    /**
     * A Greek letter without its accent or diaeresis, and the final sigma as σ: Greek is typed with and without accents
     * ("αγνόησε", "αγνοησε"), as Latin-script languages are, whose diacritics {@link #fold} drops. Other letters as they are.
     */
    /**
     * A word of a Greek or Cyrillic text as the normaliser writes it: lower-cased, Greek without accents. For rules'
     * words in those scripts, which {@link #normalize} alone could fold to Latin when all their letters have lookalikes.
     */
    public static String ownScript(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.toLowerCase(Locale.ROOT).chars().forEach(c -> out.append(greekBase((char) c)));
        return out.toString();
    }

    static char greekBase(char c) {
        if (c == 'ς') {
            return 'σ';
        }
        if (c < 0x0386 || c > 0x03FE) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return d.charAt(0);
    }

    private static int flushWs(Buf b, int wsStart, int wsEnd, boolean newline, int count) {
        if (wsStart < 0) {
            return -1;
        }
        if (b.n > 0) {
            if (newline) {
                b.add('\n', wsStart, wsEnd);
            } else {
                b.add(' ', wsStart, wsEnd);
                if (count >= 2) {
                    b.add(' ', wsStart, wsEnd); // kept as a word-break hint for spacing collapse
                }
            }
        }
        return -1;
    }

    private static NormalizedText full(
            Buf in, NormalizedText lightView, int origLen, String hidden, int hs, int he, NormalizedText.Stats st) {
        int n = in.n;
        char[] c = in.c;
        Buf out = new Buf(n + 4);
        int leet = 0;
        int collapsed = 0;
        int lastRunEnd = -10; // index in c just after the previous collapsed run
        int i = 0;
        while (i < n) {
            char ch = c[i];
            // spacing trick: single letters separated by the same separator, four or more letters
            if (isAsciiLetter(ch) && (i == 0 || !isWordChar(c[i - 1])) && i + 2 < n) {
                char sep = c[i + 1];
                if (isSpacingSep(sep) && isAsciiLetter(c[i + 2])) {
                    int q = i;
                    int count = 1;
                    while (q + 2 < n && c[q + 1] == sep && isAsciiLetter(c[q + 2])
                            && (q + 3 >= n || !isWordChar(c[q + 3]))) {
                        q += 2;
                        count++;
                    }
                    // four letters start a run; after a run and a double space, two suffice ("a l l")
                    if (count >= 4 || (count >= 2 && i - lastRunEnd <= 2)) {
                        for (int k = i; k <= q; k += 2) {
                            out.add(c[k], in.s[k], in.e[k]);
                        }
                        collapsed++;
                        i = q + 1;
                        lastRunEnd = i;
                        continue;
                    }
                }
            }
            // single joiner punctuation between letters
            if ((ch == '-' || ch == '_' || ch == '*' || ch == '|' || ch == '~' || ch == '^')
                    && i > 0 && i + 1 < n && isAsciiLetter(c[i - 1]) && isAsciiLetter(c[i + 1])) {
                i++;
                continue;
            }
            if (ch == ' ' || ch == '\n') {
                // collapse the double-space hint and any run
                if (out.n > 0 && out.c[out.n - 1] != ' ' && out.c[out.n - 1] != '\n') {
                    out.add(ch, in.s[i], in.e[i]);
                } else if (out.n > 0 && ch == '\n') {
                    out.c[out.n - 1] = '\n';
                }
                i++;
                continue;
            }
            if (isLeet(ch)) {
                // find the word around i
                int a = i;
                while (a > 0 && isWordChar(c[a - 1])) {
                    a--;
                }
                int b = i;
                while (b < n && isWordChar(c[b])) {
                    b++;
                }
                int letters = 0;
                for (int k = a; k < b && letters < 2; k++) {
                    if (isAsciiLetter(c[k])) {
                        letters++;
                    }
                }
                if (letters >= 1 && b - a >= 2) {
                    for (int k = i; k < b; k++) {
                        char x = c[k];
                        char m = isLeet(x) ? leetOf(x) : x;
                        if (m != x) {
                            leet++;
                        }
                        out.add(m, in.s[k], in.e[k]);
                    }
                    i = b;
                    continue;
                }
                // Not a leet word: copy the rest of it as is, so a long run of digits is read once, not
                // once per digit (which made this quadratic).
                for (int k = i; k < b; k++) {
                    out.add(c[k], in.s[k], in.e[k]);
                }
                i = Math.max(b, i + 1);
                continue;
            }
            out.add(ch, in.s[i], in.e[i]);
            i++;
        }
        while (out.n > 0 && (out.c[out.n - 1] == ' ' || out.c[out.n - 1] == '\n')) {
            out.n--;
        }
        NormalizedText.Stats stats = new NormalizedText.Stats(
                st.invisible(), st.tagChars(), st.confusables(), leet, collapsed, st.bidi());
        return new NormalizedText(out.string(), out.s, out.e, origLen, lightView, hidden, hs, he, stats);
    }

    private static boolean isSpacingSep(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' || c == '+'
                || c == '~' || c == ',';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$' || c > 0x7F;
    }

    private static boolean isLeet(char c) {
        return c == '1' || c == '3' || c == '4' || c == '0' || c == '5' || c == '7' || c == '9' || c == '8' || c == '@'
                || c == '$' || c == '€';
    }

    private static char leetOf(char c) {
        return switch (c) {
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '0' -> 'o';
            case '5' -> 's';
            case '7' -> 't';
            case '9' -> 'g';
            case '8' -> 'b';
            case '@' -> 'a';
            case '$' -> 's';
            case '€' -> 'e';
            default -> c;
        };
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
                || cp == 0x200F || cp == 0x061C;
    }

    static boolean isInvisible(int cp) {
        if (cp == 0x00AD || cp == 0x034F || cp == 0x180E || cp == 0xFEFF || cp == 0x115F || cp == 0x1160
                || cp == 0x3164 || cp == 0xFFA0 || cp == 0x17B4 || cp == 0x17B5) {
            return true;
        }
        if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0xFFF0 && cp <= 0xFFF8)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.UNASSIGNED && cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static final int NATIVE = 0;
    private static final int MIXED = 1;
    private static final int LOOKALIKES_ONLY = 2;

    /**
     * What the word at {@code [from, to)} is, after the mixed-script rule of Unicode TR #39: Greek or Cyrillic letters
     * beside Latin ones ({@code іgnоrе}) are a spoof (MIXED). Otherwise the word is Greek or Cyrillic, in that
     * language (NATIVE) if the text has letters of that kind with no Latin lookalike ({@code инструкции}), so that
     * "все" in a Russian sentence stays "все"; in a text without any, it can only be lookalikes (LOOKALIKES_ONLY), folded
     * but not counted as a trick, since a short Greek word ("και") is made of such letters too.
     */
    private static int wordKind(String s, int from, int to, boolean ownScriptText) {
        for (int k = from; k < to; ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isLetter(cp) && (cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)) {
                return MIXED;
            }
        }
        return ownScriptText ? NATIVE : LOOKALIKES_ONLY;
    }

    /** Whether the text from {@code from} on has a Greek or Cyrillic letter that imitates no Latin letter. */
    private static boolean hasOwnLetter(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x0370 && c <= 0x052F && Character.isLetter(c) && !isConfusable(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.FORMAT; // a zero-width character inside a word does not end it
    }

    private static int wordStart(String s, int i) {
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isWordPart(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isConfusable(int cp) {
        return confusable(cp) != 0 || confusable(Character.toLowerCase(cp)) != 0;
    }

    /** Folds one non-ASCII, non-whitespace, visible code point; "" means drop (a combining mark). */
    static String fold(int cp) {
        if (cp < 65536) {
            String f = BMP_FOLD[cp];
            if (f == null) {
                f = computeFold(cp);
                BMP_FOLD[cp] = f;
            }
            return f;
        }
        return computeFold(cp);
    }

    private static String computeFold(int cp) {
        char direct = confusable(cp);
        if (direct != 0) {
            return String.valueOf(direct);
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return DROP;
        }
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) { // regional indicators
            return String.valueOf((char) ('a' + (cp - 0x1F1E6)));
        }
        String d;
        try {
            d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        } catch (RuntimeException e) {
            d = new String(Character.toChars(cp));
        }
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); ) {
            int x = d.codePointAt(k);
            k += Character.charCount(x);
            int t = Character.getType(x);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                    || t == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(x) || Character.isSpaceChar(x)) {
                sb.append(' ');
                continue;
            }
            int lower = Character.toLowerCase(x);
            char conf = confusable(lower);
            if (conf == 0) {
                conf = confusable(x);
            }
            if (conf != 0) {
                sb.append(conf);
            } else {
                sb.appendCodePoint(lower);
            }
        }
        return sb.toString();
    }

    /** The ASCII letter a lookalike imitates, or 0. */
    static char confusable(int cp) {
        return switch (cp) {
            // Cyrillic lower case
            case 0x0430 -> 'a'; case 0x0432 -> 'b'; case 0x0435, 0x0451, 0x0454 -> 'e'; case 0x043E -> 'o';
            case 0x0440 -> 'p'; case 0x0441 -> 'c'; case 0x0443, 0x045E -> 'y'; case 0x0445 -> 'x';
            case 0x0456, 0x0457 -> 'i'; case 0x0458 -> 'j'; case 0x0455 -> 's'; case 0x0501 -> 'd';
            case 0x04BB -> 'h'; case 0x04CF -> 'l'; case 0x051B -> 'q'; case 0x051D -> 'w'; case 0x043A -> 'k';
            case 0x043C -> 'm'; case 0x043D -> 'h'; case 0x043F -> 'n'; case 0x0442 -> 't'; case 0x044C -> 'b';
            case 0x0261 -> 'g'; case 0x0433 -> 'r'; case 0x0437 -> '3';
            // Cyrillic upper case
            case 0x0410 -> 'a'; case 0x0412 -> 'b'; case 0x0415, 0x0401 -> 'e'; case 0x041E -> 'o';
            case 0x0420 -> 'p'; case 0x0421 -> 'c'; case 0x0423 -> 'y'; case 0x0425 -> 'x'; case 0x0406 -> 'i';
            case 0x0408 -> 'j'; case 0x0405 -> 's'; case 0x041A -> 'k'; case 0x041C -> 'm'; case 0x041D -> 'h';
            case 0x0422 -> 't'; case 0x04C0 -> 'l';
            // Greek
            case 0x03B1 -> 'a'; case 0x03B2 -> 'b'; case 0x03B3 -> 'y'; case 0x03B5 -> 'e'; case 0x03B6 -> 'z';
            case 0x03B7 -> 'n'; case 0x03B9 -> 'i'; case 0x03BA -> 'k'; case 0x03BD -> 'v'; case 0x03BF -> 'o';
            case 0x03C1 -> 'p'; case 0x03C4 -> 't'; case 0x03C5 -> 'u'; case 0x03C7 -> 'x'; case 0x03C9 -> 'w';
            case 0x03F2 -> 'c'; case 0x03F3 -> 'j'; case 0x03BC -> 'u';
            case 0x0391 -> 'a'; case 0x0392 -> 'b'; case 0x0395 -> 'e'; case 0x0396 -> 'z'; case 0x0397 -> 'h';
            case 0x0399 -> 'i'; case 0x039A -> 'k'; case 0x039C -> 'm'; case 0x039D -> 'n'; case 0x039F -> 'o';
            case 0x03A1 -> 'p'; case 0x03A4 -> 't'; case 0x03A5 -> 'y'; case 0x03A7 -> 'x';
            // small capitals and other Latin lookalikes
            case 0x1D00 -> 'a'; case 0x0299 -> 'b'; case 0x1D04 -> 'c'; case 0x1D05 -> 'd'; case 0x1D07 -> 'e';
            case 0x0262 -> 'g'; case 0x029C -> 'h'; case 0x026A -> 'i'; case 0x1D0A -> 'j'; case 0x1D0B -> 'k';
            case 0x029F -> 'l'; case 0x1D0D -> 'm'; case 0x0274 -> 'n'; case 0x1D0F -> 'o'; case 0x1D18 -> 'p';
            case 0x0280 -> 'r'; case 0xA731 -> 's'; case 0x1D1B -> 't'; case 0x1D1C -> 'u'; case 0x1D20 -> 'v';
            case 0x1D21 -> 'w'; case 0x028F -> 'y'; case 0x1D22 -> 'z'; case 0x0131 -> 'i'; case 0x0251 -> 'a';
            default -> 0;
        };
    }

    /** Growable parallel arrays: output chars and their original spans. */
    private static final class Buf {
        char[] c;
        int[] s;
        int[] e;
        int n;

        Buf(int cap) {
            c = new char[cap];
            s = new int[cap];
            e = new int[cap];
        }

        void add(char ch, int start, int end) {
            if (n == c.length) {
                int cap = c.length * 2 + 8;
                c = java.util.Arrays.copyOf(c, cap);
                s = java.util.Arrays.copyOf(s, cap);
                e = java.util.Arrays.copyOf(e, cap);
            }
            c[n] = ch;
            s[n] = start;
            e[n] = end;
            n++;
        }

        String string() {
            return new String(c, 0, n);
        }
    }
}
