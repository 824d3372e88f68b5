package io.trustplane.server.audit;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads audit entries from the store. */
@Repository
public class AuditRepository {
    private static final String COLUMNS = "seq, entry_time, actor, project_id, action, target, body, prev_hash, leaf_hash";
    private static final int CHUNK = 10_000;
    private final JdbcTemplate jdbc;

    public AuditRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries with seq above {@code after}, ascending; project and action filter when not null. */
    public List<AuditRecord> page(long after, int limit, String project, String action) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entries WHERE seq > ?");
        List<Object> args = new ArrayList<>(List.of(after));
        if (project != null) {
            sql.append(" AND project_id = ?");
            args.add(project);
        }
        if (action != null) {
            sql.append(" AND action = ?");
            args.add(action);
        }
        sql.append(" ORDER BY seq LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), AuditRepository::map, args.toArray());
    }

    /** Entries {@code from} to {@code to - 1} in order, read a chunk at a time so memory does not grow with the range. */
    public void forEachInRange(long from, long to, Consumer<AuditRecord> consumer) {
        for (long start = from; start < to; start += CHUNK) {
            long end = Math.min(to, start + CHUNK);
            jdbc.query("SELECT " + COLUMNS + " FROM audit_entries WHERE seq >= ? AND seq < ? ORDER BY seq",
                    rs -> {
                        consumer.accept(map(rs, 0));
                    }, start, end);
        }
    }

    public Optional<AuditRecord> entry(long seq) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entries WHERE seq = ?", AuditRepository::map, seq).stream().findFirst();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getLong(1), SqlTime.read(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
        return new AuditRecord(entry, rs.getString(9));
    }
}
