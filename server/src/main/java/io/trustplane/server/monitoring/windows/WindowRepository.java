package io.trustplane.server.monitoring.windows;

import io.trustplane.core.monitoring.performance.ClassificationAccumulator;
import io.trustplane.core.monitoring.performance.RegressionAccumulator;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.NumericProfile;
import io.trustplane.server.store.SqlTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code monitoring_windows}: read and written inside the projector's transaction, read by the monitoring APIs. */
@Repository
public class WindowRepository {
    private static final String COLUMNS = "window_start, predictions, errors, labelled, latency, performance, fairness";

    private final JdbcTemplate jdbc;

    public WindowRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored window: its hour and its aggregates. */
    public record StoredWindow(Instant start, WindowState state) {
    }

    /** The window's current aggregates, or an empty state if it has none yet. */
    WindowState load(Connection tx, WindowKey key) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("SELECT " + COLUMNS + ", features FROM monitoring_windows "
                + "WHERE version_id = ? AND window_start = ? AND segment = ?")) {
            s.setObject(1, key.versionId());
            s.setObject(2, SqlTime.toSql(key.windowStart()));
            s.setString(3, key.segment());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? state(rs, true) : new WindowState();
            }
        }
    }

    void save(Connection tx, WindowKey key, WindowState state) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("INSERT OR REPLACE INTO monitoring_windows (version_id, window_start, "
                + "segment, predictions, errors, labelled, latency, performance, fairness, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, key.versionId());
            s.setObject(2, SqlTime.toSql(key.windowStart()));
            s.setString(3, key.segment());
            s.setLong(4, state.predictions);
            s.setLong(5, state.errors);
            s.setLong(6, state.labelled);
            s.setBytes(7, state.latency == null ? null : state.latency.toBytes());
            s.setBytes(8, state.classification != null ? state.classification.toBytes()
                    : state.regression != null ? state.regression.toBytes() : null);
            s.setBytes(9, state.fairness.isEmpty() ? null : FairnessCodec.toBytes(state.fairness));
            s.setBytes(10, state.features == null ? null : state.features.toBytes());
            s.executeUpdate();
        }
    }

    /**
     * The version's windows of one segment whose hour starts in {@code [from, to)}, oldest first. The feature profiles
     * (the largest column) are read only when asked for.
     */
    public List<StoredWindow> read(UUID versionId, Instant from, Instant to, String segment, boolean withFeatures) {
        String sql = "SELECT " + COLUMNS + (withFeatures ? ", features" : "") + " FROM monitoring_windows "
                + "WHERE version_id = ? AND segment = ? AND window_start >= ? AND window_start < ? ORDER BY window_start";
        List<StoredWindow> windows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            windows.add(new StoredWindow(SqlTime.read(rs, "window_start"), state(rs, withFeatures)));
        }, versionId, segment, SqlTime.toSql(from), SqlTime.toSql(to));
        return windows;
    }

    /** The segments the version's windows in {@code [from, to)} have, other than {@link WindowKey#ALL}, sorted. */
    public List<String> segments(UUID versionId, Instant from, Instant to) {
        return jdbc.queryForList("SELECT DISTINCT segment FROM monitoring_windows WHERE version_id = ? AND segment <> '' "
                + "AND window_start >= ? AND window_start < ? ORDER BY segment", String.class, versionId, SqlTime.toSql(from),
                SqlTime.toSql(to));
    }

    private static WindowState state(ResultSet rs, boolean withFeatures) throws SQLException {
        WindowState state = new WindowState();
        state.predictions = rs.getLong("predictions");
        state.errors = rs.getLong("errors");
        state.labelled = rs.getLong("labelled");
        byte[] latency = rs.getBytes("latency");
        if (latency != null) state.latency = NumericProfile.fromBytes(latency);
        byte[] performance = rs.getBytes("performance");
        if (performance != null) {
            // the two formats start with different magic numbers ("TPCA", "TPRA")
            if (performance.length >= 4 && performance[2] == 'C') state.classification = ClassificationAccumulator.fromBytes(performance);
            else state.regression = RegressionAccumulator.fromBytes(performance);
        }
        byte[] fairness = rs.getBytes("fairness");
        if (fairness != null) state.fairness.putAll(FairnessCodec.fromBytes(fairness));
        if (withFeatures) {
            byte[] features = rs.getBytes("features");
            if (features != null) state.features = DatasetProfile.fromBytes(features);
        }
        return state;
    }
}
