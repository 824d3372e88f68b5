package io.trustplane.server.monitoring.registry;

import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Models and their versions in the store; every query is scoped by the project. */
@Repository
public class ModelRepository {
    private static final String MODEL_COLUMNS = "id, name, task, positive_class, description, features, protected_attributes, card, "
            + "archived, created_at, updated_at";
    private static final String VERSION_COLUMNS = "v.id, m.name, v.version, v.stage, v.endpoints, v.notes, v.created_at, v.updated_at, "
            + "v.stage_changed_at";
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<List<ModelVersion.Endpoint>> ENDPOINTS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ModelRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static String key(String nameOrVersion) {
        return nameOrVersion.toLowerCase(Locale.ROOT);
    }

    /** The model named {@code name} (in any case) in the project. */
    public Optional<Model> model(UUID projectId, String name) {
        return jdbc.query("SELECT " + MODEL_COLUMNS + " FROM models WHERE project_id = ? AND name_key = ?", this::mapModel,
                projectId, key(name)).stream().findFirst();
    }

    /** A page of models ordered by name, those after {@code afterNameKey}; archived ones only when asked. */
    List<Model> models(UUID projectId, boolean includeArchived, String afterNameKey, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId));
        String sql = "SELECT " + MODEL_COLUMNS + " FROM models WHERE project_id = ?";
        if (!includeArchived) sql += " AND NOT archived";
        if (afterNameKey != null) {
            sql += " AND name_key > ?";
            args.add(afterNameKey);
        }
        args.add(limit);
        return jdbc.query(sql + " ORDER BY name_key LIMIT ?", this::mapModel, args.toArray());
    }

    void insert(UUID projectId, Model m) {
        jdbc.update("INSERT INTO models (id, project_id, name, name_key, task, positive_class, description, features, "
                        + "protected_attributes, card, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), projectId, m.name(), key(m.name()), m.task(), m.positiveClass(), m.description(),
                json.writeValueAsString(m.features()), json.writeValueAsString(m.protectedAttributes()), json.writeValueAsString(m.card()),
                m.archived(), SqlTime.toSql(m.createdAt()), SqlTime.toSql(m.updatedAt()));
    }

    /** Writes the mutable fields of {@code m} (description, declarations, card, archived). */
    void update(UUID projectId, Model m) {
        jdbc.update("UPDATE models SET description = ?, features = ?, protected_attributes = ?, card = ?, archived = ?, updated_at = ? "
                        + "WHERE project_id = ? AND id = ?",
                m.description(), json.writeValueAsString(m.features()), json.writeValueAsString(m.protectedAttributes()),
                json.writeValueAsString(m.card()), m.archived(), SqlTime.toSql(m.updatedAt()), projectId, m.id());
    }

    Optional<ModelVersion> version(UUID projectId, UUID modelId, String version) {
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM model_versions v JOIN models m ON m.id = v.model_id "
                        + "WHERE v.project_id = ? AND v.model_id = ? AND v.version_key = ?", this::mapVersion,
                projectId, modelId, key(version)).stream().findFirst();
    }

    /** A page of a model's versions, newest first (ids are time-ordered), those before {@code beforeId}. */
    List<ModelVersion> versions(UUID projectId, UUID modelId, UUID beforeId, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId, modelId));
        String sql = "SELECT " + VERSION_COLUMNS + " FROM model_versions v JOIN models m ON m.id = v.model_id "
                + "WHERE v.project_id = ? AND v.model_id = ?";
        if (beforeId != null) {
            sql += " AND v.id < ?";
            args.add(beforeId);
        }
        args.add(limit);
        return jdbc.query(sql + " ORDER BY v.id DESC LIMIT ?", this::mapVersion, args.toArray());
    }

    /** The model's versions in {@code stage}. */
    List<ModelVersion> versionsIn(UUID projectId, UUID modelId, Stage stage) {
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM model_versions v JOIN models m ON m.id = v.model_id "
                + "WHERE v.project_id = ? AND v.model_id = ? AND v.stage = ? ORDER BY v.id", this::mapVersion, projectId, modelId, stage.wireName());
    }

    void insertVersion(UUID projectId, UUID modelId, ModelVersion v) {
        jdbc.update("INSERT INTO model_versions (id, project_id, model_id, version, version_key, stage, endpoints, notes, created_at, "
                        + "updated_at, stage_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.id(), projectId, modelId, v.version(), key(v.version()), v.stage(), json.writeValueAsString(v.endpoints()), v.notes(),
                SqlTime.toSql(v.createdAt()), SqlTime.toSql(v.updatedAt()), SqlTime.toSql(v.stageChangedAt()));
    }

    /** Writes the mutable fields of {@code v} (stage, endpoints, notes and their times). */
    void updateVersion(UUID projectId, ModelVersion v) {
        jdbc.update("UPDATE model_versions SET stage = ?, endpoints = ?, notes = ?, updated_at = ?, stage_changed_at = ? "
                        + "WHERE project_id = ? AND id = ?",
                v.stage(), json.writeValueAsString(v.endpoints()), v.notes(), SqlTime.toSql(v.updatedAt()),
                SqlTime.toSql(v.stageChangedAt()), projectId, v.id());
    }

    private Model mapModel(ResultSet rs, int row) throws SQLException {
        Map<String, String> features = json.readValue(rs.getString("features"), STRING_MAP);
        List<String> protectedAttributes = json.readValue(rs.getString("protected_attributes"), STRING_LIST);
        JsonNode card = json.readTree(rs.getString("card"));
        return new Model(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("task"), rs.getString("positive_class"),
                rs.getString("description"), features, protectedAttributes, card, rs.getBoolean("archived"),
                SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));
    }

    private ModelVersion mapVersion(ResultSet rs, int row) throws SQLException {
        Instant created = SqlTime.read(rs, 7);
        return new ModelVersion(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                json.readValue(rs.getString(5), ENDPOINTS), rs.getString(6), created, SqlTime.read(rs, 8), SqlTime.read(rs, 9));
    }
}
