package io.trustplane.server.eventlog;

/** The event log cannot take the append (failed or shutting down); nothing was acknowledged. */
public class EventLogUnavailableException extends RuntimeException {
    public EventLogUnavailableException(String message) {
        super(message);
    }
}
