package io.trustplane.cli.audit;

/**
 * The log could not be read at all (a missing file, a line that is not an entry, an HTTP error), as opposed
 * to a log that was read and found wrong. The message says where and why; {@code verify} exits with 2.
 */
public final class UnreadableLogException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableLogException(String message) {
        super(message);
    }

    public UnreadableLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
