package io.trustplane.server.feedback;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.server.audit.AuditRecord;
import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Feedback rows joined with their audit entries. */
@Repository
public class FeedbackRepository {
    private static final String SELECT = "SELECT f.id, f.project_id, f.client_id, f.kind, f.trace_id, f.span_id, f.annotator, f.subject, "
            + "f.score, f.label, f.created_at, a.seq, a.entry_time, a.actor, a.project_id, a.action, a.target, a.body, a.prev_hash, a.leaf_hash "
            + "FROM feedback f JOIN audit_entries a ON a.seq = f.audit_seq WHERE f.project_id = ?";
    private final JdbcTemplate jdbc;

    public FeedbackRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, UUID projectId, String clientId, String type, String traceId, String spanId, String annotator,
                      String subject, Double score, String label, Instant createdAt, AuditRecord audit) {
    }

    /** Query filters; null means any. */
    public record Filter(String type, String traceId, String annotator, String subject) {
    }

    Optional<Row> byId(UUID projectId, UUID id) {
        return jdbc.query(SELECT + " AND f.id = ?", FeedbackRepository::map, projectId, id).stream().findFirst();
    }

    Optional<Row> byClientId(UUID projectId, String clientId) {
        return jdbc.query(SELECT + " AND f.client_id = ?", FeedbackRepository::map, projectId, clientId).stream().findFirst();
    }

    List<Row> page(UUID projectId, Filter filter, UUID after, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId));
        String sql = SELECT + where(filter, args);
        if (after != null) {
            sql += " AND f.id > ?";
            args.add(after);
        }
        args.add(limit);
        return jdbc.query(sql + " ORDER BY f.id LIMIT ?", FeedbackRepository::map, args.toArray());
    }

    /** Streams every matching row in id order with seq below {@code maxSeq} (export). */
    void stream(UUID projectId, Filter filter, long maxSeq, Consumer<Row> consumer) {
        List<Object> args = new ArrayList<>(List.of(projectId));
        String sql = SELECT + where(filter, args) + " AND a.seq < ? ORDER BY f.id";
        args.add(maxSeq);
        jdbc.query(sql, rs -> {
            consumer.accept(map(rs, 0));
        }, args.toArray());
    }

    private static String where(Filter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (filter.type() != null) {
            sql.append(" AND f.kind = ?");
            args.add(filter.type());
        }
        if (filter.traceId() != null) {
            sql.append(" AND f.trace_id = ?");
            args.add(filter.traceId());
        }
        if (filter.annotator() != null) {
            sql.append(" AND f.annotator = ?");
            args.add(filter.annotator());
        }
        if (filter.subject() != null) {
            sql.append(" AND f.subject = ?");
            args.add(filter.subject());
        }
        return sql.toString();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        double score = rs.getDouble(9);
        Double scoreOrNull = rs.wasNull() ? null : score;
        AuditEntry entry = new AuditEntry(rs.getLong(12), SqlTime.read(rs, 13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19));
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), scoreOrNull, rs.getString(10), SqlTime.read(rs, 11),
                new AuditRecord(entry, rs.getString(20)));
    }
}
