package io.trustplane.core.audit.merkle;

/** A proof that does not verify, with the reason in its message. */
public final class InvalidProofException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidProofException(String message) {
        super(message);
    }
}
