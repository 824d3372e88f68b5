package io.trustplane.server.audit;

import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.core.audit.note.SignedNote;
import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
    private final AuditProperties properties;
    private volatile boolean running;
    private Thread thread;
    private long signedSize = -1;

    public record StoredCheckpoint(long size, String rootHash, String note, Instant createdAt) {
    }

    public Checkpoints(AuditLog auditLog, AuditKeys keys, JdbcTemplate jdbc, AuditProperties properties) {
        this.auditLog = auditLog;
        this.keys = keys;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Signs a checkpoint of the log as it is now (or returns the stored one of that size). */
    public synchronized StoredCheckpoint signNow() {
        return sign(List.of(keys.current()));
    }

    /** Signs the current size with every given key (used at key rotation so the old key vouches for the new). */
    public synchronized StoredCheckpoint sign(List<NoteSigner> signers) {
        if (auditLog.integrityProblem() != null) {
            // never vouch for a store that no longer matches what was signed
            throw new AuditUnavailableException("no checkpoint is signed while the audit log fails its integrity check ("
                    + auditLog.integrityProblem() + ")", null);
        }
        long size = auditLog.size();
        byte[] root = auditLog.root(size);
        String note;
        try {
            note = SignedNote.sign(new Checkpoint(keys.origin(), size, root).text(), signers);
        } catch (NoteException e) {
            throw new IllegalStateException("signing a checkpoint failed", e);
        }
        Instant now = Instant.now();
        if (signers.size() > 1) {
            jdbc.update("DELETE FROM audit_checkpoints WHERE tree_size = ?", size);
        }
        jdbc.update("INSERT OR IGNORE INTO audit_checkpoints (tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?)",
                size, HEX.formatHex(root), note, SqlTime.toSql(now));
        signedSize = Math.max(signedSize, size);
        return atSize(size).orElseThrow();
    }

    public Optional<StoredCheckpoint> latest() {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1",
                (rs, i) -> new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), SqlTime.read(rs, 4))).stream().findFirst();
    }

    public Optional<StoredCheckpoint> atSize(long size) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints WHERE tree_size = ?",
                (rs, i) -> new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), SqlTime.read(rs, 4)), size).stream().findFirst();
    }

    /** Checkpoints with a size above {@code after}, ascending. */
    public List<StoredCheckpoint> page(long after, int limit) {
        return jdbc.query("SELECT tree_size, root_hash, note, created_at FROM audit_checkpoints WHERE tree_size > ? ORDER BY tree_size LIMIT ?",
                (rs, i) -> new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), SqlTime.read(rs, 4)), after, limit);
    }

    private void run() {
        long interval = properties.checkpointInterval().toNanos();
        while (running) {
            LockSupport.parkNanos(interval);
            signIfGrown();
        }
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
        if (running) return;
        signedSize = latest().map(StoredCheckpoint::size).orElse(-1L);
        running = true;
        thread = Thread.ofPlatform().name("audit-checkpoints").daemon(true).start(this::run);
    }

    /** At shutdown (after the web server stopped taking requests) the last entries get a checkpoint too. */
    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        signIfGrown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the audit log (a lower phase stops later), after the web server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8000;
    }
}
