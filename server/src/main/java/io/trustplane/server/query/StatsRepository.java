package io.trustplane.server.query;

import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Time-bucketed span statistics. One statement computes the buckets and the totals with GROUPING SETS,
 * so percentiles of the totals are exact (computed over all spans, not merged from buckets).
 * Percentiles interpolate linearly ({@code quantile_cont}), like NumPy's default.
 */
@Repository
public class StatsRepository {
    /** Whitelisted grouping columns: the only values ever placed into the SQL text. */
    static final Map<String, String> GROUP_COLUMNS = Map.of("model", "s.model", "provider", "s.provider");

    private final JdbcTemplate jdbc;

    public StatsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record StatsQuery(Instant from, Instant to, Duration interval, String groupBy, String model, String provider,
                      String kind) {
        long bucketCount() {
            long micros = Duration.between(from, to).toNanos() / 1000;
            long width = interval.toNanos() / 1000;
            return (micros + width - 1) / width;
        }
    }

    public StatsResult stats(UUID projectId, StatsQuery q) {
        String group = q.groupBy() == null ? "NULL::VARCHAR" : GROUP_COLUMNS.get(q.groupBy());
        List<Object> args = new ArrayList<>();
        long fromMicros = micros(q.from());
        long widthMicros = q.interval().toNanos() / 1000;
        args.add(fromMicros);
        args.add(widthMicros);
        StringBuilder where = new StringBuilder("s.project_id = ? AND s.start_time >= ? AND s.start_time < ?");
        args.add(projectId);
        args.add(SqlTime.toSql(q.from()));
        args.add(SqlTime.toSql(q.to()));
        for (var filter : new String[][] {{"model", q.model()}, {"provider", q.provider()}, {"kind", q.kind()}}) {
            if (filter[1] != null) {
                where.append(" AND s.").append(filter[0]).append(" = ?");
                args.add(filter[1]);
            }
        }
        String sql = """
                SELECT %s AS grp,
                       (epoch_us(s.start_time) - ?) // ? AS bucket,
                       GROUPING(bucket) AS is_total,
                       count(*) AS requests,
                       count(*) FILTER (WHERE s.status = 'error') AS errors,
                       quantile_cont(s.duration_ms, [0.5, 0.95, 0.99]) AS latency,
                       coalesce(sum(s.input_tokens), 0) AS input_tokens,
                       coalesce(sum(s.output_tokens), 0) AS output_tokens,
                       coalesce(sum(s.total_tokens), 0) AS total_tokens,
                       coalesce(sum(s.cost), 0) AS cost,
                       count(g.span_key) AS guard_scanned,
                       count(*) FILTER (WHERE g.action = 'flag') AS guard_flagged,
                       count(*) FILTER (WHERE g.action = 'redact') AS guard_redacted,
                       count(*) FILTER (WHERE g.action = 'block') AS guard_blocked
                FROM spans s LEFT JOIN guard_scans g ON g.span_key = s.span_key
                WHERE %s
                GROUP BY GROUPING SETS ((grp, bucket), (grp))
                """.formatted(group, where);

        Map<String, List<StatsBucket>> buckets = new LinkedHashMap<>();
        Map<String, StatsBucket> totals = new LinkedHashMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            String key = rs.getString("grp");
            boolean isTotal = rs.getInt("is_total") == 1;
            Instant start = isTotal ? q.from() : q.from().plus(q.interval().multipliedBy(rs.getLong("bucket")));
            StatsBucket bucket = bucket(rs, start);
            if (isTotal) totals.put(key, bucket);
            else buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(bucket);
        }, args.toArray());

        List<StatsResult.Series> series = new ArrayList<>();
        for (Map.Entry<String, StatsBucket> total : totals.entrySet()) {
            series.add(new StatsResult.Series(total.getKey(),
                    zeroFilled(buckets.getOrDefault(total.getKey(), List.of()), q), total.getValue()));
        }
        if (series.isEmpty() && q.groupBy() == null) {
            series.add(new StatsResult.Series(null, zeroFilled(List.of(), q), StatsBucket.empty(q.from())));
        }
        series.sort(Comparator.comparingLong((StatsResult.Series s) -> -s.totals().requestCount())
                .thenComparing(s -> s.group() == null ? "" : s.group()));
        return new StatsResult(q.from(), q.to(), q.interval(), q.groupBy(), series);
    }

    private static List<StatsBucket> zeroFilled(List<StatsBucket> present, StatsQuery q) {
        Map<Instant, StatsBucket> byStart = new LinkedHashMap<>();
        present.forEach(b -> byStart.put(b.start(), b));
        List<StatsBucket> all = new ArrayList<>();
        for (long i = 0; i < q.bucketCount(); i++) {
            Instant start = q.from().plus(q.interval().multipliedBy(i));
            all.add(byStart.getOrDefault(start, StatsBucket.empty(start)));
        }
        return all;
    }

    private static StatsBucket bucket(ResultSet rs, Instant start) throws SQLException {
        long requests = rs.getLong("requests");
        long errors = rs.getLong("errors");
        Object[] latency = rs.getArray("latency") == null ? null : (Object[]) rs.getArray("latency").getArray();
        return new StatsBucket(start, requests, errors, requests == 0 ? 0 : (double) errors / requests,
                percentile(latency, 0), percentile(latency, 1), percentile(latency, 2),
                rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getLong("total_tokens"), rs.getDouble("cost"),
                new StatsBucket.Guard(rs.getLong("guard_scanned"), rs.getLong("guard_flagged"), rs.getLong("guard_redacted"),
                        rs.getLong("guard_blocked")));
    }

    private static Double percentile(Object[] values, int index) {
        return values == null || values[index] == null ? null : ((Number) values[index]).doubleValue();
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
