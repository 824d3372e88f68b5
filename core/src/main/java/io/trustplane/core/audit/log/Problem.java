package io.trustplane.core.audit.log;

/**
 * One thing a verification found wrong, and where.
 *
 * @param kind           what is wrong
 * @param seq            the entry it concerns, or -1
 * @param checkpointSize the checkpoint (by tree size) it concerns, or -1
 * @param message        a sentence saying what was found and what it implies
 */
public record Problem(Kind kind, long seq, long checkpointSize, String message) {

    public enum Kind {
        /** An entry's content no longer hashes to the leaf hash recorded for it: a field was changed. */
        ENTRY_CHANGED,
        /** An entry does not name the previous entry's hash: an entry before it was changed, removed or moved. */
        CHAIN_BROKEN,
        /** Sequence numbers skip: entries were deleted. */
        ENTRY_MISSING,
        /** A sequence number repeats or goes back: an entry was inserted or the order changed. */
        ENTRY_OUT_OF_ORDER,
        /** An entry's time is earlier than the one before it. */
        TIME_REVERSED,
        /** An entry cannot be hashed (its body is not a JSON object). */
        ENTRY_MALFORMED,
        /** A checkpoint's signature does not verify with any trusted key, or the note is malformed. */
        CHECKPOINT_SIGNATURE,
        /** A checkpoint's origin is not the log's. */
        CHECKPOINT_ORIGIN,
        /** A checkpoint's stored size or root differs from the signed note it came with. */
        CHECKPOINT_RECORD_MISMATCH,
        /** A signed checkpoint's root is not the root of the entries: some entry in its range differs. */
        ROOT_MISMATCH,
        /** A signed checkpoint covers more entries than the log has: the log was truncated. */
        TRUNCATED,
        /** Two signed checkpoints disagree about the same tree, or a consistency proof fails: a fork. */
        INCONSISTENT
    }

    @Override
    public String toString() {
        return kind + (seq >= 0 ? " at entry " + seq : "") + (checkpointSize >= 0 ? " (checkpoint of size " + checkpointSize + ")" : "")
                + ": " + message;
    }
}
