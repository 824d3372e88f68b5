package io.trustplane.core.guard.output;

import io.trustplane.core.guard.Finding;
import java.util.List;

/**
 * Finds characters that hide content from the reader of an output: Unicode tag characters (which can
 * spell a whole hidden instruction), bidirectional overrides and isolates (which reorder what is
 * displayed), variation-selector runs (which can encode bytes after a visible character) and runs of
 * zero-width characters (which can encode bits).
 *
 * <p>Legitimate uses are left alone: tag characters inside a subdivision-flag emoji sequence, a single
 * variation selector after a character, and zero-width joiners between non-ASCII characters (emoji
 * sequences, Indic and Persian scripts).
 */
final class InvisibleCharacterCheck {
    private static final int MAX_FINDINGS = 16;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    private enum Kind {
        TAG("hidden Unicode tag characters", 0.9),
        BIDI("bidirectional control characters that reorder the displayed text", 0.6),
        VARIATION("a run of variation selectors that can encode hidden bytes", 0.85),
        ZERO_WIDTH("zero-width characters that can encode hidden data", 0.6);

        final String reason;
        final double confidence;

        Kind(String reason, double confidence) {
            this.reason = reason;
            this.confidence = confidence;
        }
    }

    private InvisibleCharacterCheck() {
    }

    static void find(String text, List<Finding> out) {
        int reported = 0;
        int zeroWidthTotal = countSuspiciousZeroWidth(text);
        int n = text.length();
        int i = 0;
        while (i < n && reported < MAX_FINDINGS) {
            int cp = text.codePointAt(i);
            Kind kind = kind(cp);
            if (kind == null) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int count = 0;
            while (i < n) {
                int c = text.codePointAt(i);
                if (kind(c) != kind) {
                    break;
                }
                count++;
                i += Character.charCount(c);
            }
            if (legitimate(text, kind, start, i, count)) {
                continue;
            }
            double confidence = kind.confidence;
            if (kind == Kind.ZERO_WIDTH) {
                if (zeroWidthTotal < 3) {
                    continue;
                }
                confidence = zeroWidthTotal >= 8 ? 0.85 : 0.6;
            }
            out.add(new Finding(OutputDetector.NAME, "INVISIBLE_CHARACTERS", start, i, confidence,
                    kind.reason + " (" + count + ")"));
            reported++;
        }
    }

    private static Kind kind(int cp) {
        if (cp >= 0xE0000 && cp <= 0xE007F) {
            return Kind.TAG;
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            return Kind.BIDI;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return Kind.VARIATION;
        }
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF
                || cp == 0x180E) {
            return Kind.ZERO_WIDTH;
        }
        return null;
    }

    private static boolean legitimate(String text, Kind kind, int start, int end, int count) {
        switch (kind) {
            case TAG -> {
                // 🏴 + tag letters + cancel tag is how subdivision flags (England, Scotland, Wales) are written.
                boolean afterFlag = start >= 2 && text.codePointBefore(start) == BLACK_FLAG;
                return afterFlag && count <= 7 && text.codePointBefore(end) == CANCEL_TAG;
            }
            case VARIATION -> {
                return count == 1;
            }
            case ZERO_WIDTH -> {
                if (start == 0 && text.charAt(0) == '\uFEFF' && count == 1) {
                    return true; // a byte-order mark
                }
                return count == 1 && isJoiner(text.charAt(start)) && nonAsciiNeighbours(text, start, end);
            }
            default -> {
                return false;
            }
        }
    }

    private static int countSuspiciousZeroWidth(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kind(c) == Kind.ZERO_WIDTH && !(i == 0 && c == '\uFEFF')
                    && !(isJoiner(c) && nonAsciiNeighbours(text, i, i + 1))) {
                total++;
            }
        }
        return total;
    }

    private static boolean isJoiner(char c) {
        return c == '\u200D' || c == '\u200C';
    }

    private static boolean nonAsciiNeighbours(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) > 0x7F && text.charAt(end) > 0x7F;
    }
}
