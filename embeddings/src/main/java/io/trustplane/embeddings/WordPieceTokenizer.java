package io.trustplane.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The uncased BERT WordPiece tokenizer of all-MiniLM-L6-v2, in plain Java: the same ids as the Hugging Face
 * {@code tokenizers} library for the model's {@code tokenizer.json} (BertNormalizer with clean text, Chinese
 * characters, accent stripping and lower-casing; BertPreTokenizer; WordPiece with {@code ##} continuations and
 * at most 100 characters per word; {@code [CLS] ... [SEP]}).
 *
 * <p>Why not the library (through DJL's JNI binding): one encode of the guard's 640-character window took
 * about 0.7 ms there, against a few tens of microseconds here, and the heavier stage's whole budget is
 * 10 ms. Equivalence with the library is checked by a test over many texts.
 *
 * <p>Semantics that matter for equality: special tokens such as {@code [SEP]} are matched in the raw text
 * before normalisation (they are "added tokens" with {@code normalized: false}); whitespace is Unicode
 * White_Space as in Rust's {@code char::is_whitespace}, not {@link Character#isWhitespace}; lower-casing is per
 * code point, as Rust's {@code char::to_lowercase} (no final sigma); accents are stripped by NFD and dropping
 * non-spacing marks, before lower-casing. Immutable and thread-safe.
 */
final class WordPieceTokenizer {
    static final int MAX_CHARS_PER_WORD = 100;
    private static final String[] SPECIAL = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int cls;
    private final int sep;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.unk = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
    }

    private int id(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("vocabulary has no " + token);
        }
        return id;
    }

    /** Reads {@code model.vocab} of a Hugging Face {@code tokenizer.json} (WordPiece). */
    static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        Map<String, Integer> vocab = new HashMap<>(40_000);
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("tokenizer.json is not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("model")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String modelField = p.currentName();
                    p.nextToken();
                    if (modelField.equals("type") && !p.getString().equals("WordPiece")) {
                        throw new IOException("not a WordPiece tokenizer: " + p.getString());
                    }
                    if (!modelField.equals("vocab")) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String token = p.currentName();
                        p.nextToken();
                        vocab.put(token, p.getIntValue());
                    }
                }
            }
        }
        if (vocab.isEmpty()) {
            throw new IOException("tokenizer.json has no model.vocab");
        }
        return new WordPieceTokenizer(vocab);
    }

    int vocabularySize() {
        return vocab.size();
    }

    /** The ids of {@code text} with [CLS] first and [SEP] last, untruncated. */
    long[] encode(String text) {
        Ids out = new Ids(text.length() / 3 + 8);
        out.add(cls);
        // special tokens are matched on the raw text; the pieces between them are tokenised normally
        int from = 0;
        int bracket = text.indexOf('[');
        while (bracket >= 0) {
            String special = specialAt(text, bracket);
            if (special != null) {
                tokenizeSegment(text.substring(from, bracket), out);
                out.add(vocab.get(special));
                from = bracket + special.length();
                bracket = text.indexOf('[', from);
            } else {
                bracket = text.indexOf('[', bracket + 1);
            }
        }
        tokenizeSegment(from == 0 ? text : text.substring(from), out);
        out.add(sep);
        return out.toArray();
    }

    private static String specialAt(String text, int at) {
        for (String s : SPECIAL) {
            if (text.startsWith(s, at)) {
                return s;
            }
        }
        return null;
    }

    private void tokenizeSegment(String segment, Ids out) {
        if (segment.isEmpty()) {
            return;
        }
        String normalised = normalise(segment);
        StringBuilder word = new StringBuilder(32);
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (isWhitespace(c)) {
                wordPiece(word, out);
            } else if (isPunctuation(c)) {
                wordPiece(word, out);
                word.appendCodePoint(c);
                wordPiece(word, out);
            } else {
                word.appendCodePoint(c);
            }
        }
        wordPiece(word, out);
    }

    /** BertNormalizer: clean text, space around CJK ideographs, strip accents (NFD), lower-case. */
    static String normalise(String text) {
        StringBuilder cleaned = new StringBuilder(text.length() + 16);
        boolean ascii = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                cleaned.append(' ');
            } else if (isChineseChar(c)) {
                cleaned.append(' ').appendCodePoint(c).append(' ');
            } else {
                cleaned.appendCodePoint(c);
            }
            ascii &= c < 0x80;
        }
        String s = cleaned.toString();
        if (!ascii) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder stripped = new StringBuilder(nfd.length());
            for (int i = 0; i < nfd.length(); ) {
                int c = nfd.codePointAt(i);
                i += Character.charCount(c);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    stripped.appendCodePoint(c);
                }
            }
            s = stripped.toString();
        }
        StringBuilder lower = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            lower.appendCodePoint(Character.toLowerCase(c));
        }
        return lower.toString();
    }

    /** Greedy longest-match-first WordPiece of one word; a word with a piece outside the vocabulary is [UNK]. */
    private void wordPiece(StringBuilder wordChars, Ids out) {
        if (wordChars.isEmpty()) {
            return;
        }
        String word = wordChars.toString();
        wordChars.setLength(0);
        Integer whole = vocab.get(word);
        if (whole != null) {
            out.add(whole);
            return;
        }
        if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (start < end) {
                String sub = start == 0 ? word.substring(0, end) : "##" + word.substring(start, end);
                piece = vocab.get(sub);
                if (piece != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (piece == null) {
                out.truncate(mark);
                out.add(unk);
                return;
            }
            out.add(piece);
            start = end;
        }
    }

    /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
    static boolean isWhitespace(int c) {
        return switch (c) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** Rust's {@code is_other} (categories Cc, Cf, Cn, Co, Cs) except tab, newline and carriage return. */
    static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    static boolean isPunctuation(int c) {
        if (c < 0x80) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isChineseChar(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** A growable list of ids without boxing. */
    private static final class Ids {
        private long[] a;
        private int n;

        Ids(int capacity) {
            a = new long[capacity];
        }

        void add(long id) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = id;
        }

        int size() {
            return n;
        }

        void truncate(int size) {
            n = size;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
