package io.trustplane.server.audit;

import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.core.audit.note.SignedNote;
import io.trustplane.server.store.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints of the audit log: every {@code checkpoint-interval} when the log has grown, on demand,
 * and once more at shutdown. A checkpoint is stored once per tree size; signing the same size again yields
 * the same note (Ed25519 is deterministic), so it is idempotent.
 */
@Component
public class Checkpoints implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    private static final HexFormat HEX = HexFormat.of();

    private final AuditLog auditLog;
    private final AuditKeys keys;
    private final JdbcTemplate jdbc;
    private final PeriodicTask schedule;
    private volatile long signedSize = -1; // read by the schedule's thread, written under this object's lock

    public record StoredCheckpoint(long size, String rootHash, String note, Instant createdAt) {
    }

    public Checkpoints(AuditLog auditLog, AuditKeys keys, JdbcTemplate jdbc, AuditProperties properties) {
        this.auditLog = auditLog;
        this.keys = keys;
        this.jdbc = jdbc;
        this.schedule = new PeriodicTask("audit-checkpoints", properties.checkpointInterval(), false, this::signIfGrown);
    }

    /** Signs a checkpoint of the log as it is now (or returns the stored one of that size). */
    public synchronized StoredCheckpoint signNow() {
        return sign(List.of(keys.current()));
    }

    /** Signs the current size with every given key (used at key rotation so the old key vouches for the new). */
    public synchronized StoredCheckpoint sign(List<NoteSigner> signers) {
        return store(auditLog.size(), signers, signers.size() > 1);
    }

    /**
     * Returns the checkpoint of an earlier size, signing one with the current key if none is stored (an archived
     * segment is sealed by a checkpoint at exactly its end). Roots at any past size come from the tree.
     */
    public synchronized StoredCheckpoint signAt(long size) {
        if (size < 0 || size > auditLog.size()) {
            throw new IllegalArgumentException("the log has " + auditLog.size() + " entries; there is no tree of size " + size);
        }
        return atSize(size).orElseGet(() -> store(size, List.of(keys.current()), false));
    }

    /** @param replace replace a stored checkpoint of that size (a cross-signed one replaces the single-signed) */
    private StoredCheckpoint store(long size, List<NoteSigner> signers, boolean replace) {
        if (auditLog.integrityProblem() != null) {
            // never vouch for a store that no longer matches what was signed
            throw new AuditUnavailableException("no checkpoint is signed while the audit log fails its integrity check ("
                    + auditLog.integrityProblem() + ")", null);
        }
        byte[] root = auditLog.root(size);
        String note;
        try {
            note = SignedNote.sign(new Checkpoint(keys.origin(), size, root).text(), signers);
        } catch (NoteException e) {
            throw new IllegalStateException("signing a checkpoint failed", e);
        }
        if (replace) {
            jdbc.update("DELETE FROM audit_checkpoints WHERE tree_size = ?", size);
        }
        jdbc.update("INSERT OR IGNORE INTO audit_checkpoints (tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?)",
                size, HEX.formatHex(root), note, SqlTime.toSql(Instant.now()));
        signedSize = Math.max(signedSize, size);
        return atSize(size).orElseThrow();
    }

    /** Checkpoints with a size from {@code from} to {@code to} (both included), ascending, one at a time. */
    public void forEachBetween(long from, long to, java.util.function.Consumer<StoredCheckpoint> consumer) {
        jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints WHERE tree_size BETWEEN ? AND ? ORDER BY tree_size",
                rs -> {
                    consumer.accept(map(rs, 0));
                }, from, to);
    }

    public Optional<StoredCheckpoint> latest() {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1",
                Checkpoints::map).stream().findFirst();
    }

    public Optional<StoredCheckpoint> atSize(long size) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints WHERE tree_size = ?",
                Checkpoints::map, size).stream().findFirst();
    }

    /** Checkpoints with a size above {@code after}, ascending. */
    public List<StoredCheckpoint> page(long after, int limit) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints WHERE tree_size > ? ORDER BY tree_size LIMIT ?",
                Checkpoints::map, after, limit);
    }

    private static StoredCheckpoint map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), SqlTime.read(rs, 4));
    }

    private void signIfGrown() {
        try {
            if (auditLog.integrityProblem() == null && auditLog.size() > signedSize) {
                signNow();
            }
        } catch (RuntimeException e) {
            log.error("signing an audit checkpoint failed; retrying at the next interval", e);
        }
    }

    @Override
    public synchronized void start() {
        if (schedule.isRunning()) return;
        signedSize = latest().map(StoredCheckpoint::size).orElse(-1L);
        schedule.start();
    }

    /** At shutdown (after the web server stopped taking requests) the last entries get a checkpoint too. */
    @Override
    public void stop() {
        schedule.stop(Duration.ofSeconds(10));
        signIfGrown();
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }

    /** Stops before the audit log (a lower phase stops later), after the web server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8000;
    }
}
