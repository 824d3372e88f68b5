package io.trustplane.server.monitoring.reference;

import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.monitoring.analysis.VersionWindows;
import io.trustplane.server.monitoring.analysis.WindowRange;
import io.trustplane.server.monitoring.predictions.LoggedPrediction;
import io.trustplane.server.monitoring.predictions.PredictionParser;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.PredictionProfiles;
import io.trustplane.server.monitoring.windows.WindowKey;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets a version's reference profile, once, from one of two sources:
 * <ul>
 *   <li>a date range ({@code {"from", "to", "version"?}}): the hourly drift profiles of this version (or of another
 *       version of the same model, e.g. the production version a candidate replaces) merged;</li>
 *   <li>an uploaded dataset ({@code {"rows": [...]}}, rows in the prediction format, ids optional), profiled as the
 *       hourly windows profile predictions.</li>
 * </ul>
 * Drift is then measured against the stored profile and never recomputed from raw rows. Replacing a reference is
 * audited ({@code model.version.reference_set}).
 */
@Service
public class ReferenceService {
    private final ModelService models;
    private final VersionWindows windows;
    private final ReferenceRepository references;
    private final PredictionParser parser;
    private final MonitoringProperties limits;
    private final Auditor auditor;
    private final JsonMapper json;

    public ReferenceService(ModelService models, VersionWindows windows, ReferenceRepository references, MonitoringProperties limits,
                            Auditor auditor, JsonMapper json) {
        this.models = models;
        this.windows = windows;
        this.references = references;
        this.parser = new PredictionParser(json, limits);
        this.limits = limits;
        this.auditor = auditor;
        this.json = json;
    }

    public ReferenceProfile set(UUID projectId, String modelName, String versionName, byte[] body) {
        Model model = models.get(projectId, modelName);
        ModelVersion version = models.version(projectId, model, versionName);
        JsonNode root = parse(body);
        ReferenceProfile reference = root.has("rows") ? fromDataset(model, version, body) : fromRange(projectId, model, version, root);
        if (reference.rows() == 0) {
            throw ApiException.badRequest("The reference has no rows: " + (reference.source().equals("range")
                    ? "no predictions were logged in that range." : "the dataset is empty."), List.of());
        }
        references.save(projectId, reference);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("model", model.name());
        audit.put("version", version.version());
        audit.put("source", reference.source());
        if (reference.sourceVersion() != null) audit.put("sourceVersion", reference.sourceVersion());
        if (reference.from() != null) audit.put("from", reference.from().toString());
        if (reference.to() != null) audit.put("to", reference.to().toString());
        audit.put("rows", reference.rows());
        auditor.record(projectId, "model.version.reference_set", "model:" + model.name() + "/" + version.version(), audit);
        return reference;
    }

    /** The version's reference, or 404 when it has none. */
    public ReferenceProfile get(UUID projectId, String modelName, String versionName) {
        Model model = models.get(projectId, modelName);
        ModelVersion version = models.version(projectId, model, versionName);
        ReferenceProfile reference = references.find(version.id());
        if (reference == null) throw noReference(model, version);
        return reference;
    }

    /** 409 for an analysis that needs a reference the version does not have. */
    public static ApiException noReference(Model model, ModelVersion version) {
        return ApiException.conflict("Model '" + model.name() + "' version '" + version.version() + "' has no reference profile; "
                + "set one with PUT /api/v1/models/" + model.name() + "/versions/" + version.version()
                + "/reference (a date range of logged predictions, or an uploaded dataset).");
    }

    private ReferenceProfile fromRange(UUID projectId, Model model, ModelVersion version, JsonNode root) {
        QueryParams p = new QueryParams();
        List<FieldError> unknown = new ArrayList<>();
        for (var property : root.properties()) {
            if (!List.of("from", "to", "version").contains(property.getKey())) {
                unknown.add(new FieldError(property.getKey(), "is not a field of a reference request; send {\"from\", \"to\", "
                        + "\"version\"?} to profile logged predictions, or {\"rows\": [...]} to upload a dataset"));
            }
        }
        if (!unknown.isEmpty()) throw ApiException.badRequest("The reference request has unknown fields.", unknown);
        String from = text(root, "from");
        String to = text(root, "to");
        if (from == null) p.error("from", "is required (the first hour to profile, RFC 3339)");
        if (to == null) p.error("to", "is required (the end of the range, RFC 3339)");
        Map<String, String> params = new LinkedHashMap<>();
        if (from != null) params.put("from", from);
        if (to != null) params.put("to", to);
        WindowRange range = WindowRange.parse(p, params);
        p.throwIfInvalid();
        ModelVersion source = version;
        String sourceName = text(root, "version");
        if (sourceName != null) source = models.version(projectId, model, sourceName);
        DatasetProfile profile = windows.load(source.id(), new WindowRange(range.from(), range.to(),
                Duration.between(range.from(), range.to())), WindowKey.ALL, true).total().features();
        if (profile == null) profile = new DatasetProfile();
        return new ReferenceProfile(version.id(), "range", source.version(), range.from(), range.to(), profile.rows(), profile,
                Instant.now());
    }

    private ReferenceProfile fromDataset(Model model, ModelVersion version, byte[] body) {
        List<LoggedPrediction> rows = parser.parseDataset(body, model, limits.maxReferenceRows(), Instant.now());
        DatasetProfile profile = new DatasetProfile();
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LoggedPrediction row = rows.get(i);
            if (row.error() != null) continue; // a failed call has no output to profile
            Object output = model.taskType().classification() ? row.label() : row.value();
            Double score = model.taskType() == ModelTask.BINARY_CLASSIFICATION ? row.score() : null;
            int index = i;
            PredictionProfiles.add(profile, row.features(), output, score, (feature, e) -> {
                if (refused.size() < 100) refused.add(new FieldError("rows[" + index + "].features." + feature, e.getMessage()));
            });
        }
        if (!refused.isEmpty()) {
            throw ApiException.badRequest("Feature values of the reference dataset disagree in kind.", refused);
        }
        return new ReferenceProfile(version.id(), "dataset", null, null, null, profile.rows(), profile, Instant.now());
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) throw ApiException.badRequest("The request needs a JSON body.", List.of());
        try {
            JsonNode root = json.readTree(body);
            if (!root.isObject()) throw ApiException.badRequest("The body must be a JSON object.", List.of());
            return root;
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
