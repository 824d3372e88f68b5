package io.trustplane.server.monitoring.registry;

import io.trustplane.server.monitoring.FieldChecks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates the registry's request bodies. Every problem is reported with its field; nothing is stored when any is
 * found. Names and versions appear in URL paths, so they are limited to characters that need no escaping there.
 */
final class ModelRequests {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_DECLARED_FEATURES = 1000;
    static final int MAX_PROTECTED = 50;
    static final int MAX_ENDPOINTS = 20;
    static final int MAX_NOTES = 10_000;
    static final int MAX_LABEL = 256;
    private static final Set<String> MODEL_FIELDS = Set.of("name", "task", "positiveClass", "description", "features",
            "protectedAttributes", "card");
    private static final Set<String> MODEL_UPDATE_FIELDS = Set.of("name", "task", "positiveClass", "description", "features",
            "protectedAttributes", "card", "archived");
    private static final Set<String> VERSION_FIELDS = Set.of("version", "stage", "endpoints", "notes");
    private static final Set<String> VERSION_UPDATE_FIELDS = Set.of("stage", "endpoints", "notes");

    private ModelRequests() {
    }

    record NewModel(String name, ModelTask task, String positiveClass, String description, Map<String, FeatureKind> features,
                    List<String> protectedAttributes, ObjectNode card) {
    }

    /**
     * What an update asks for; null fields are not changed. Features and protected attributes are only ever added to,
     * so what is sent is merged with what is declared.
     */
    record ModelUpdate(boolean descriptionGiven, String description, JsonNode cardPatch, Map<String, FeatureKind> features,
                       List<String> protectedAttributes, Boolean archived) {
    }

    record NewVersion(String version, Stage stage, List<ModelVersion.Endpoint> endpoints, String notes) {
    }

    /** Null fields are not changed; {@code notesGiven} with null notes clears them. */
    record VersionUpdate(Stage stage, List<ModelVersion.Endpoint> endpoints, boolean notesGiven, String notes) {
    }

    static NewModel newModel(JsonNode body, JsonMapper json) {
        FieldChecks checks = new FieldChecks();
        requireObject(body, "a model");
        checks.onlyKnown(body, "", MODEL_FIELDS, "a model");
        String name = name(body.get("name"), checks);
        ModelTask task = null;
        String taskText = checks.text(body.get("task"), "task", 64, true);
        if (taskText != null) {
            task = ModelTask.fromWire(taskText);
            if (task == null) checks.error("task", "must be one of " + ModelTask.wireNames());
        }
        String positiveClass = checks.text(body.get("positiveClass"), "positiveClass", MAX_LABEL, false);
        if (task == ModelTask.BINARY_CLASSIFICATION && positiveClass == null && !has(body, "positiveClass")) {
            checks.error("positiveClass", "is required for binary_classification: the favourable class label, e.g. \"approved\"");
        } else if (task != null && task != ModelTask.BINARY_CLASSIFICATION && has(body, "positiveClass")) {
            checks.error("positiveClass", "applies only to binary_classification models");
        }
        String description = checks.text(body.get("description"), "description", MAX_DESCRIPTION, false);
        Map<String, FeatureKind> features = features(body.get("features"), checks);
        List<String> protectedAttributes = protectedAttributes(body.get("protectedAttributes"), checks);
        ObjectNode card = json.createObjectNode();
        JsonNode cardNode = checks.object(body.get("card"), "card");
        if (cardNode != null) {
            ModelCards.check(cardNode, "card", checks);
            card = ModelCards.merge(null, cardNode, json);
            ModelCards.checkSize(card, "card", checks, json);
        }
        checks.throwIfInvalid("the model");
        return new NewModel(name, task, positiveClass, description, features, protectedAttributes, card);
    }

