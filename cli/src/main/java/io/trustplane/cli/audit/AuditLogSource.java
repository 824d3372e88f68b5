package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
import java.util.List;

/** Where an audit log is read from: an export directory or a server's API. */
public interface AuditLogSource {

    /** Names the source in messages, e.g. {@code directory ./audit-export}. */
    String describe();

    /** The origin and verifier keys the log publishes about itself; trusting them proves consistency, not authenticity. */
    Published published() throws UnreadableLogException;

    /**
     * Streams every entry in stored order, the stored checkpoints (before or after the entries) and any
     * consistency proofs the source can give.
     */
    void read(Sink sink) throws UnreadableLogException;

    /**
     * @param origin the log's origin, or null if the source does not say
     * @param keys   C2SP verifier keys, as published
     */
    record Published(String origin, List<String> keys) {
        public Published {
            keys = List.copyOf(keys);
        }
    }

    /** Receives what a source reads; the methods mirror {@link io.trustplane.core.audit.log.AuditLogVerifier}'s. */
    interface Sink {
        /** @param recordedLeafHash the leaf hash stored beside the entry, or null if there is none */
        void entry(AuditEntry entry, byte[] recordedLeafHash);

        /**
         * @param recordedSize the size stored beside the note
         * @param recordedRoot the root hash stored beside the note, or null if there is none
         */
        void checkpoint(String signedNote, long recordedSize, byte[] recordedRoot);

        void consistencyProof(long size1, long size2, List<byte[]> proof);

        /** Something that limits what the verification shows without being a problem of the log itself. */
        void warning(String message);
    }
}
