package io.trustplane.server.guard;

import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the findings of scanned spans, always scoped by project. */
@Repository
class GuardFindingsRepository {
    /** A stored finding; offsets index the text of {@code segment} as the scanner extracted it. */
    public record StoredFinding(String traceId, String spanId, Instant spanStartTime, String action, String detector,
                                String type, String segment, int start, int end, double confidence, String reason) {
    }

    /** The guard's decision for one span. */
    public record SpanScan(String traceId, String spanId, String action, String decidedBy, int policyVersion,
                           String scores, List<String> flagged, int findingCount, Instant scannedAt) {
    }

    record Filter(String traceId, String spanId, String detector, String type, String verdict, Instant from, Instant to,
                  int limit, FindingCursor cursor) {
    }

    /** Keyset position: newest spans first, then span key and finding order. */
    record FindingCursor(long startMicros, UUID spanKey, int seq) {
    }

    private final JdbcTemplate jdbc;

    GuardFindingsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to limit + 1 rows, so the caller knows whether another page exists; each row with its cursor. */
    List<Object[]> findings(UUID projectId, Filter f) {
        StringBuilder sql = new StringBuilder("SELECT trace_id, span_id, span_start_time, action, detector, type, segment, "
                + "start_offset, end_offset, confidence, reason, epoch_us(span_start_time) AS start_us, span_key, seq "
                + "FROM guard_findings WHERE project_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(projectId);
        condition(sql, args, "trace_id = ?", f.traceId());
        condition(sql, args, "span_id = ?", f.spanId());
        condition(sql, args, "detector = ?", f.detector());
        condition(sql, args, "type = ?", f.type());
        condition(sql, args, "action = ?", f.verdict());
        if (f.from() != null) condition(sql, args, "span_start_time >= ?", SqlTime.toSql(f.from()));
        if (f.to() != null) condition(sql, args, "span_start_time < ?", SqlTime.toSql(f.to()));
        if (f.cursor() != null) {
            sql.append(" AND (epoch_us(span_start_time), span_key, seq) < (?, ?, ?)");
            args.add(f.cursor().startMicros());
            args.add(f.cursor().spanKey());
            args.add(f.cursor().seq());
        }
        sql.append(" ORDER BY span_start_time DESC, span_key DESC, seq DESC LIMIT ?");
        args.add(f.limit() + 1);
        return jdbc.query(sql.toString(), (rs, i) -> new Object[] {
                new StoredFinding(rs.getString("trace_id"), rs.getString("span_id"), SqlTime.read(rs, "span_start_time"),
                        rs.getString("action"), rs.getString("detector"), rs.getString("type"), rs.getString("segment"),
                        rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getDouble("confidence"), rs.getString("reason")),
                new FindingCursor(rs.getLong("start_us"), rs.getObject("span_key", UUID.class), rs.getInt("seq"))},
                args.toArray());
    }

    List<SpanScan> scansOfTrace(UUID projectId, String traceId) {
        return jdbc.query("SELECT trace_id, span_id, action, decided_by, policy_version, scores, flagged, finding_count, scanned_at "
                        + "FROM guard_scans WHERE project_id = ? AND trace_id = ? ORDER BY span_start_time, span_id",
                (rs, i) -> new SpanScan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), stringList(rs.getArray(7)), rs.getInt(8), SqlTime.read(rs, 9)),
                projectId, traceId);
    }

    private static List<String> stringList(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) out.add(String.valueOf(o));
        return out;
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value == null) return;
        sql.append(" AND ").append(clause);
        args.add(value);
    }
}
