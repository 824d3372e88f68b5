package io.trustplane.server.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.merkle.MerkleTree;
import io.trustplane.server.store.SqlTime;
import io.trustplane.server.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log: appends entries durably and keeps the Merkle tree over them.
 *
 * <p>Appends from concurrent requests are group-committed: one writer thread takes every waiting entry,
 * assigns sequence numbers, chains the hashes, and writes them (with their side effects) in one store
 * transaction; each caller returns once that transaction has committed. The tree in memory then grows by
 * the new leaves (no recomputation) and serves roots and proofs. At start the tree is rebuilt from the
 * recorded leaf hashes, and the latest checkpoint's root is compared with it.
 */
@Component
public class AuditLog implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final AuditProperties properties;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final MerkleTree tree = new MerkleTree();
    private final Counter appended;
    private final DistributionSummary groupSizes;
    private volatile boolean running;
    private volatile boolean loaded;
    private volatile boolean stopped;
    private Thread writer;
    private String lastHash = AuditEntry.GENESIS_PREV;
    private Instant lastTime = Instant.EPOCH;
    private volatile String integrityProblem;

    /** An event waiting for the writer, with its body already in canonical form. */
    private record Pending(AuditEvent event, String canonicalBody, CompletableFuture<AuditRecord> done) {
    }

    public AuditLog(JdbcTemplate jdbc, AuditProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.properties = properties;
        this.appended = Counter.builder("trustplane.audit.entries").description("Entries appended to the audit log").register(meters);
        this.groupSizes = DistributionSummary.builder("trustplane.audit.group.size")
                .description("Entries committed per store transaction").register(meters);
        Gauge.builder("trustplane.audit.size", this, AuditLog::size).description("Entries in the audit log").register(meters);
    }

    /** Appends and waits until the entry is durable; the caller's change is acknowledged only after this. */
    public AuditRecord append(AuditEvent event) {
        CompletableFuture<AuditRecord> done = appendAsync(event);
        try {
            return done.get(properties.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for the audit log", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuditUnavailableException u) throw u;
            throw unavailable("appending to the audit log failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("the audit log did not commit within " + properties.appendTimeout(), e);
        }
    }

    public CompletableFuture<AuditRecord> appendAsync(AuditEvent event) {
        start();
        if (integrityProblem != null) {
            return CompletableFuture.failedFuture(unavailable("the audit log failed its integrity check at start (" + integrityProblem
                    + "); appends are refused until it is repaired: run `trustplane verify` to see what changed", null));
        }
        if (!running) {
            return CompletableFuture.failedFuture(unavailable("the audit log is stopped", null));
        }
        // canonicalised here, on the caller's thread, so the single writer thread does not spend its time on it
        String canonicalBody;
        try {
            canonicalBody = AuditEntry.canonicalBody(event.body());
        } catch (RuntimeException e) {
            log.warn("an audit entry ({}) was not appended: {}", event.action(), e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<AuditRecord> done = new CompletableFuture<>();
        queue.add(new Pending(event, canonicalBody, done));
        return done;
    }

    /** Why the log failed its check at start, or null when it passed. */
    public String integrityProblem() {
        start();
        return integrityProblem;
    }

    private static AuditUnavailableException unavailable(String message, Throwable cause) {
        return new AuditUnavailableException(message, cause);
    }

    public long size() {
        lock.readLock().lock();
        try {
            return tree.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reads the tree consistently (a root, a proof) while no append changes it. */
    public <T> T read(Function<MerkleTree, T> reader) {
        start();
        lock.readLock().lock();
        try {
            return reader.apply(tree);
        } finally {
            lock.readLock().unlock();
        }
    }

    public byte[] root(long size) {
        return read(t -> MerkleProofs.root(t, size));
    }

    // ---- lifecycle

    @Override
    public synchronized void start() {
        if (!loaded) {
            load();
            loaded = true;
        }
        if (running || stopped) return; // once stopped (shutdown), a late read must not bring the writer back
        running = true;
        writer = Thread.ofPlatform().name("audit-writer").daemon(true).start(this::run);
    }

    /** Stops after the web server: entries still queued are written first. */
    @Override
    public synchronized void stop() {
        stopped = true;
        if (!running) return;
        running = false;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }

    private void load() {
        long started = System.nanoTime();
        jdbc.query("SELECT seq, leaf_hash, entry_time FROM audit_entries ORDER BY seq", rs -> {
            long seq = rs.getLong(1);
            if (seq != tree.size() && integrityProblem == null) {
                integrityProblem = "expected entry " + tree.size() + " but the store has entry " + seq + " next";
            }
            lastHash = rs.getString(2);
            tree.appendLeafHash(HEX.parseHex(lastHash));
            lastTime = SqlTime.read(rs, 3);
        });
        if (tree.size() > 0) {
            log.info("audit log: {} entries loaded in {} ms", tree.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        jdbc.query("SELECT tree_size, root_hash FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1", rs -> {
            long size = rs.getLong(1);
            if ((size > tree.size() || !HEX.formatHex(MerkleProofs.root(tree, size)).equals(rs.getString(2))) && integrityProblem == null) {
                integrityProblem = "the recorded leaf hashes do not match the latest checkpoint, of size " + size;
            }
        });
        if (integrityProblem != null) {
            log.error("AUDIT LOG INTEGRITY FAILURE: {}. New audit entries and checkpoints are refused; run `trustplane verify` "
                    + "against this server to find what changed, and restore the store from a backup or the archive.", integrityProblem);
        }
    }

    // ---- the writer

    private void run() {
        List<Pending> group = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            while (running || !queue.isEmpty()) {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                group.add(first);
                queue.drainTo(group, properties.maxGroup() - 1);
                commitGroup(duck, group);
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            log.error("the audit writer stopped", e);
        } finally {
            running = false;
            Pending p;
            while ((p = queue.poll()) != null) p.done().completeExceptionally(new IllegalStateException("the audit log stopped"));
            group.forEach(g -> g.done().completeExceptionally(new IllegalStateException("the audit log stopped")));
        }
    }

    private void commitGroup(DuckDBConnection duck, List<Pending> group) {
        try {
            complete(group, write(duck, group));
        } catch (SQLException | RuntimeException e) {
            Transactions.rollbackQuietly(duck);
            if (group.size() == 1) {
                log.warn("an audit entry ({}) was not appended: {}", group.getFirst().event().action(), e.getMessage());
                group.getFirst().done().completeExceptionally(e);
                return;
            }
            // one bad side effect must not fail the others: retry one by one
            for (Pending p : group) {
                commitGroup(duck, List.of(p));
            }
        }
    }

    private List<AuditRecord> write(DuckDBConnection duck, List<Pending> group) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant time = now.isBefore(lastTime) ? lastTime : now; // entry times never go back, even if the clock does
        long seq = tree.size();
        String prev = lastHash;
        List<AuditRecord> records = new ArrayList<>(group.size());
        List<byte[]> leafHashes = new ArrayList<>(group.size());
        for (Pending p : group) {
            AuditEvent e = p.event();
            AuditEntry entry = new AuditEntry(seq++, time, e.actor(), e.projectId() == null ? null : e.projectId().toString(),
                    e.action(), e.target(), p.canonicalBody(), prev);
            byte[] leafHash = entry.leafHashOfCanonicalBody(); // the body is canonical: no second JCS pass over the entry
            leafHashes.add(leafHash);
            prev = HEX.formatHex(leafHash);
            records.add(new AuditRecord(entry, prev));
        }
        duck.setAutoCommit(false);
        try {
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "audit_entries")) {
                for (AuditRecord r : records) {
                    AuditEntry e = r.entry();
                    appender.beginRow();
                    appender.append(e.seq());
                    appender.append(SqlTime.toSql(e.time()));
                    appender.append(e.actor());
                    if (e.project() == null) appender.appendNull(); else appender.append(e.project());
                    appender.append(e.action());
                    appender.append(e.target());
                    appender.append(e.body());
                    appender.append(e.prev());
                    appender.append(r.leafHash());
                    appender.endRow();
                }
            }
            for (int i = 0; i < group.size(); i++) {
                AuditEvent.SideEffect sideEffect = group.get(i).event().sideEffect();
                if (sideEffect != null) sideEffect.write(duck, records.get(i).entry().seq());
            }
            duck.commit();
        } finally {
            duck.setAutoCommit(true);
        }
        lock.writeLock().lock();
        try {
            for (byte[] leafHash : leafHashes) tree.appendLeafHash(leafHash);
        } finally {
            lock.writeLock().unlock();
        }
        lastHash = prev;
        lastTime = time;
        appended.increment(records.size());
        groupSizes.record(records.size());
        return records;
    }

    private static void complete(List<Pending> group, List<AuditRecord> records) {
        for (int i = 0; i < group.size(); i++) group.get(i).done().complete(records.get(i));
    }

}
