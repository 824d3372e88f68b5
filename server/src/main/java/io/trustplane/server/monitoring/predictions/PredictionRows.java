package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored predictions (and their ground truth) back into plain Java values, for the projector's aggregate hook
 * and for the query API. Queries select {@link #PREDICTION} and {@link #GROUND_TRUTH} (columns of {@code predictions p},
 * {@code models m} and {@code ground_truth g}) in this order.
 */
final class PredictionRows {
    static final String PREDICTION = "p.project_id, p.model_id, p.version_id, m.task, m.positive_class, p.prediction_id, "
            + "p.prediction_time, p.features, p.label, p.score, p.probabilities, p.value, p.protected_attrs, p.segments, "
            + "p.latency_ms, p.error, p.received_at";
    static final String GROUND_TRUTH = "g.prediction_id, g.label, g.value, g.outcome_time, g.received_at";
    private static final int PREDICTION_COLUMNS = 17;
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_MAP = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Double>> DOUBLE_MAP = new TypeReference<>() { };

    private final JsonMapper json;

    PredictionRows(JsonMapper json) {
        this.json = json;
    }

    ProjectedPrediction prediction(ResultSet rs) throws SQLException {
        Map<String, Object> features = json.readValue(rs.getString(8), OBJECT_MAP);
        features.replaceAll((name, v) -> v instanceof Number n ? n.doubleValue() : v); // stored as written: doubles, strings, booleans
        String probabilities = rs.getString(11);
        return new ProjectedPrediction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                ModelTask.fromWire(rs.getString(4)), rs.getString(5), rs.getString(6), SqlTime.read(rs, 7),
                Collections.unmodifiableMap(features), rs.getString(9), nullableDouble(rs, 10),
                probabilities == null ? null : Collections.unmodifiableMap(json.readValue(probabilities, DOUBLE_MAP)),
                nullableDouble(rs, 12), Collections.unmodifiableMap(json.readValue(rs.getString(13), STRING_MAP)),
                Collections.unmodifiableMap(json.readValue(rs.getString(14), STRING_MAP)), nullableDouble(rs, 15), rs.getString(16),
                SqlTime.read(rs, 17));
    }

    /** The ground truth selected after the prediction's columns, or null when the row has none (a left join). */
    ProjectedGroundTruth groundTruth(ResultSet rs, ProjectedPrediction prediction) throws SQLException {
        int at = PREDICTION_COLUMNS + 1;
        if (rs.getString(at) == null) return null;
        return new ProjectedGroundTruth(prediction.projectId(), prediction.modelId(), rs.getString(at), rs.getString(at + 1),
                nullableDouble(rs, at + 2), SqlTime.read(rs, at + 3), SqlTime.read(rs, at + 4));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
