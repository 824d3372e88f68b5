package io.trustplane.server.tenancy;

import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Organizations, projects and project keys in the store. */
@Repository
public class TenancyRepository {
    private final JdbcTemplate jdbc;

    public TenancyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organization o) {
        jdbc.update("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)", o.id(), o.name(),
                SqlTime.toSql(o.createdAt()));
    }

    List<Organization> organizations() {
        return jdbc.query("SELECT id, name, created_at FROM organizations ORDER BY created_at, id", this::mapOrganization);
    }

    Optional<Organization> organization(UUID id) {
        return jdbc.query("SELECT id, name, created_at FROM organizations WHERE id = ?", this::mapOrganization, id)
                .stream().findFirst();
    }

    boolean organizationNamed(String name) {
        return count("SELECT count(*) FROM organizations WHERE lower(name) = lower(?)", name) > 0;
    }

    void insert(Project p) {
        jdbc.update("INSERT INTO projects (id, organization_id, name, created_at) VALUES (?, ?, ?, ?)", p.id(),
                p.organizationId(), p.name(), SqlTime.toSql(p.createdAt()));
    }

    List<Project> projects(UUID organizationId) {
        return jdbc.query("SELECT id, organization_id, name, created_at FROM projects WHERE organization_id = ? "
                + "ORDER BY created_at, id", this::mapProject, organizationId);
    }

    Optional<Project> project(UUID id) {
        return jdbc.query("SELECT id, organization_id, name, created_at FROM projects WHERE id = ?", this::mapProject, id)
                .stream().findFirst();
    }

    boolean projectNamed(UUID organizationId, String name) {
        return count("SELECT count(*) FROM projects WHERE organization_id = ? AND lower(name) = lower(?)",
                organizationId, name) > 0;
    }

    void insertKey(UUID id, UUID projectId, String name, String prefix, String keyHash, Instant createdAt) {
        jdbc.update("INSERT INTO api_keys (id, project_id, scope, name, prefix, key_hash, created_at) "
                + "VALUES (?, ?, 'project', ?, ?, ?, ?)", id, projectId, name, prefix, keyHash, SqlTime.toSql(createdAt));
    }

    List<ApiKeyInfo> keys(UUID projectId) {
        return jdbc.query("SELECT id, project_id, name, prefix, created_at, last_used_at, revoked_at FROM api_keys "
                + "WHERE project_id = ? ORDER BY created_at, id", this::mapKey, projectId);
    }

    Optional<ApiKeyInfo> key(UUID projectId, UUID keyId) {
        return jdbc.query("SELECT id, project_id, name, prefix, created_at, last_used_at, revoked_at FROM api_keys "
                + "WHERE project_id = ? AND id = ?", this::mapKey, projectId, keyId).stream().findFirst();
    }

    void revokeKey(UUID keyId, Instant at) {
        jdbc.update("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", SqlTime.toSql(at), keyId);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private Organization mapOrganization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getString("name"), SqlTime.read(rs, "created_at"));
    }

    private Project mapProject(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("name"), SqlTime.read(rs, "created_at"));
    }

    private ApiKeyInfo mapKey(ResultSet rs, int row) throws SQLException {
        return new ApiKeyInfo(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                rs.getString("name"), rs.getString("prefix"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "last_used_at"), SqlTime.read(rs, "revoked_at"));
    }
}
