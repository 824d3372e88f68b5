package io.trustplane.server.eventlog;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The durable, ordered log every ingested event passes through before anything else sees it.
 *
 * <p>An append completes only once its bytes are on stable storage, so an acknowledged request is never
 * lost. Consumers (projectors into the store, later guard scanning and audit) read from an offset they
 * persist themselves, which makes processing at-least-once and, with idempotent writes, effectively
 * exactly-once. The embedded implementation is {@link SegmentedFileLog}; a Kafka-backed one is the
 * distributed mode's counterpart.
 */
public interface EventLog {

    /** Appends one record; the future completes with its offset once the record is durable. */
    CompletableFuture<Long> append(byte[] payload);

    /** Durable records from {@code fromOffset} on, at most {@code maxRecords} and about {@code maxBytes}. */
    List<LogRecord> read(long fromOffset, int maxRecords, long maxBytes);

    /** The first offset still held (older segments may have been deleted after consumption). */
    long startOffset();

    /** The offset just past the last durable record. */
    long durableEnd();

    /** Waits until the durable end passes {@code offset} or the timeout elapses; returns whether it did. */
    boolean awaitDurableEndAfter(long offset, Duration timeout) throws InterruptedException;

    /** Deletes whole segments that end at or before {@code offset} (all consumers are past them). */
    void deleteBefore(long offset);

    /** Whether appends are possible; false after an I/O failure left the log in an unknown state. */
    boolean healthy();
}
