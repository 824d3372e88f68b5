package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.FieldChecks;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.monitoring.registry.FeatureKind;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelTask;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a prediction batch against its model: the prediction's shape follows the task (a class label for
 * classifiers, a value for regressors), feature values follow their declared kinds, protected attributes must be
 * declared. Undeclared features are accepted as sent (declare them to have their kinds checked).
 */
public final class PredictionParser {
    static final int MAX_ID = 256;
    static final int MAX_ERROR = 4096;
    static final int MAX_SEGMENTS = 32;
    /** Probabilities may be a top-k subset, so they must sum to at most 1 (with room for floating-point rounding). */
    static final double PROBABILITY_SUM_TOLERANCE = 1e-3;
    private static final Set<String> FIELDS = Set.of("id", "time", "features", "prediction", "protected", "segments", "latencyMs", "error");
    private static final Set<String> PREDICTION_FIELDS = Set.of("label", "score", "probabilities", "value");

    private final JsonMapper json;
    private final MonitoringProperties limits;

    public PredictionParser(JsonMapper json, MonitoringProperties limits) {
        this.json = json;
        this.limits = limits;
    }

    /** The batch's predictions (times default to {@code receivedAt}); throws a 400 listing every problem. */
    List<LoggedPrediction> parse(byte[] body, Model model, Instant receivedAt) {
        FieldChecks checks = new FieldChecks();
        List<LoggedPrediction> predictions = BatchEnvelope.read(json, body, "predictions", limits.maxPredictionsPerRequest(), checks,
                (item, path, c) -> new Item(item, path, c, model, receivedAt, true).read());
        checks.throwIfInvalid("the prediction batch");
        return predictions;
    }

    /**
     * A reference dataset, {@code {"rows": [...]}}: rows in the prediction format, whose {@code id} is optional (they
     * are profiled, not stored); throws a 400 listing every problem.
     */
    public List<LoggedPrediction> parseDataset(byte[] body, Model model, int maxRows, Instant receivedAt) {
        FieldChecks checks = new FieldChecks();
        List<LoggedPrediction> rows = BatchEnvelope.read(json, body, "rows", maxRows, checks,
                (item, path, c) -> new Item(item, path, c, model, receivedAt, false).read());
        checks.throwIfInvalid("the reference dataset");
        return rows;
    }

    /** One prediction object under validation. */
    private final class Item {
        private final JsonNode node;
        private final String path;
        private final FieldChecks checks;
        private final Model model;
        private final Instant receivedAt;
        private final int errorsBefore;
        private final boolean idRequired;

        Item(JsonNode node, String path, FieldChecks checks, Model model, Instant receivedAt, boolean idRequired) {
            this.node = node;
            this.path = path;
            this.checks = checks;
            this.model = model;
            this.receivedAt = receivedAt;
            this.errorsBefore = checks.count();
            this.idRequired = idRequired;
        }

        LoggedPrediction read() {
            checks.onlyKnown(node, path, FIELDS, "a prediction");
            String id = checks.text(node.get("id"), at("id"), MAX_ID, idRequired);
            Instant time = BatchEnvelope.time(node.get("time"), at("time"), receivedAt, checks);
            Map<String, Object> features = features();
            String error = checks.text(node.get("error"), at("error"), MAX_ERROR, false);
            Double latency = checks.number(node.get("latencyMs"), at("latencyMs"));
            if (latency != null && latency < 0) checks.error(at("latencyMs"), "must not be negative");
            Map<String, String> protectedAttributes = strings("protected", limits.maxValueLength(), Integer.MAX_VALUE);
            for (String attribute : protectedAttributes.keySet()) {
                if (!model.protectedAttributes().contains(attribute)) {
                    checks.error(FieldChecks.path(at("protected"), attribute), "is not a declared protected attribute of model '"
                            + model.name() + "' (declared: " + model.protectedAttributes() + "); add it with PATCH /api/v1/models/" + model.name());
                }
            }
            Map<String, String> segments = strings("segments", limits.maxValueLength(), MAX_SEGMENTS);
            JsonNode prediction = checks.object(node.get("prediction"), at("prediction"));
            if (prediction == null && error == null && !node.has("prediction")) {
                checks.error(at("prediction"), "is required unless the call failed (then send \"error\")");
            }
            Outcome outcome = prediction == null ? new Outcome(null, null, null, null) : prediction(prediction, at("prediction"));
            if (checks.count() > errorsBefore) return null;
            return new LoggedPrediction(id, time, features, outcome.label, outcome.score, outcome.probabilities, outcome.value,
                    protectedAttributes, segments, latency, error);
        }

        private record Outcome(String label, Double score, Map<String, Double> probabilities, Double value) {
        }

