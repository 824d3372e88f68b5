package io.trustplane.core.audit.note;

/** A note, checkpoint or key that is malformed or does not verify; the message says which and why. */
public final class NoteException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoteException(String message) {
        super(message);
    }

    public NoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
