package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.FieldChecks;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.monitoring.registry.Model;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates a ground-truth batch against its model's task: a true class label for classifiers, a value for regressors. */
final class GroundTruthParser {
    private static final Set<String> FIELDS = Set.of("predictionId", "label", "value", "time");

    private final JsonMapper json;
    private final MonitoringProperties limits;

    GroundTruthParser(JsonMapper json, MonitoringProperties limits) {
        this.json = json;
        this.limits = limits;
    }

    List<LoggedOutcome> parse(byte[] body, Model model, Instant receivedAt) {
        FieldChecks checks = new FieldChecks();
        List<LoggedOutcome> outcomes = BatchEnvelope.read(json, body, "groundTruth", limits.maxPredictionsPerRequest(), checks,
                (item, path, c) -> read(item, path, c, model, receivedAt));
        checks.throwIfInvalid("the ground-truth batch");
        return outcomes;
    }

    private LoggedOutcome read(JsonNode item, String path, FieldChecks checks, Model model, Instant receivedAt) {
        int errorsBefore = checks.count();
        checks.onlyKnown(item, path, FIELDS, "a ground-truth item");
        String predictionId = checks.text(item.get("predictionId"), path + ".predictionId", PredictionParser.MAX_ID, true);
        Instant time = BatchEnvelope.time(item.get("time"), path + ".time", receivedAt, checks);
        String label = null;
        Double value = null;
        if (model.taskType().classification()) {
            if (item.has("value")) checks.error(path + ".value", "is not used by a " + model.task() + " model; send \"label\"");
            JsonNode labelNode = item.get("label");
            if (labelNode != null && !labelNode.isNull() && !labelNode.isString()) {
                checks.error(path + ".label", "must be a string (the true class label, e.g. \"" + labelNode.asString() + "\")");
            } else {
                label = checks.text(labelNode, path + ".label", limits.maxValueLength(), true);
            }
        } else {
            if (item.has("label")) checks.error(path + ".label", "is not used by a regression model; send \"value\"");
            value = checks.number(item.get("value"), path + ".value");
            if (value == null && !item.hasNonNull("value")) checks.error(path + ".value", "is required for a regression model");
        }
        if (checks.count() > errorsBefore) return null;
        return new LoggedOutcome(predictionId, label, value, time);
    }
}