        private Outcome prediction(JsonNode prediction, String where) {
            checks.onlyKnown(prediction, where, PREDICTION_FIELDS, "a prediction's outcome");
            ModelTask task = model.taskType();
            if (task == ModelTask.REGRESSION) {
                for (String field : List.of("label", "score", "probabilities")) {
                    if (prediction.has(field)) checks.error(FieldChecks.path(where, field), "is not used by a regression model; send \"value\"");
                }
                Double value = checks.number(prediction.get("value"), FieldChecks.path(where, "value"));
                if (value == null && !prediction.hasNonNull("value")) checks.error(FieldChecks.path(where, "value"), "is required for a regression model");
                return new Outcome(null, null, null, value);
            }
            if (prediction.has("value")) {
                checks.error(FieldChecks.path(where, "value"), "is not used by a " + task.wireName() + " model; send \"label\"");
            }
            JsonNode labelNode = prediction.get("label");
            String label = null;
            if (labelNode != null && !labelNode.isNull() && !labelNode.isString()) {
                checks.error(FieldChecks.path(where, "label"), "must be a string (the class label, e.g. \"" + labelNode.asString() + "\")");
            } else {
                label = checks.text(labelNode, FieldChecks.path(where, "label"), limits.maxValueLength(), true);
            }
            Double score = probability(prediction.get("score"), FieldChecks.path(where, "score"));
            Map<String, Double> probabilities = probabilities(prediction.get("probabilities"), FieldChecks.path(where, "probabilities"));
            return new Outcome(label, score, probabilities, null);
        }

        private Map<String, Double> probabilities(JsonNode node, String where) {
            JsonNode object = checks.object(node, where);
            if (object == null) return null;
            if (object.size() > limits.maxClasses()) checks.error(where, "must hold at most " + limits.maxClasses() + " classes");
            Map<String, Double> probabilities = new LinkedHashMap<>();
            double sum = 0;
            for (var entry : object.properties()) {
                Double p = probability(entry.getValue(), FieldChecks.path(where, entry.getKey()));
                if (entry.getValue().isNull()) checks.error(FieldChecks.path(where, entry.getKey()), "must be a number from 0 to 1");
                if (p == null) continue;
                probabilities.put(entry.getKey(), p);
                sum += p;
            }
            if (sum > 1 + PROBABILITY_SUM_TOLERANCE) checks.error(where, "must sum to at most 1, not " + sum);
            return Collections.unmodifiableMap(probabilities);
        }

        private Double probability(JsonNode node, String where) {
            Double p = checks.number(node, where);
            if (p != null && (p < 0 || p > 1)) {
                checks.error(where, "must be a number from 0 to 1");
                return null;
            }
            return p;
        }

        private Map<String, Object> features() {
            Map<String, Object> features = new LinkedHashMap<>();
            JsonNode object = checks.object(node.get("features"), at("features"));
            if (object == null) return Collections.unmodifiableMap(features);
            if (object.size() > limits.maxFeaturesPerPrediction()) {
                checks.error(at("features"), "must hold at most " + limits.maxFeaturesPerPrediction() + " features");
                return features;
            }
            for (var entry : object.properties()) {
                String name = entry.getKey();
                String where = FieldChecks.path(at("features"), name);
                if (name.isEmpty() || name.length() > 256) {
                    checks.error(where, "must be named with 1 to 256 characters");
                    continue;
                }
                Object value = featureValue(entry.getValue(), where);
                FeatureKind declared = FeatureKind.fromWire(model.features().get(name));
                if (declared == FeatureKind.NUMERIC && value != null && !(value instanceof Double)) {
                    checks.error(where, "is declared numeric; send a number (or null when missing)");
                } else if (declared == FeatureKind.CATEGORICAL && value instanceof Double) {
                    checks.error(where, "is declared categorical; send a string or a boolean (e.g. \"" + entry.getValue().asString() + "\")");
                }
                features.put(name, value);
            }
            return Collections.unmodifiableMap(features);
        }

        private Object featureValue(JsonNode value, String where) {
            if (value.isNull()) return null;
            if (value.isBoolean()) return value.booleanValue();
            if (value.isNumber()) {
                double d = value.doubleValue();
                if (Double.isFinite(d)) return d;
                checks.error(where, "must be a finite number");
                return null;
            }
            if (value.isString()) {
                if (value.stringValue().length() > limits.maxValueLength()) {
                    checks.error(where, "must be at most " + limits.maxValueLength() + " characters");
                    return null;
                }
                return value.stringValue();
            }
            checks.error(where, "must be a number, a string, a boolean or null");
            return null;
        }

        /** An object of string values (protected attributes, segments); JSON null values are left out. */
        private Map<String, String> strings(String field, int maxLength, int maxEntries) {
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode object = checks.object(node.get(field), at(field));
            if (object == null) return Collections.unmodifiableMap(values);
            if (object.size() > maxEntries) checks.error(at(field), "must hold at most " + maxEntries + " entries");
            for (var entry : object.properties()) {
                String where = FieldChecks.path(at(field), entry.getKey());
                if (entry.getKey().isEmpty() || entry.getKey().length() > 256) {
                    checks.error(where, "must be named with 1 to 256 characters");
                    continue;
                }
                if (entry.getValue().isNull()) continue;
                String value = checks.text(entry.getValue(), where, maxLength, true);
                if (value != null) values.put(entry.getKey(), value);
            }
            return Collections.unmodifiableMap(values);
        }

        private String at(String field) {
            return path + "." + field;
        }
    }
}
