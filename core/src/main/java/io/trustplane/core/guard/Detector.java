package io.trustplane.core.guard;

/**
 * Scores one segment of text. Implementations are thread-safe, never throw on any input (a
 * detector that cannot finish reports what it has), and bound their own work on hostile input.
 */
public interface Detector {

    /** Stable lower-case name used in results, policies and metrics, e.g. {@code injection}. */
    String name();

    /** Whether this detector has anything to say about the segment; the engine skips it otherwise. */
    default boolean appliesTo(TextSegment segment) {
        return true;
    }

    DetectorResult scan(TextSegment segment, ScanContext context);
}
