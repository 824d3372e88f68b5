package io.trustplane.server.monitoring.analysis;

import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Positive and negative human ratings of a project per bucket: an LLM application's quality signal. */
@Repository
public class FeedbackSignal {
    private final JdbcTemplate jdbc;

    public FeedbackSignal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ratings of one bucket judged positive and negative (ratings that are neither are not counted). */
    public record Ratings(long positive, long negative) {
        public long judged() {
            return positive + negative;
        }
    }

    /** Ratings per bucket start, for the buckets that have any. */
    public Map<Instant, Ratings> perBucket(UUID projectId, WindowRange range, TrustProperties.Feedback settings) {
        List<Object> args = new ArrayList<>();
        String positive = labelCondition(settings.positiveLabels(), args);
        String negative = labelCondition(settings.negativeLabels(), args);
        String scorePositive = "FALSE";
        String scoreNegative = "FALSE";
        if (settings.positiveScoreAtLeast() != null) {
            scorePositive = "(label IS NULL AND score >= " + settings.positiveScoreAtLeast() + ")";
            scoreNegative = "(label IS NULL AND score < " + settings.positiveScoreAtLeast() + ")";
        }
        long width = range.interval().toSeconds() * 1_000_000L;
        String sql = "SELECT (epoch_us(created_at) - ?) // ? AS bucket, "
                + "count(*) FILTER (WHERE " + positive + " OR " + scorePositive + ") AS positive, "
                + "count(*) FILTER (WHERE " + negative + " OR " + scoreNegative + ") AS negative "
                + "FROM feedback WHERE project_id = ? AND kind = 'rating' AND created_at >= ? AND created_at < ? GROUP BY bucket";
        List<Object> all = new ArrayList<>();
        all.add(range.from().getEpochSecond() * 1_000_000L);
        all.add(width);
        all.addAll(args);
        all.add(projectId);
        all.add(SqlTime.toSql(range.from()));
        all.add(SqlTime.toSql(range.to()));
        Map<Instant, Ratings> byBucket = new HashMap<>();
        jdbc.query(sql, rs -> {
            Instant start = range.from().plus(range.interval().multipliedBy(rs.getLong("bucket")));
            byBucket.put(start, new Ratings(rs.getLong("positive"), rs.getLong("negative")));
        }, all.toArray());
        return byBucket;
    }

    private static String labelCondition(List<String> labels, List<Object> args) {
        if (labels.isEmpty()) return "FALSE";
        StringBuilder in = new StringBuilder("lower(label) IN (");
        for (int i = 0; i < labels.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
            args.add(labels.get(i).toLowerCase(Locale.ROOT));
        }
        return in.append(")").toString();
    }
}
