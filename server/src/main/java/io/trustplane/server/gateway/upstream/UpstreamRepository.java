package io.trustplane.server.gateway.upstream;

import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Upstreams in the store, every query scoped by the project; the credential column only ever holds ciphertext. */
@Repository
class UpstreamRepository {
    private static final String COLUMNS = "id, name, base_url, kind, api_version, models, priority, enabled, connect_timeout_ms, "
            + "read_timeout_ms, max_retries, retry_backoff_ms, credential, credential_hint, created_at, updated_at";
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    UpstreamRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An upstream with its encrypted credential (null when none is set). */
    record Stored(Upstream upstream, String encryptedCredential) {
        @Override
        public String toString() {
            return "Stored[" + upstream.name() + "]";
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    Optional<Stored> find(UUID projectId, String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gateway_upstreams WHERE project_id = ? AND name_key = ?", this::map,
                projectId, key(name)).stream().findFirst();
    }

    /** The project's upstreams in routing order: priority, then creation order. */
    List<Stored> all(UUID projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM gateway_upstreams WHERE project_id = ? ORDER BY priority, created_at, id",
                this::map, projectId);
    }

    int count(UUID projectId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM gateway_upstreams WHERE project_id = ?", Integer.class, projectId);
        return n == null ? 0 : n;
    }

    void insert(UUID projectId, Stored stored) {
        Upstream u = stored.upstream();
        jdbc.update("INSERT INTO gateway_upstreams (id, project_id, name, name_key, base_url, kind, api_version, models, priority, enabled, "
                        + "connect_timeout_ms, read_timeout_ms, max_retries, retry_backoff_ms, credential, credential_hint, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.id(), projectId, u.name(), key(u.name()), u.baseUrl(), u.kind(), u.apiVersion(), json.writeValueAsString(u.models()),
                u.priority(), u.enabled(), u.connectTimeoutMs(), u.readTimeoutMs(), u.maxRetries(), u.retryBackoffMs(),
                stored.encryptedCredential(), u.credential().hint(), SqlTime.toSql(u.createdAt()), SqlTime.toSql(u.updatedAt()));
    }

    void update(UUID projectId, Stored stored) {
        Upstream u = stored.upstream();
        jdbc.update("UPDATE gateway_upstreams SET base_url = ?, kind = ?, api_version = ?, models = ?, priority = ?, enabled = ?, "
                        + "connect_timeout_ms = ?, read_timeout_ms = ?, max_retries = ?, retry_backoff_ms = ?, credential = ?, "
                        + "credential_hint = ?, updated_at = ? WHERE project_id = ? AND id = ?",
                u.baseUrl(), u.kind(), u.apiVersion(), json.writeValueAsString(u.models()), u.priority(), u.enabled(),
                u.connectTimeoutMs(), u.readTimeoutMs(), u.maxRetries(), u.retryBackoffMs(), stored.encryptedCredential(),
                u.credential().hint(), SqlTime.toSql(u.updatedAt()), projectId, u.id());
    }

    void delete(UUID projectId, UUID id) {
        jdbc.update("DELETE FROM gateway_upstreams WHERE project_id = ? AND id = ?", projectId, id);
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        String credential = rs.getString("credential");
        Upstream upstream = new Upstream(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("base_url"),
                rs.getString("kind"), rs.getString("api_version"), json.readValue(rs.getString("models"), STRING_MAP),
                rs.getInt("priority"), rs.getBoolean("enabled"), integer(rs, "connect_timeout_ms"), integer(rs, "read_timeout_ms"),
                integer(rs, "max_retries"), integer(rs, "retry_backoff_ms"),
                new Upstream.Credential(credential != null, rs.getString("credential_hint")),
                SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));
        return new Stored(upstream, credential);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
