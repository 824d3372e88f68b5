package io.trustplane.server.query;

import io.trustplane.server.store.SqlTime;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trace queries over the {@code spans} table. A trace is the group of a project's spans sharing a trace
 * id; its summary is aggregated on the fly (DuckDB groups a million spans in a fraction of a second).
 * Every statement is parameterised and scoped by project.
 */
@Repository
public class TraceQueryRepository {
    /** Root first (no parent), then earliest: the span that names and previews the trace. */
    private static final String ROOT_ORDER = "(parent_span_id IS NOT NULL, start_time, span_id)";

    private static final String SUMMARY_COLUMNS = """
            trace_id,
            arg_min(name, %1$s) AS name,
            min(start_time) AS start_time,
            max(coalesce(end_time, start_time)) AS end_time,
            count(*) AS span_count,
            count(*) FILTER (WHERE status = 'error') AS error_count,
            count(*) FILTER (WHERE status = 'ok') AS ok_count,
            list_sort(list_distinct(list(model) FILTER (WHERE model IS NOT NULL))) AS models,
            list_sort(list_distinct(list(provider) FILTER (WHERE provider IS NOT NULL))) AS providers,
            arg_min(user_id, start_time) FILTER (WHERE user_id IS NOT NULL) AS user_id,
            arg_min(session_id, start_time) FILTER (WHERE session_id IS NOT NULL) AS session_id,
            list_sort(list_distinct(flatten(list(tags)))) AS tags,
            sum(input_tokens) AS input_tokens,
            sum(output_tokens) AS output_tokens,
            sum(total_tokens) AS total_tokens,
            sum(cost) AS cost,
            arg_min(left(input, 2000), %1$s) FILTER (WHERE input IS NOT NULL) AS input_head,
            arg_min(left(output, 2000), %1$s) FILTER (WHERE output IS NOT NULL) AS output_head
            """.formatted(ROOT_ORDER);

    private static final String TRACE_STATUS =
            "CASE WHEN error_count > 0 THEN 'error' WHEN ok_count > 0 THEN 'ok' ELSE 'unset' END";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public TraceQueryRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One page of traces, newest first; returns up to {@code limit + 1} rows so the caller knows if more follow. */
    List<TraceSummary> list(UUID projectId, TraceFilter filter) {
        List<Object> args = new ArrayList<>();
        StringBuilder spanWhere = new StringBuilder("project_id = ?");
        args.add(projectId);
        if (filter.from() != null) {
            // A trace starts at or after 'from' exactly when all of its spans do, so this prunes spans early.
            spanWhere.append(" AND start_time >= ?");
            args.add(SqlTime.toSql(filter.from()));
        }
        matchAnySpan(spanWhere, args, projectId, "model = ?", filter.model());
        matchAnySpan(spanWhere, args, projectId, "provider = ?", filter.provider());
        matchAnySpan(spanWhere, args, projectId, "user_id = ?", filter.userId());
        matchAnySpan(spanWhere, args, projectId, "session_id = ?", filter.sessionId());
        for (String tag : filter.tags()) {
            matchAnySpan(spanWhere, args, projectId, "list_contains(tags, ?)", tag);
        }
        if (filter.text() != null) {
            String needle = filter.text().toLowerCase(java.util.Locale.ROOT);
            spanWhere.append(" AND trace_id IN (SELECT trace_id FROM spans WHERE project_id = ? AND "
                    + "(contains(lower(input), ?) OR contains(lower(output), ?)))");
            args.addAll(List.of(projectId, needle, needle));
        }

        StringBuilder traceWhere = new StringBuilder("TRUE");
        if (filter.to() != null) {
            traceWhere.append(" AND start_time < ?");
            args.add(SqlTime.toSql(filter.to()));
        }
        if (filter.status() != null) {
            traceWhere.append(" AND ").append(TRACE_STATUS).append(" = ?");
            args.add(filter.status());
        }
        if (filter.cursor() != null) {
            traceWhere.append(" AND (epoch_us(start_time) < ? OR (epoch_us(start_time) = ? AND trace_id < ?))");
            args.addAll(List.of(filter.cursor().startMicros(), filter.cursor().startMicros(), filter.cursor().traceId()));
        }
        args.add(filter.limit() + 1);
        String sql = "WITH traces AS (SELECT " + SUMMARY_COLUMNS + " FROM spans WHERE " + spanWhere
                + " GROUP BY trace_id) SELECT * FROM traces WHERE " + traceWhere
                + " ORDER BY start_time DESC, trace_id DESC LIMIT ?";
        return jdbc.query(sql, this::summary, args.toArray());
    }

    private static void matchAnySpan(StringBuilder where, List<Object> args, UUID projectId, String condition, Object value) {
        if (value == null) return;
        where.append(" AND trace_id IN (SELECT trace_id FROM spans WHERE project_id = ? AND ").append(condition).append(')');
        args.add(projectId);
        args.add(value);
    }

    Optional<TraceSummary> summary(UUID projectId, String traceId) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM spans WHERE project_id = ? AND trace_id = ? GROUP BY trace_id",
                this::summary, projectId, traceId).stream().findFirst();
    }

    List<Map<String, Object>> spans(UUID projectId, String traceId) {
        return jdbc.queryForList("SELECT span_id, parent_span_id, name, kind, start_time, end_time, duration_ms, status, "
                + "status_message, model, provider, input, output, input_tokens, output_tokens, total_tokens, cost, "
                + "user_id, session_id, tags, attributes FROM spans WHERE project_id = ? AND trace_id = ? "
                + "ORDER BY start_time, span_id", projectId, traceId);
    }

    private TraceSummary summary(ResultSet rs, int row) throws SQLException {
        Instant start = SqlTime.read(rs, "start_time");
        Instant end = SqlTime.read(rs, "end_time");
        long errors = rs.getLong("error_count");
        long ok = rs.getLong("ok_count");
        return new TraceSummary(
                rs.getString("trace_id"),
                rs.getString("name"),
                start,
                end,
                java.time.Duration.between(start, end).toNanos() / 1_000_000.0,
                rs.getLong("span_count"),
                errors,
                errors > 0 ? "error" : ok > 0 ? "ok" : "unset",
                strings(rs.getArray("models")),
                strings(rs.getArray("providers")),
                rs.getString("user_id"),
                rs.getString("session_id"),
                strings(rs.getArray("tags")),
                nullableLong(rs, "input_tokens"),
                nullableLong(rs, "output_tokens"),
                nullableLong(rs, "total_tokens"),
                nullableDouble(rs, "cost"),
                Previews.of(json, rs.getString("input_head")),
                Previews.of(json, rs.getString("output_head")));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
