package io.trustplane.cli;

import io.trustplane.core.guard.TextRole;
import java.util.List;
import java.util.Locale;

/**
 * One labelled row of a detector dataset in the JSON Lines format of {@code ../shared/datasets}:
 * {@code {"text", "label", "source_set", "split", "category", "spans": [{start, end, entity_type}]}}, and optionally
 * {@code "role"} ({@code user}, {@code document} or {@code tool}: who wrote a prompt row's text, see {@link #ROLES}).
 * PII spans are converted from Unicode code points (the files' unit) to Java {@code char} indices here.
 */
record DatasetRow(int line, String text, String label, String sourceSet, String split, String category, List<GoldSpan> spans,
        TextRole role) {

    /**
     * The roles a prompt row may have. System prompts and model outputs are not scanned for injection (the output
     * detector reads those), so they are not offered: every row would score 0.
     */
    static final List<String> ROLES = List.of("user", "document", "tool");

    /** The role named {@code name} (one of {@link #ROLES}, any case), or {@code null} if it is none of them. */
    static TextRole role(String name) {
        return name != null && ROLES.contains(name.toLowerCase(Locale.ROOT)) ? TextRole.parse(name) : null;
    }

    enum Kind { PROMPT, SECRET, PII, UNKNOWN }

    /** A labelled entity, in {@code char} indices of {@link #text}. */
    record GoldSpan(int start, int end, String entityType) {
    }

    /**
     * Prompt rows are labelled as in the shared data ({@code attack}, {@code benign}) or as other public injection sets
     * label them: {@code injection}, {@code jailbreak}, {@code prompt_injection}, {@code malicious}, {@code unsafe}
     * against {@code safe}, or 1 and 0, {@code true} and {@code false} (deepset's, PINT's and others' boolean label).
     * Secret rows need {@code secret} or {@code no_secret}.
     */
    Kind kind() {
        if (spans != null) return Kind.PII;
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "secret", "no_secret" -> Kind.SECRET;
            case "attack", "benign", "injection", "jailbreak", "prompt_injection", "malicious", "unsafe", "safe",
                    "1", "0", "true", "false" -> Kind.PROMPT;
            default -> Kind.UNKNOWN;
        };
    }

    /** For prompt and secret rows: whether the row is the positive class (an attack, a secret). */
    boolean positive() {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "secret", "attack", "injection", "jailbreak", "prompt_injection", "malicious", "unsafe", "1", "true" -> true;
            default -> false;
        };
    }

    static int charIndex(String text, int codePointIndex) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(Math.max(codePointIndex, 0), cps));
    }
}
