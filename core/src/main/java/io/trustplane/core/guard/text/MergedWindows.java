package io.trustplane.core.guard.text;

import java.util.Arrays;

/**
 * Windows of a text around cheap anchors (a keyword, an {@code @}, a digit run), merged where they
 * overlap or touch. Detectors run their RE2/J patterns on the merged windows instead of the whole text:
 * RE2/J costs about a microsecond per character and pattern, and merging keeps a text made of thousands
 * of anchors ("@@@@...") at one pass instead of one pass per anchor.
 */
public final class MergedWindows {
    /** Receives one merged window {@code [from, to)}. */
    public interface Visitor {
        void visit(int from, int to);
    }

    private final int textLength;
    private long[] windows = new long[8];
    private int count;

    public MergedWindows(int textLength) {
        this.textLength = textLength;
    }

    /** Adds {@code [from, to)}, clipped to the text; empty windows are ignored. */
    public void add(int from, int to) {
        int f = Math.max(0, from);
        int t = Math.min(textLength, to);
        if (f >= t) {
            return;
        }
        if (count == windows.length) {
            windows = Arrays.copyOf(windows, count * 2);
        }
        windows[count++] = (long) f << 32 | t; // start in the high half: sorting the longs sorts by start
    }

    /** Number of windows added (before merging). */
    public int size() {
        return count;
    }

    /** Visits the merged windows from left to right. */
    public void forEach(Visitor visitor) {
        if (count == 0) {
            return;
        }
        Arrays.sort(windows, 0, count);
        int start = (int) (windows[0] >>> 32);
        int end = (int) windows[0];
        for (int i = 1; i < count; i++) {
            int f = (int) (windows[i] >>> 32);
            int t = (int) windows[i];
            if (f <= end) {
                end = Math.max(end, t);
            } else {
                visitor.visit(start, end);
                start = f;
                end = t;
            }
        }
        visitor.visit(start, end);
    }
}
