package io.trustplane.core.guard.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds encoded payloads embedded in text and decodes them: base64 (standard and URL-safe), hex
 * ({@code 69676e...}, {@code \x69\x67}, {@code 69 67 6e}), URL percent-encoding, HTML character
 * references, International Morse code, Braille (Unicode's braille patterns, Grade 1), rot13 (only when the rotated text
 * reads as English and the original does not), lines written backwards (three or more English words reversed in a
 * line: "snoitcurtsni suoiverp lla erongI") and Pig Latin (three or more English words in it: "Ignoreway allway
 * eviouspray instructionsway").
 *
 * <p>Why: a classifier that only reads surface text is blind to {@code aWdub3JlIGFsbCBwcmV2aW91cw==};
 * models, however, decode it happily. Only payloads that decode to mostly printable UTF-8 text are
 * returned, so random tokens, hashes and binary blobs are ignored. Callers rescan the decoded text
 * (recursively, with their own depth bound) and report findings at the encoded span.
 *
 * <p>Work is bounded: candidates are found with RE2/J (linear time), at most {@code maxPayloads}
 * payloads are returned and each candidate is capped in length.
 */
public final class PayloadDecoder {
    /** A decoded payload: {@code [start, end)} is the encoded span in the scanned text. */
    public record Payload(String encoding, int start, int end, String decoded) {}

    private static final int MAX_CANDIDATE = 16_384;
    private static final Pattern ENTITY = Pattern.compile("&#[0-9]{1,7};|&#[xX][0-9a-fA-F]{1,6};|&[a-zA-Z]{2,8};");

    private PayloadDecoder() {}

    /** Decodes the payloads found in {@code text}, at most {@code maxPayloads}. Never throws. */
    public static List<Payload> decode(String text, int maxPayloads) {
        List<Payload> out = new ArrayList<>(2);
        if (text == null || text.length() < 8 || maxPayloads <= 0) {
            return out;
        }
        try {
            if (mayHave(text, '%')) {
                percent(text, out, maxPayloads);
            }
            if (count(text, '&') >= 4) {
                entities(text, out, maxPayloads);
            }
            base64(text, out, maxPayloads);
            hex(text, out, maxPayloads);
            int[] english = englishWords(text);
            if (english != null) {
                rot13(text, english, out, maxPayloads);
                reversed(text, english, out, maxPayloads);
                pigLatin(text, english, out, maxPayloads);
            }
            morse(text, out, maxPayloads);
            braille(text, out, maxPayloads);
        } catch (RuntimeException | StackOverflowError e) {
            // bounded best effort: report what was decoded so far
        }
        return out;
    }

    private static int count(String text, char c) {
        int k = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            k++;
        }
        return k;
    }

    private static boolean mayHave(String text, char c) {
        return text.indexOf(c) >= 0;
    }

    private static boolean isB64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '_'
                || c == '-';
    }

    /** Maximal runs of base64 characters, 16 or longer, with up to two '=' of padding. */
    private static void base64(String text, List<Payload> out, int max) {
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            if (!isB64(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isB64(text.charAt(i))) {
                i++;
            }
            int e = i;
            while (e < n && e - i < 2 && text.charAt(e) == '=') {
                e++;
            }
            if (i - s < 16) {
                continue;
            }
            String cand = text.substring(s, Math.min(i, s + MAX_CANDIDATE));
            if (!looksEncoded(cand)) {
                continue;
            }
            String body = cand.substring(0, cand.length() - (cand.length() % 4 == 1 ? 1 : 0));
            byte[] bytes;
            try {
                bytes = (body.indexOf('-') >= 0 || body.indexOf('_') >= 0)
                        ? java.util.Base64.getUrlDecoder().decode(body)
                        : java.util.Base64.getDecoder().decode(pad(body));
            } catch (IllegalArgumentException ex) {
                continue;
            }
            String d = printableUtf8(bytes);
            if (d != null) {
                out.add(new Payload("base64", s, e, d));
            }
        }
    }

    private static String pad(String body) {
        int r = body.length() % 4;
        return r == 0 ? body : body + "==".substring(0, 4 - r);
    }

    /** A base64 candidate must mix character classes: plain long words are not payloads. */
    private static boolean looksEncoded(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digitOrSym = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else {
                digitOrSym = true;
            }
        }
        return (upper && lower) || (digitOrSym && (upper || lower) && s.length() >= 20);
    }

    /**
     * Hex runs: plain ({@code 69676e6f7265}), {@code \\x}-escaped, or pairs separated by single spaces
     * or colons; at least 7 bytes.
     */
    private static void hex(String text, List<Payload> out, int max) {
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != '\\') {
                i++;
                continue;
            }
            // cheap pre-check before decoding: 14+ hex digits in a row, "\\x", or three separated pairs
            int run = i;
            while (run < n && text.charAt(run) < 0x80 && Character.digit(text.charAt(run), 16) >= 0) {
                run++;
            }
            boolean plausible = run - i >= 14
                    || (c == '\\' && i + 3 < n && text.charAt(i + 1) == 'x')
                    || (run - i == 2 && pairs(text, i) >= 3);
            if (!plausible) {
                i = Math.max(run, i + 1);
                continue;
            }
            int s = i;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int hi = -1;
            int e = i;
            int j = i;
            while (j < n && bytes.size() < MAX_CANDIDATE) {
                char x = text.charAt(j);
                int d = Character.digit(x, 16);
                if (d >= 0 && x < 0x80) {
                    if (hi < 0) {
                        hi = d;
                    } else {
                        bytes.write(hi * 16 + d);
                        hi = -1;
                        e = j + 1;
                    }
                    j++;
                } else if (hi < 0 && x == '\\' && j + 1 < n && text.charAt(j + 1) == 'x') {
                    j += 2;
                } else if (hi < 0 && (x == ' ' || x == ':') && j + 1 < n && Character.digit(text.charAt(j + 1), 16) >= 0
                        && j > s) {
                    j++;
                } else {
                    break;
                }
            }
            i = Math.max(j, i + 1);
            if (bytes.size() < 7) {
                continue;
            }
            String d = printableUtf8(bytes.toByteArray());
            if (d != null) {
                out.add(new Payload("hex", s, e, d));
            }
        }
    }

    /** Whitespace-delimited tokens holding three or more {@code %XX} escapes. */
    /** Number of consecutive hex pairs separated by one space or colon, starting at {@code i}. */
    private static int pairs(String text, int i) {
        int k = 0;
        int n = text.length();
        while (i + 1 < n && Character.digit(text.charAt(i), 16) >= 0 && Character.digit(text.charAt(i + 1), 16) >= 0
                && text.charAt(i) < 0x80 && text.charAt(i + 1) < 0x80) {
            k++;
            if (i + 2 < n && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
                i += 3;
            } else {
                break;
            }
        }
        return k;
    }

    private static void percent(String text, List<Payload> out, int max) {
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            int escapes = 0;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                if (text.charAt(i) == '%' && i + 2 < n && Character.digit(text.charAt(i + 1), 16) >= 0
                        && Character.digit(text.charAt(i + 2), 16) >= 0) {
                    escapes++;
                }
                i++;
            }
            if (escapes < 3) {
                continue;
            }
            int e = i;
            String cand = text.substring(s, Math.min(e, s + MAX_CANDIDATE));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(cand.length());
            for (int k = 0; k < cand.length(); k++) {
                char c = cand.charAt(k);
                if (c == '%' && k + 2 < cand.length() && Character.digit(cand.charAt(k + 1), 16) >= 0
                        && Character.digit(cand.charAt(k + 2), 16) >= 0) {
                    bytes.write(Character.digit(cand.charAt(k + 1), 16) * 16 + Character.digit(cand.charAt(k + 2), 16));
                    k += 2;
                } else if (c == '+') {
                    bytes.write(' ');
                } else {
                    byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    bytes.write(b, 0, b.length);
                }
            }
            String d = printableUtf8(bytes.toByteArray());
            if (d != null) {
                out.add(new Payload("url", s, e, d));
            }
        }
    }

    private static void entities(String text, List<Payload> out, int max) {
        Matcher m = ENTITY.matcher(text);
        int count = 0;
        int first = -1;
        int last = -1;
        StringBuilder sb = new StringBuilder();
        int prev = -1;
        while (m.find() && count < 4096) {
            if (first < 0) {
                first = m.start();
            } else {
                sb.append(text, prev, m.start());
            }
            String ent = m.group();
            int cp = -1;
            if (ent.startsWith("&#x") || ent.startsWith("&#X")) {
                cp = Integer.parseInt(ent.substring(3, ent.length() - 1), 16);
            } else if (ent.startsWith("&#")) {
                cp = Integer.parseInt(ent.substring(2, ent.length() - 1));
            } else {
                cp = switch (ent) {
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&amp;" -> '&';
                    case "&quot;" -> '"';
                    case "&apos;" -> '\'';
                    case "&nbsp;" -> ' ';
                    default -> -1;
                };
            }
            if (cp >= 0 && Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(ent);
            }
            count++;
            prev = m.end();
            last = m.end();
            if (last - first > MAX_CANDIDATE) {
                break;
            }
        }
        if (count >= 4 && out.size() < max) {
            out.add(new Payload("html-entities", first, last, sb.toString()));
        }
    }


    /** How far the first {@link #WORD_PASS} characters read as English, rotated or reversed English ({@link #stopWords}), or null. */
    private static int[] englishWords(String text) {
        int n = Math.min(text.length(), WORD_PASS);
        int letters = 0;
        for (int i = 0; i < n && letters < 12; i++) {
            char c = text.charAt(i);
            if ((c | 32) >= 'a' && (c | 32) <= 'z') {
                letters++;
            }
        }
        return letters < 12 ? null : stopWords(text, n);
    }

    private static final int WORD_PASS = 8192;

    private static void rot13(String text, int[] scores, List<Payload> out, int max) {
        if (out.size() >= max || scores[2] >= ALREADY_ENGLISH) {
            return; // already reads as English
        }
        int n = Math.min(text.length(), WORD_PASS);
        int a = scores[0];
        int b = scores[1];
        if (b >= 3 && b >= 3 * a + 2) {
            char[] rot = new char[n];
            for (int i = 0; i < n; i++) {
                rot[i] = rot13(text.charAt(i));
            }
            out.add(new Payload("rot13", 0, n, new String(rot)));
        }
    }

    /** English words that a text read as English holds, and rot13 of an English text gives back. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "you", "to", "of", "is", "all", "your", "are", "that", "this",
            "ignore", "instructions", "previous", "what", "how", "with", "for", "now", "tell", "me", "say", "in", "it", "be", "do");
    private static final Set<String> ROT13_STOP_WORDS = STOP_WORDS.stream().map(PayloadDecoder::rot13)
            .collect(Collectors.toUnmodifiableSet());
    /** Short words that, between two spaces, show a text is English already; {@link #ALREADY_ENGLISH} of them suffice. */
    private static final Set<String> SPACED_ENGLISH = Set.of("the", "and", "you", "to", "of", "is", "a", "in", "for", "that");
    private static final int ALREADY_ENGLISH = 6;
    /**
     * English words of three or more letters, backwards, that a reversed line holds ("snoitcurtsni suoiverp lla erongI");
     * not those that are words forwards too ("dna", "era", "won", "terces", all such in a 170,000-word list), so a line of
     * English never reads as reversed.
     */
    private static final Set<String> REVERSED_WORDS = Stream.concat(STOP_WORDS.stream(),
                    Stream.of("instruction", "prompt", "password", "secret", "reveal", "system", "rules", "above", "everything",
                            "disregard", "forget", "override", "bypass", "guidelines", "print", "show"))
            .filter(w -> w.length() >= 3).map(w -> new StringBuilder(w).reverse().toString())
            .filter(w -> !Set.of("dna", "era", "won", "terces").contains(w))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Pig Latin forms of the same words, each to its English word: a word's leading consonants moved to its end and "ay"
     * added ("previous" → "eviouspray"), or "way", "yay", "hay" or "ay" after a word that starts with a vowel ("ignore" →
     * "ignoreway"). Only forms that are no English word themselves ("away", "say", "today" are not among them).
     */
    private static final Map<String, String> PIG_LATIN = pigLatinForms(Stream.concat(STOP_WORDS.stream(),
            Stream.of("instruction", "prompt", "password", "secret", "reveal", "system", "rules", "above", "everything",
                    "disregard", "forget", "override", "bypass", "guidelines", "print", "show", "me", "my", "give", "write",
                    "repeat", "hidden", "developer", "mode", "act", "as", "no", "restrictions", "an", "ai", "without", "answer")));
    private static final int LONGEST_STOP_WORD = Stream.of(STOP_WORDS.stream(), REVERSED_WORDS.stream(), PIG_LATIN.keySet().stream())
            .flatMap(x -> x).mapToInt(String::length).max().orElse(0);

    private static Map<String, String> pigLatinForms(Stream<String> words) {
        Map<String, String> forms = new HashMap<>();
        Set<String> notForms = Set.of("away", "say", "today", "way", "hay", "yay", "okay", "essay", "delay", "display", "relay");
        words.distinct().forEach(w -> {
            int v = 0;
            while (v < w.length() && "aeiou".indexOf(w.charAt(v)) < 0 && !(v > 0 && w.charAt(v) == 'y')) {
                v++;
            }
            if (v > 0 && v < w.length() && w.charAt(v - 1) == 'q' && w.charAt(v) == 'u') {
                v++; // "quit" → "itquay"
            }
            List<String> own = v == 0
                    ? List.of(w + "way", w + "yay", w + "hay", w + "ay")
                    : List.of(w.substring(v) + w.substring(0, v) + "ay");
            own.stream().filter(f -> !notForms.contains(f)).forEach(f -> forms.putIfAbsent(f, w));
        });
        return Map.copyOf(forms);
    }

    /**
     * How many words of the first {@code n} characters are English stop words, how many would be after rot13, and how
     * many are short English words between two spaces (counting stops at {@link #ALREADY_ENGLISH} of those: the text is
     * English and not rotated), in one pass over the words (letters and digits, lower-cased) and without copying the
     * text. Before, a text in another language was lower-cased and searched for 10 words, then copied twice and each copy
     * searched for 26: 17 µs per KB of it.
     */
    private static int[] stopWords(String text, int n) {
        int plain = 0;
        int rotated = 0;
        int spaced = 0;
        int reversed = 0;
        int pig = 0;
        StringBuilder word = new StringBuilder(LONGEST_STOP_WORD);
        int i = 0;
        while (i < n) {
            char lc = Character.toLowerCase(text.charAt(i));
            if (!Character.isLetterOrDigit(lc)) {
                i++;
                continue;
            }
            word.setLength(0);
            int start = i;
            while (i < n && Character.isLetterOrDigit(lc = Character.toLowerCase(text.charAt(i)))) {
                if (word.length() <= LONGEST_STOP_WORD) {
                    word.append(lc);
                }
                i++;
            }
            if (word.length() <= LONGEST_STOP_WORD) {
                String w = word.toString();
                plain += STOP_WORDS.contains(w) ? 1 : 0;
                rotated += ROT13_STOP_WORDS.contains(w) ? 1 : 0;
                reversed += w.length() >= 3 && REVERSED_WORDS.contains(w) ? 1 : 0;
                pig += w.length() >= 4 && w.endsWith("ay") && PIG_LATIN.containsKey(w) ? 1 : 0;
                if (start > 0 && text.charAt(start - 1) == ' ' && i < n && text.charAt(i) == ' ' && SPACED_ENGLISH.contains(w)
                        && ++spaced >= ALREADY_ENGLISH) {
                    break;
                }
            }
        }
        return new int[] {plain, rotated, spaced, reversed, pig};
    }

    private static String rot13(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = rot13(c[i]);
        }
        return new String(c);
    }

    private static final String[] MORSE_CODES = {
            ".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--", "-.", "---", ".--.",
            "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
            "-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----.",
            ".-.-.-", "--..--", "..--..", "-.-.--", ".----.", "-..-.", "---...", "-.-.-."};
    private static final String MORSE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.,?!'/:;";

    private static boolean isMorse(char c) {
        return c == '.' || c == '-' || c == ' ' || c == '/' || c == '_' || c == '\u00b7' || c == '\u2022';
    }

    /** International Morse code: letters separated by one space, words by two or more or a slash. */
    private static void morse(String text, List<Payload> out, int max) {
        if (out.size() >= max || text.indexOf('-') < 0 && text.indexOf('.') < 0) {
            return;
        }
        int n = text.length();
        int pos = 0;
        while (out.size() < max && pos < n) {
            char c0 = text.charAt(pos);
            if (!isMorse(c0) || c0 == ' ' || c0 == '/') {
                pos++;
                continue;
            }
            int ms = pos;
            int symbols = 0;
            while (pos < n && isMorse(text.charAt(pos))) {
                if (text.charAt(pos) != ' ' && text.charAt(pos) != '/') {
                    symbols++;
                }
                pos++;
            }
            int me = pos;
            while (me > ms && (text.charAt(me - 1) == ' ' || text.charAt(me - 1) == '/')) {
                me--;
            }
            if (symbols < 16) {
                continue;
            }
            String cand = text.substring(ms, Math.min(me, ms + MAX_CANDIDATE))
                    .replace('\u00b7', '.').replace('\u2022', '.').replace('_', '-');
            StringBuilder sb = new StringBuilder();
            int bad = 0;
            int letters = 0;
            int i = 0;
            while (i < cand.length()) {
                char c = cand.charAt(i);
                if (c == ' ' || c == '/') {
                    int j = i;
                    boolean word = false;
                    while (j < cand.length() && (cand.charAt(j) == ' ' || cand.charAt(j) == '/')) {
                        if (cand.charAt(j) == '/') {
                            word = true;
                        }
                        j++;
                    }
                    if (word || j - i >= 2) {
                        sb.append(' ');
                    }
                    i = j;
                    continue;
                }
                int j = i;
                while (j < cand.length() && (cand.charAt(j) == '.' || cand.charAt(j) == '-')) {
                    j++;
                }
                String code = cand.substring(i, j);
                int k = java.util.Arrays.asList(MORSE_CODES).indexOf(code);
                if (k < 0) {
                    bad++;
                } else {
                    sb.append(MORSE_CHARS.charAt(k));
                    letters++;
                }
                i = Math.max(j, i + 1);
            }
            if (letters >= 8 && bad * 10 <= letters) {
                out.add(new Payload("morse", ms, me, sb.toString()));
            }
        }
    }

    /** Grade 1 braille letters a to z, as offsets in the Unicode braille block (U+2800 + dots bit mask). */
    private static final int[] BRAILLE_LETTERS = {0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D,
            0x1D, 0x15, 0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35};
    /** Braille cell → the character it writes (0 where none), built from {@link #BRAILLE_LETTERS} and common marks. */
    private static final char[] BRAILLE = new char[256];
    private static final int BRAILLE_CAPITAL = 0x20;
    private static final int BRAILLE_NUMBER = 0x3C;

    static {
        for (int k = 0; k < 26; k++) {
            BRAILLE[BRAILLE_LETTERS[k]] = (char) ('a' + k);
        }
        BRAILLE[0x00] = ' ';
        BRAILLE[0x02] = ',';
        BRAILLE[0x06] = ';';
        BRAILLE[0x12] = ':';
        BRAILLE[0x32] = '.';
        BRAILLE[0x16] = '!';
        BRAILLE[0x26] = '?';
        BRAILLE[0x04] = '\'';
        BRAILLE[0x24] = '-';
    }

    private static boolean isBraille(char c) {
        return c >= '\u2800' && c <= '\u28FF';
    }

    /**
     * Runs of braille cells (and spaces between them) of 8 or more letters: the capital sign is dropped, the number sign
     * reads the letters a to j after it as digits.
     */
    private static void braille(String text, List<Payload> out, int max) {
        int n = text.length();
        int pos = 0;
        while (out.size() < max && pos < n) {
            if (!isBraille(text.charAt(pos))) {
                pos++;
                continue;
            }
            int start = pos;
            StringBuilder sb = new StringBuilder();
            int letters = 0;
            int unknown = 0;
            boolean number = false;
            while (pos < n && (isBraille(text.charAt(pos)) || text.charAt(pos) == ' ') && pos - start < MAX_CANDIDATE) {
                char c = text.charAt(pos++);
                int cell = c == ' ' ? 0 : c - '\u2800';
                if (cell == BRAILLE_CAPITAL) {
                    continue;
                }
                if (cell == BRAILLE_NUMBER) {
                    number = true;
                    continue;
                }
                char decoded = BRAILLE[cell];
                if (decoded == 0) {
                    unknown++;
                    continue;
                }
                if (decoded >= 'a' && decoded <= 'z') {
                    letters++;
                    if (number && decoded <= 'j') {
                        decoded = decoded == 'j' ? '0' : (char) ('1' + (decoded - 'a'));
                    }
                } else {
                    number = false;
                }
                sb.append(decoded);
            }
            int end = pos;
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (letters >= 8 && unknown * 10 <= letters) {
                out.add(new Payload("braille", start, end, sb.toString().strip()));
            }
        }
    }

    /**
     * Lines of the first {@link #WORD_PASS} characters with three or more reversed English words, read backwards; only
     * when the word pass found three such words in all, so an ordinary text costs nothing more.
     */
    private static void reversed(String text, int[] scores, List<Payload> out, int max) {
        if (out.size() >= max || scores[3] < 3) {
            return;
        }
        int n = Math.min(text.length(), WORD_PASS);
        int lineStart = 0;
        while (lineStart < n && out.size() < max) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > n ? n : lineEnd;
            int words = 0;
            int i = lineStart;
            while (i < lineEnd && words < 3) {
                while (i < lineEnd && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int w = i;
                while (i < lineEnd && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i - w >= 3 && i - w <= LONGEST_STOP_WORD
                        && REVERSED_WORDS.contains(text.substring(w, i).toLowerCase(Locale.ROOT))) {
                    words++;
                }
            }
            if (words >= 3) {
                out.add(new Payload("reversed", lineStart, lineEnd,
                        new StringBuilder(text.substring(lineStart, lineEnd)).reverse().toString()));
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Pig Latin: at least three of its words are English ones in Pig Latin, and more than are plain English. Each word
     * ending in "ay" is read back: a known form as its word, any other by moving its last consonant to the front
     * ("asswordpay" → "password").
     */
    private static void pigLatin(String text, int[] scores, List<Payload> out, int max) {
        if (out.size() >= max || scores[4] < 3 || scores[4] <= scores[0] || scores[2] >= ALREADY_ENGLISH) {
            return;
        }
        int n = Math.min(text.length(), WORD_PASS);
        StringBuilder decoded = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                decoded.append(text.charAt(i++));
                continue;
            }
            int w = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(w, i).toLowerCase(Locale.ROOT);
            String english = PIG_LATIN.get(word);
            if (english == null && word.length() >= 4 && word.endsWith("ay")) {
                String stem = word.substring(0, word.length() - 2);
                english = stem.charAt(stem.length() - 1) + stem.substring(0, stem.length() - 1);
            }
            decoded.append(english == null ? text.substring(w, i) : english);
        }
        out.add(new Payload("pig latin", 0, n, decoded.toString()));
    }

    private static char rot13(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('a' + (c - 'a' + 13) % 26);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) ('A' + (c - 'A' + 13) % 26);
        }
        return c;
    }

    /** Valid UTF-8 with at least 85% printable characters and some letters, or null. */
    static String printableUtf8(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s;
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            s = cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int printable = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7F || c == '\n' || c == '\r' || c == '\t') {
                printable++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (printable < s.length() * 0.85 || letters < Math.max(3, s.length() / 4)) {
            return null;
        }
        return s;
    }
}