    static ModelUpdate modelUpdate(JsonNode body, Model current, JsonMapper json) {
        FieldChecks checks = new FieldChecks();
        requireObject(body, "a model update");
        checks.onlyKnown(body, "", MODEL_UPDATE_FIELDS, "a model update");
        unchangeable(body, "name", current.name(), checks, "rename by creating a new model");
        unchangeable(body, "task", current.task(), checks, "the task fixes what predictions mean; create a new model");
        unchangeable(body, "positiveClass", current.positiveClass(), checks,
                "past predictions were scored against it; create a new model");
        boolean descriptionGiven = body.has("description");
        String description = checks.text(body.get("description"), "description", MAX_DESCRIPTION, false);
        JsonNode cardPatch = checks.object(body.get("card"), "card");
        if (cardPatch != null) {
            ModelCards.check(cardPatch, "card", checks);
            ModelCards.checkSize(ModelCards.merge(current.card(), cardPatch, json), "card", checks, json);
        }
        Map<String, FeatureKind> features = null;
        if (has(body, "features")) {
            features = features(body.get("features"), checks);
            for (var entry : features.entrySet()) {
                String declared = current.features().get(entry.getKey());
                if (declared != null && !declared.equals(entry.getValue().wireName())) {
                    checks.error(FieldChecks.path("features", entry.getKey()), "is declared " + declared
                            + "; a declared feature's kind cannot change (past statistics depend on it)");
                }
            }
            long total = current.features().size() + features.keySet().stream().filter(f -> !current.features().containsKey(f)).count();
            if (total > MAX_DECLARED_FEATURES) checks.error("features", "would declare " + total + " features; at most " + MAX_DECLARED_FEATURES);
        }
        List<String> protectedAttributes = null;
        if (has(body, "protectedAttributes")) {
            protectedAttributes = protectedAttributes(body.get("protectedAttributes"), checks);
            Set<String> union = new LinkedHashSet<>(current.protectedAttributes());
            union.addAll(protectedAttributes);
            if (union.size() > MAX_PROTECTED) checks.error("protectedAttributes", "would declare " + union.size() + "; at most " + MAX_PROTECTED);
        }
        Boolean archived = null;
        JsonNode archivedNode = body.get("archived");
        if (archivedNode != null && !archivedNode.isNull()) {
            if (archivedNode.isBoolean()) archived = archivedNode.booleanValue();
            else checks.error("archived", "must be true or false");
        }
        checks.throwIfInvalid("the model update");
        return new ModelUpdate(descriptionGiven, description, cardPatch, features, protectedAttributes, archived);
    }

    static NewVersion newVersion(JsonNode body) {
        FieldChecks checks = new FieldChecks();
        requireObject(body, "a model version");
        checks.onlyKnown(body, "", VERSION_FIELDS, "a model version");
        String version = checks.text(body.get("version"), "version", 64, true);
        if (version != null && !VERSION.matcher(version).matches()) {
            checks.error("version", "must start with a letter or digit and contain only letters, digits, '.', '_', '+' and '-' (at most 64)");
        }
        Stage stage = Stage.DEVELOPMENT;
        if (has(body, "stage")) {
            stage = stage(body.get("stage"), checks);
            if (stage == Stage.RETIRED) checks.error("stage", "cannot be retired for a new version");
        }
        List<ModelVersion.Endpoint> endpoints = has(body, "endpoints") ? endpoints(body.get("endpoints"), checks) : List.of();
        String notes = checks.text(body.get("notes"), "notes", MAX_NOTES, false);
        checks.throwIfInvalid("the model version");
        return new NewVersion(version, stage, endpoints, notes);
    }

    static VersionUpdate versionUpdate(JsonNode body) {
        FieldChecks checks = new FieldChecks();
        requireObject(body, "a model version update");
        checks.onlyKnown(body, "", VERSION_UPDATE_FIELDS, "a model version update");
        Stage stage = has(body, "stage") ? stage(body.get("stage"), checks) : null;
        List<ModelVersion.Endpoint> endpoints = has(body, "endpoints") ? endpoints(body.get("endpoints"), checks) : null;
        boolean notesGiven = body.has("notes");
        String notes = checks.text(body.get("notes"), "notes", MAX_NOTES, false);
        checks.throwIfInvalid("the model version update");
        return new VersionUpdate(stage, endpoints, notesGiven, notes);
    }

    private static String name(JsonNode node, FieldChecks checks) {
        String name = checks.text(node, "name", 100, true);
        if (name != null && !NAME.matcher(name).matches()) {
            checks.error("name", "must start with a letter or digit and contain only letters, digits, '.', '_' and '-' (at most 100)");
            return null;
        }
        return name;
    }

