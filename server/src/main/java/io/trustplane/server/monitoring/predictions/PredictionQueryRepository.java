package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored predictions of a model version with their ground truth, scoped by the project. */
@Repository
public class PredictionQueryRepository {
    private static final String FROM = " FROM predictions p JOIN models m ON m.id = p.model_id "
            + "LEFT JOIN ground_truth g ON g.outcome_key = p.outcome_key WHERE p.project_id = ? AND p.version_id = ?";
    private final JdbcTemplate jdbc;
    private final PredictionRows rows;

    public PredictionQueryRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = new PredictionRows(json);
    }

    /** Newest first, by time then id; {@code before} is the last row of the previous page (null for the first). */
    List<PredictionView> page(UUID projectId, UUID versionId, Instant from, Instant to, PredictionCursor before, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId, versionId));
        StringBuilder sql = new StringBuilder("SELECT " + PredictionRows.PREDICTION + ", " + PredictionRows.GROUND_TRUTH + FROM);
        range(sql, args, from, to);
        if (before != null) {
            sql.append(" AND (p.prediction_time < ? OR (p.prediction_time = ? AND p.prediction_id < ?))");
            args.add(SqlTime.toSql(before.time()));
            args.add(SqlTime.toSql(before.time()));
            args.add(before.id());
        }
        sql.append(" ORDER BY p.prediction_time DESC, p.prediction_id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> {
            ProjectedPrediction p = rows.prediction(rs);
            return PredictionView.of(p, rows.groundTruth(rs, p));
        }, args.toArray());
    }

    /** Counts of a version's predictions in the range. */
    public record Summary(long predictions, long withGroundTruth, long errors, Instant firstTime, Instant lastTime) {
    }

    Summary summary(UUID projectId, UUID versionId, Instant from, Instant to) {
        List<Object> args = new ArrayList<>(List.of(projectId, versionId));
        StringBuilder sql = new StringBuilder("SELECT count(*), count(g.outcome_key), count(p.error), min(p.prediction_time), "
                + "max(p.prediction_time)" + FROM);
        range(sql, args, from, to);
        return jdbc.queryForObject(sql.toString(), (rs, i) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                SqlTime.read(rs, 4), SqlTime.read(rs, 5)), args.toArray());
    }

    private static void range(StringBuilder sql, List<Object> args, Instant from, Instant to) {
        if (from != null) {
            sql.append(" AND p.prediction_time >= ?");
            args.add(SqlTime.toSql(from));
        }
        if (to != null) {
            sql.append(" AND p.prediction_time < ?");
            args.add(SqlTime.toSql(to));
        }
    }
}
