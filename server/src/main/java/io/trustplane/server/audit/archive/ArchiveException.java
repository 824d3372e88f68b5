package io.trustplane.server.audit.archive;

/** Archiving or reading an archive failed; the message says what and where, never with credentials. */
public class ArchiveException extends RuntimeException {

    public enum Reason {
        /** The settings or the destination's set-up are wrong (e.g. a bucket without Object Lock). */
        CONFIGURATION,
        /** The destination holds a different file under a name the archive would write. */
        CONFLICT,
        /** The store's entries do not match the audit log, so the segment is not sealed. */
        INTEGRITY,
        /** The destination could not be read or written (network, permissions, disk). */
        UNAVAILABLE
    }

    private final Reason reason;

    public ArchiveException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ArchiveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