    private static Map<String, FeatureKind> features(JsonNode node, FieldChecks checks) {
        Map<String, FeatureKind> features = new LinkedHashMap<>();
        JsonNode object = checks.object(node, "features");
        if (object == null) return features;
        if (object.size() > MAX_DECLARED_FEATURES) checks.error("features", "must declare at most " + MAX_DECLARED_FEATURES + " features");
        for (var property : object.properties()) {
            String at = FieldChecks.path("features", property.getKey());
            if (property.getKey().isBlank() || property.getKey().length() > 256) {
                checks.error(at, "must be a name of 1 to 256 characters");
                continue;
            }
            JsonNode kind = property.getValue();
            FeatureKind parsed = kind.isString() ? FeatureKind.fromWire(kind.stringValue()) : null;
            if (parsed == null) checks.error(at, "must be one of " + FeatureKind.wireNames());
            else features.put(property.getKey(), parsed);
        }
        return features;
    }

    private static List<String> protectedAttributes(JsonNode node, FieldChecks checks) {
        List<String> names = new ArrayList<>();
        if (node == null || node.isNull()) return names;
        if (!node.isArray()) {
            checks.error("protectedAttributes", "must be an array of attribute names, e.g. [\"gender\", \"age_band\"]");
            return names;
        }
        if (node.size() > MAX_PROTECTED) checks.error("protectedAttributes", "must list at most " + MAX_PROTECTED + " attributes");
        for (int i = 0; i < node.size(); i++) {
            String name = checks.text(node.get(i), "protectedAttributes[" + i + "]", 256, true);
            if (name != null && !names.contains(name)) names.add(name);
        }
        return names;
    }

    private static Stage stage(JsonNode node, FieldChecks checks) {
        String text = checks.text(node, "stage", 32, true);
        if (text == null) return null;
        Stage stage = Stage.fromWire(text);
        if (stage == null) checks.error("stage", "must be one of " + Stage.wireNames());
        return stage;
    }

    private static List<ModelVersion.Endpoint> endpoints(JsonNode node, FieldChecks checks) {
        List<ModelVersion.Endpoint> endpoints = new ArrayList<>();
        if (node == null || node.isNull()) return endpoints;
        if (!node.isArray()) {
            checks.error("endpoints", "must be an array of {\"name\", \"url\"}");
            return endpoints;
        }
        if (node.size() > MAX_ENDPOINTS) checks.error("endpoints", "must list at most " + MAX_ENDPOINTS + " endpoints");
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "endpoints[" + i + "]";
            JsonNode endpoint = node.get(i);
            if (!endpoint.isObject()) {
                checks.error(at, "must be an object {\"name\", \"url\"}");
                continue;
            }
            checks.onlyKnown(endpoint, at, Set.of("name", "url"), "an endpoint");
            String name = checks.text(endpoint.get("name"), at + ".name", 100, true);
            if (name != null && !names.add(name)) checks.error(at + ".name", "repeats the name of another endpoint");
            String url = checks.text(endpoint.get("url"), at + ".url", 2048, true);
            if (url != null && !httpUrl(url)) checks.error(at + ".url", "must be an absolute http or https URL");
            if (name != null && url != null) endpoints.add(new ModelVersion.Endpoint(name, url));
        }
        return endpoints;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A field that may be sent in an update only with its current value (clients often send the whole model back). */
    private static void unchangeable(JsonNode body, String field, String current, FieldChecks checks, String hint) {
        JsonNode node = body.get(field);
        if (node == null) return;
        boolean same = node.isNull() ? current == null : node.isString() && node.stringValue().equals(current);
        if (!same) checks.error(field, "cannot change (" + hint + ")");
    }

    private static boolean has(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && !node.isNull();
    }

    private static void requireObject(JsonNode body, String what) {
        if (body == null || !body.isObject()) {
            FieldChecks checks = new FieldChecks();
            checks.error("$", "must be a JSON object: " + what);
            checks.throwIfInvalid("the request");
        }
    }
}
