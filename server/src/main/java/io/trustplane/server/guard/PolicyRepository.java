package io.trustplane.server.guard;

import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Versioned policy documents per project (table {@code guard_policies}). */
@Repository
class PolicyRepository {
    record StoredPolicy(int version, String document, Instant createdAt, String createdBy) {
    }

    private final JdbcTemplate jdbc;

    PolicyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredPolicy> latest(UUID projectId) {
        return jdbc.query("SELECT version, document, created_at, created_by FROM guard_policies WHERE project_id = ? "
                + "ORDER BY version DESC LIMIT 1", (rs, i) -> row(rs), projectId).stream().findFirst();
    }

    Optional<StoredPolicy> version(UUID projectId, int version) {
        return jdbc.query("SELECT version, document, created_at, created_by FROM guard_policies WHERE project_id = ? "
                + "AND version = ?", (rs, i) -> row(rs), projectId, version).stream().findFirst();
    }

    List<StoredPolicy> versions(UUID projectId) {
        return jdbc.query("SELECT version, NULL AS document, created_at, created_by FROM guard_policies "
                + "WHERE project_id = ? ORDER BY version DESC", (rs, i) -> row(rs), projectId);
    }

    /**
     * Saves the next version. Two concurrent saves compute the same next version; the primary key lets only
     * one in and the loser retries, so versions stay gap-free and ordered.
     */
    int insertNext(UUID projectId, String document, Instant now, String createdBy) {
        for (int attempt = 0; ; attempt++) {
            Integer current = jdbc.queryForObject("SELECT coalesce(max(version), 0) FROM guard_policies WHERE project_id = ?",
                    Integer.class, projectId);
            int next = (current == null ? 0 : current) + 1;
            try {
                jdbc.update("INSERT INTO guard_policies (project_id, version, document, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                        projectId, next, document, SqlTime.toSql(now), createdBy);
                return next;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) throw e;
            } catch (org.springframework.dao.DataAccessException e) {
                // DuckDB reports a write-write conflict of concurrent transactions as a generic error
                if (attempt >= 5 || e.getMessage() == null || !e.getMessage().contains("onflict")) throw e;
            }
        }
    }

    private static StoredPolicy row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredPolicy(rs.getInt("version"), rs.getString("document"),
                SqlTime.fromSql(rs.getObject("created_at", java.time.LocalDateTime.class)), rs.getString("created_by"));
    }
}
