package io.trustplane.server.eventlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.server.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A consumer of the event log: one thread that reads durable records from the offset it last committed, writes what
 * they mean into the store, and commits the new offset in {@code log_consumer_offsets} in the same DuckDB transaction.
 * A crash therefore replays from the last commit, and a subclass whose writes are idempotent by key stores every
 * record's effect exactly once.
 *
 * <p>Subclasses say what a batch of records means ({@link #prepare}, {@link #write}); this class owns what every
 * consumer has to get right in the same way, so that the span projector, the guard scanner and the prediction projector
 * cannot drift apart on it:
 * <ul>
 *   <li>the thread's lifecycle, as a {@link SmartLifecycle} in the phase before the web server's;</li>
 *   <li>reading from the committed offset within a byte budget, and lingering between transactions so that each carries
 *       what arrived meanwhile (a DuckDB transaction costs milliseconds, a row microseconds);</li>
 *   <li>a failing batch is rolled back and retried {@value #ATTEMPTS} times; then the waiting records are written one
 *       per transaction, and the first that fails on its own is skipped with an error log and counted, so one poison
 *       record cannot stall the consumer;</li>
 *   <li>draining what is left in the log at shutdown;</li>
 *   <li>the committed offset for retention ({@link LogConsumers}), lag, and readiness (caught up with what the log held
 *       at start), with the metrics {@code <prefix>.lag.bytes} and {@code <prefix>.skipped.records}.</li>
 * </ul>
 * Where consumers differ on purpose, {@link Settings} says how, and each consumer says why.
 */
public abstract class LogConsumer implements SmartLifecycle {
    /** Failures of the same batch in a row before its records are written one at a time. */
    private static final int ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 200;
    private static final Duration IDLE_WAIT = Duration.ofMillis(200);
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** The subclass's logger, so log lines keep their consumer's category. */
    protected final Logger log = LoggerFactory.getLogger(getClass());
    private final Settings settings;
    private final EventLog eventLog;
    private final DataSource dataSource;
    private final Counter skippedRecords;
    private volatile long committedOffset = -1;
    private volatile long startupTarget = Long.MAX_VALUE;
    private volatile boolean running;
    private volatile Thread thread;
    private long lastTransactionNanos = System.nanoTime();

    /**
     * How one consumer differs from the others. Build with {@link #of} and the methods that change one setting.
     *
     * @param name                 its row in {@code log_consumer_offsets} and its name in {@link LogConsumers}; renaming
     *                             it loses the offset and replays the whole log
     * @param title                what log lines, the thread and readiness call it ("span projector")
     * @param metricPrefix         of {@code <prefix>.lag.bytes} and {@code <prefix>.skipped.records}
     * @param readBytes            about the most log bytes read for one transaction
     * @param linger               the least time between the starts of two transactions...
     * @param lingerUnlessWaiting  ...unless at least this many bytes are waiting in the log
     * @param enabled              false: no thread, retention does not wait for it, and it reports no lag
     * @param drainOnStop          at shutdown, process what is left in the log before stopping (the web server has
     *                             stopped taking requests by then, so the log is final)
     * @param stopOnMissingRecords when the log no longer holds its committed offset: stop (records it must process are
     *                             lost) rather than warn and continue from the log's start
     * @param gatesReadiness       {@code /health/ready} waits until it has processed what the log held at start
     */
    public record Settings(String name, String title, String metricPrefix, long readBytes, Duration linger,
                           long lingerUnlessWaiting, boolean enabled, boolean drainOnStop, boolean stopOnMissingRecords,
                           boolean gatesReadiness) {

        /** An enabled consumer that lingers unless half a read is waiting, drains at shutdown and skips ahead of a gap. */
        public static Settings of(String name, String title, String metricPrefix, long readBytes, Duration linger) {
            return new Settings(name, title, metricPrefix, readBytes, linger, readBytes / 2, true, true, false, false);
        }

        public Settings lingeringEvenWithABacklog() {
            return new Settings(name, title, metricPrefix, readBytes, linger, Long.MAX_VALUE, enabled, drainOnStop,
                    stopOnMissingRecords, gatesReadiness);
        }

        public Settings enabledIf(boolean condition) {
            return new Settings(name, title, metricPrefix, readBytes, linger, lingerUnlessWaiting, condition, drainOnStop,
                    stopOnMissingRecords, gatesReadiness);
        }

        public Settings withoutDrainOnStop() {
            return new Settings(name, title, metricPrefix, readBytes, linger, lingerUnlessWaiting, enabled, false,
                    stopOnMissingRecords, gatesReadiness);
        }

        public Settings stoppingOnMissingRecords() {
            return new Settings(name, title, metricPrefix, readBytes, linger, lingerUnlessWaiting, enabled, drainOnStop,
                    true, gatesReadiness);
        }

        public Settings gatingReadiness() {
            return new Settings(name, title, metricPrefix, readBytes, linger, lingerUnlessWaiting, enabled, drainOnStop,
                    stopOnMissingRecords, true);
        }
    }

    protected LogConsumer(Settings settings, EventLog eventLog, DataSource dataSource, LogConsumers consumers,
                          MeterRegistry registry) {
        this.settings = settings;
        this.eventLog = eventLog;
        this.dataSource = dataSource;
        this.skippedRecords = Counter.builder(settings.metricPrefix() + ".skipped.records")
                .description("Event-log records the " + settings.title() + " could not process and skipped").register(registry);
        Gauge.builder(settings.metricPrefix() + ".lag.bytes", this, LogConsumer::lagBytes)
                .description("Event-log bytes the " + settings.title() + " has not processed yet").register(registry);
        if (settings.enabled()) consumers.register(settings.name(), () -> committedOffset);
    }

    /** Creates the connection's temporary staging tables, once, before the first batch. */
    protected abstract void prepare(DuckDBConnection duck) throws SQLException;

    /**
     * Writes what a prefix of {@code records} means, inside the open transaction that then commits the offset past that
     * prefix. Takes at least the first record and returns how many it took: all of them, unless the consumer bounds its
     * transactions otherwise. Records of types it does not handle are taken and ignored. Called again with the same
     * records after a failure or a crash, so the writes must be idempotent by key.
     */
    protected abstract int write(DuckDBConnection duck, List<LogRecord> records) throws SQLException;

    /** After a transaction committed, with the time it took: where per-batch metrics are recorded. */
    protected void committed(long transactionNanos) {
    }

    /** When no record is waiting (on the consumer's thread, between transactions). */
    protected void idle(long offset) {
    }

    public Settings settings() {
        return settings;
    }

    /** The committed offset: -1 before the consumer read it at start (and always when disabled). */
    public long committedOffset() {
        return committedOffset;
    }

    /** The offset up to which the store holds the log's effects (the log's start before the consumer started). */
    public long projectedOffset() {
        long offset = committedOffset;
        return offset < 0 ? eventLog.startOffset() : offset;
    }

    public long lagBytes() {
        return settings.enabled() ? Math.max(0, eventLog.durableEnd() - projectedOffset()) : 0;
    }

    /** True once everything that was in the log at start-up has been processed (replay finished). */
    public boolean caughtUp() {
        return committedOffset >= startupTarget;
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    @Override
    public void start() {
        if (!settings.enabled()) return;
        running = true;
        thread = Thread.ofPlatform().name(settings.title().replace(' ', '-')).daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t == null) return;
        LockSupport.unpark(t); // out of the linger at once
        try {
            t.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before the web server accepts requests and stops after it stopped taking them, so the drain sees the
     * final log; the log itself closes later, with the beans.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            prepare(duck);
            long offset = ConsumerOffsets.read(duck, settings.name());
            if (!settings.stopOnMissingRecords()) offset = skipAheadOfAGap(offset);
            startupTarget = eventLog.durableEnd();
            committedOffset = offset;
            if (offset < startupTarget) {
                log.info("the {} replays {} bytes of the event log", settings.title(), startupTarget - offset);
            }
            int failures = 0;
            while (running) {
                try {
                    offset = step(duck, offset);
                    failures = 0;
                } catch (SQLException | RuntimeException e) {
                    failures++;
                    log.error("the {} failed (attempt {}); retrying", settings.title(), failures, e);
                    Transactions.rollbackQuietly(duck);
                    if (failures >= ATTEMPTS) {
                        offset = isolate(duck, offset);
                        failures = 0;
                    } else {
                        TimeUnit.MILLISECONDS.sleep(BACKOFF_MILLIS * failures);
                    }
                }
            }
            if (settings.drainOnStop()) drain(duck, offset);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException | Error e) {
            // an Error (a missing class, no memory) is not retried either, but said in the log, not only on stderr
            log.error("the {} stopped; it no longer follows the event log", settings.title(), e);
            if (e instanceof Error error) throw error;
        }
    }

    /** Processes what is waiting (or waits briefly for more); returns the new committed offset. */
    private long step(DuckDBConnection duck, long offset) throws SQLException, InterruptedException {
        linger(offset);
        List<LogRecord> records = read(offset);
        if (records.isEmpty()) {
            if (running) {
                eventLog.awaitDurableEndAfter(offset, IDLE_WAIT);
                idle(offset);
            }
            return offset;
        }
        return transaction(duck, records);
    }

    /** Processes what is left, so a graceful restart finds the store complete and needs no replay. */
    private void drain(DuckDBConnection duck, long offset) {
        long deadline = System.nanoTime() + DRAIN_NANOS;
        try {
            while (offset < eventLog.durableEnd() && System.nanoTime() < deadline) offset = step(duck, offset);
        } catch (SQLException | RuntimeException e) {
            log.warn("the {} could not process the rest of the event log before shutdown; it is replayed at the next start",
                    settings.title(), e);
            Transactions.rollbackQuietly(duck);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Unless {@code lingerUnlessWaiting} bytes are already waiting (half a read, for most consumers) or the consumer is
     * stopping, lets at least {@code linger} pass between transactions, so that each one carries what arrived meanwhile.
     */
    private void linger(long offset) throws InterruptedException {
        long waitNanos = settings.linger().toNanos() - (System.nanoTime() - lastTransactionNanos);
        if (waitNanos > 0 && running && eventLog.durableEnd() - offset < settings.lingerUnlessWaiting()) {
            LockSupport.parkNanos(this, waitNanos); // stop() unparks, so shutdown never waits for the linger
            if (Thread.interrupted()) throw new InterruptedException();
        }
    }

    private List<LogRecord> read(long offset) {
        if (offset < eventLog.startOffset()) {
            if (settings.stopOnMissingRecords()) {
                throw new IllegalStateException("the event log no longer holds offset " + offset + " (starts at "
                        + eventLog.startOffset() + "); what the " + settings.title() + " had to process before it is lost");
            }
            offset = skipAheadOfAGap(offset);
        }
        return eventLog.read(offset, Integer.MAX_VALUE, settings.readBytes());
    }

    private long skipAheadOfAGap(long offset) {
        long start = eventLog.startOffset();
        if (offset >= start) return offset;
        log.warn("the event log no longer holds offset {}; the {} did not process the records before {}", offset,
                settings.title(), start);
        return start;
    }

    /**
     * One transaction: the subclass's rows and the offset past the records it took commit together, or neither does.
     * A failure rolls back explicitly: re-enabling auto-commit on DuckDB's connection commits an open transaction, which
     * would keep the rows of a half-written batch without its offset (and, for the prediction projector, without its
     * aggregates, which the replay would then never add because the rows are no longer new).
     */
    private long transaction(DuckDBConnection duck, List<LogRecord> records) throws SQLException {
        long started = System.nanoTime();
        lastTransactionNanos = started;
        long next;
        duck.setAutoCommit(false);
        try {
            int taken = write(duck, records);
            if (taken < 1 || taken > records.size()) {
                throw new IllegalStateException("the " + settings.title() + " took " + taken + " of " + records.size() + " records");
            }
            next = records.get(taken - 1).nextOffset();
            ConsumerOffsets.commit(duck, settings.name(), next);
            duck.commit();
        } catch (Throwable e) {
            Transactions.rollbackQuietly(duck); // never a finally that re-enables auto-commit: that would commit
            throw e;
        }
        duck.setAutoCommit(true);
        committedOffset = next;
        committed(System.nanoTime() - started);
        return next;
    }

    /**
     * After repeated failures, writes the waiting records one per transaction; the first that fails on its own is
     * skipped, and batching resumes after it. So a poison record costs one round however deep in the batch it sits,
     * and a store failing for everything (a full disk) loses one record per round, not a whole batch.
     */
    private long isolate(DuckDBConnection duck, long offset) {
        for (LogRecord record : read(offset)) {
            try {
                offset = transaction(duck, List.of(record));
            } catch (SQLException | RuntimeException e) {
                return skip(duck, record, offset, e);
            }
        }
        return offset;
    }

    private long skip(DuckDBConnection duck, LogRecord record, long offset, Exception cause) {
        skippedRecords.increment();
        log.error("skipping event-log record at offset {} that the {} cannot process", record.offset(), settings.title(), cause);
        try {
            ConsumerOffsets.commit(duck, settings.name(), record.nextOffset());
        } catch (SQLException e) {
            log.error("could not record the skip; will retry", e);
            return offset;
        }
        committedOffset = record.nextOffset();
        return record.nextOffset();
    }
}
