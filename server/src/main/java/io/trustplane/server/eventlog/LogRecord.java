package io.trustplane.server.eventlog;

/**
 * One record read back from the event log.
 *
 * @param offset     the record's position in the log (bytes since the log began)
 * @param nextOffset where the following record starts; a consumer that processed this record commits it
 * @param payload    the bytes that were appended
 */
public record LogRecord(long offset, long nextOffset, byte[] payload) {
}
