package io.trustplane.core.guard.pii;

import java.util.Map;

/**
 * Puts the original values back in place of pseudonyms ({@link RedactionMode#PSEUDONYM} placeholders such as
 * {@code [EMAIL_ADDRESS_1]}) in a model's answer, so a user who wrote "mail jane@example.com" reads an answer
 * about jane@example.com while the model only ever saw {@code [EMAIL_ADDRESS_1]}.
 *
 * <p>Privacy trade-off: the model provider never sees the values, but the caller gets them back, and anything the
 * model wrote next to a placeholder is now joined to the real value in the answer (and in any log of the answer
 * made after restoration). Restore only for the caller that sent the values in the first place.
 *
 * <p>One pass over the text: at each {@code [}, the next {@code ]} within {@link #MAX_PLACEHOLDER} characters
 * closes a candidate, which is replaced when the map knows it. Linear in the text's length.
 */
public final class PseudonymRestorer {
    /** Longest placeholder looked up; {@code [TYPE_N]} placeholders are far shorter. */
    public static final int MAX_PLACEHOLDER = 64;

    private PseudonymRestorer() {
    }

    /** The text with every known placeholder replaced by its value; the text itself when none occurs. */
    public static String restore(String text, Map<String, String> pseudonyms) {
        if (pseudonyms.isEmpty() || text.indexOf('[') < 0) return text;
        StringBuilder out = null;
        int copied = 0;
        int i = text.indexOf('[');
        while (i >= 0) {
            int close = closing(text, i);
            String value = close < 0 ? null : pseudonyms.get(text.substring(i, close + 1));
            if (value != null) {
                if (out == null) out = new StringBuilder(text.length() + 32);
                out.append(text, copied, i).append(value);
                copied = close + 1;
                i = text.indexOf('[', copied);
            } else {
                i = text.indexOf('[', i + 1);
            }
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    /** The index of the {@code ]} closing a placeholder that opens at {@code open}, or -1. */
    public static int closing(String text, int open) {
        int limit = Math.min(text.length(), open + MAX_PLACEHOLDER);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ']') return j;
            if (c == '[' || Character.isWhitespace(c)) return -1;
        }
        return -1;
    }
}
