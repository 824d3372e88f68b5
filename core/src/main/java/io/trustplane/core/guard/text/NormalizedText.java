package io.trustplane.core.guard.text;

/**
 * Text produced by {@link TextNormalizer}, with a map from every normalised {@code char} back to the
 * {@code char} span of the original text it came from, so that a match found in the normalised text
 * can be reported against the original.
 *
 * <p>Two views are kept: {@link #light()} (NFKC-style compatibility folding, case folding,
 * confusable folding, invisible characters removed, whitespace collapsed but newlines kept, all
 * punctuation kept) and the full view (this object: additionally leetspeak folding and collapsing of
 * spacing tricks such as {@code i g n o r e} or {@code ign-ore}). Structural patterns (chat-template
 * markers, URLs, e-mail addresses) need the punctuation of the light view; word patterns and the
 * learned model read the full view.
 */
public final class NormalizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;
    private final NormalizedText light;
    private final String hidden;
    private final int hiddenStart;
    private final int hiddenEnd;
    private final Stats stats;

    /** Counters of the obfuscation tricks that normalisation undid. */
    public record Stats(
            int invisible, int tagChars, int confusables, int leet, int spacingCollapsed, int bidi) {
        /** Whether any trick that benign text rarely uses was seen. */
        public boolean suspicious() {
            return tagChars > 0 || bidi > 0 || invisible > 2 || confusables > 2 || spacingCollapsed > 0;
        }
    }

    NormalizedText(
            String text,
            int[] starts,
            int[] ends,
            int originalLength,
            NormalizedText light,
            String hidden,
            int hiddenStart,
            int hiddenEnd,
            Stats stats) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
        this.light = light == null ? this : light;
        this.hidden = hidden;
        this.hiddenStart = hiddenStart;
        this.hiddenEnd = hiddenEnd;
        this.stats = stats;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The light view (no leetspeak or spacing folding); {@code this} if this is the light view. */
    public NormalizedText light() {
        return light;
    }

    /**
     * ASCII text smuggled in Unicode tag characters (U+E0020..U+E007E), decoded; empty if none. Tag
     * characters render as nothing, so anything written with them is hidden from a human reader.
     */
    public String hiddenText() {
        return hidden;
    }

    /** Original span {@code [hiddenStart, hiddenEnd)} covering the tag characters; 0,0 if none. */
    public int hiddenStart() {
        return hiddenStart;
    }

    public int hiddenEnd() {
        return hiddenEnd;
    }

    public Stats stats() {
        return stats;
    }

    /** Length of the original text. */
    public int originalLength() {
        return originalLength;
    }

    /** First original {@code char} index of the normalised range {@code [from, to)}. */
    public int originalStart(int from, int to) {
        if (text.isEmpty()) {
            return 0;
        }
        int f = Math.max(0, Math.min(from, text.length() - 1));
        return starts[f];
    }

    /** Original {@code char} index after the normalised range {@code [from, to)} (exclusive). */
    public int originalEnd(int from, int to) {
        if (text.isEmpty()) {
            return 0;
        }
        if (to <= from) {
            return originalStart(from, to); // empty range: an empty span at its start
        }
        int t = Math.max(1, Math.min(to, text.length()));
        int f = Math.max(0, Math.min(from, t - 1));
        return Math.max(ends[t - 1], starts[f]);
    }
}
