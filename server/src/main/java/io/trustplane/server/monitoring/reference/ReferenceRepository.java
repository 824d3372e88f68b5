package io.trustplane.server.monitoring.reference;

import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.server.store.SqlTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code reference_profiles}: one per model version, replaced as a whole. */
@Repository
public class ReferenceRepository {
    private final JdbcTemplate jdbc;

    public ReferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID projectId, ReferenceProfile reference) {
        jdbc.update("INSERT OR REPLACE INTO reference_profiles (version_id, project_id, source, source_version, range_from, "
                        + "range_to, rows, profile, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference.versionId(), projectId, reference.source(), reference.sourceVersion(),
                reference.from() == null ? null : SqlTime.toSql(reference.from()),
                reference.to() == null ? null : SqlTime.toSql(reference.to()), reference.rows(), reference.profile().toBytes(),
                SqlTime.toSql(reference.createdAt()));
    }

    /** The version's reference, or null if it has none. */
    public ReferenceProfile find(UUID versionId) {
        List<ReferenceProfile> found = jdbc.query("SELECT * FROM reference_profiles WHERE version_id = ?", (rs, i) ->
                new ReferenceProfile(rs.getObject("version_id", UUID.class), rs.getString("source"), rs.getString("source_version"),
                        rs.getObject("range_from") == null ? null : SqlTime.read(rs, "range_from"),
                        rs.getObject("range_to") == null ? null : SqlTime.read(rs, "range_to"), rs.getLong("rows"),
                        DatasetProfile.fromBytes(rs.getBytes("profile")), SqlTime.read(rs, "created_at")), versionId);
        return found.isEmpty() ? null : found.getFirst();
    }
}
