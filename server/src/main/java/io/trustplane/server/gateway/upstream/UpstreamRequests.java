package io.trustplane.server.gateway.upstream;

import io.trustplane.server.monitoring.FieldChecks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Parses and validates upstream configuration bodies. Every problem is reported at once (400 listing each field), and
 * nothing is changed unless all of the body is valid. In an update, a field that is absent keeps its value and a field
 * sent as JSON null returns to its default (or, for {@code credential}, removes the credential).
 */
final class UpstreamRequests {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern API_VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> FIELDS = Set.of("name", "baseUrl", "kind", "apiVersion", "credential", "models", "priority",
            "enabled", "connectTimeoutMs", "readTimeoutMs", "maxRetries", "retryBackoffMs");
    static final String MODEL_PLACEHOLDER = "{model}";
    private static final int MAX_MODELS = 500;
    private static final int MAX_MODEL_LENGTH = 256;
    private static final int MAX_CREDENTIAL_LENGTH = 4096;

    private UpstreamRequests() {
    }

    /**
     * A validated body. Fields not in {@link #given} were absent; a given field that is null was sent as JSON null.
     */
    record Input(String name, String baseUrl, UpstreamKind kind, String apiVersion, String credential, Map<String, String> models,
                 Integer priority, Boolean enabled, Integer connectTimeoutMs, Integer readTimeoutMs, Integer maxRetries,
                 Integer retryBackoffMs, Set<String> given) {

        boolean has(String field) {
            return given.contains(field);
        }

        @Override
        public String toString() {
            return "Input[name=" + name + ", given=" + given + "]"; // never print the credential by accident
        }
    }

    static Input create(JsonNode body) {
        return parse(body, true);
    }

    static Input update(JsonNode body) {
        return parse(body, false);
    }

    private static Input parse(JsonNode body, boolean creating) {
        FieldChecks checks = new FieldChecks();
        if (!body.isObject()) {
            checks.error("$", "must be a JSON object");
            checks.throwIfInvalid("the upstream");
        }
        checks.onlyKnown(body, "", FIELDS, "an upstream");
        Set<String> given = new LinkedHashSet<>();
        body.propertyNames().forEach(given::add);

        String name = null;
        if (creating) {
            name = checks.text(body.get("name"), "name", 64, true);
            if (name != null && !NAME.matcher(name).matches()) {
                checks.error("name", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
        } else if (given.contains("name")) {
            checks.error("name", "cannot be changed; create a new upstream and delete this one");
        }
        String baseUrl = baseUrl(checks, body.get("baseUrl"), creating || given.contains("baseUrl"));
        UpstreamKind kind = null;
        String kindText = checks.text(body.get("kind"), "kind", 32, false);
        if (kindText != null) {
            kind = UpstreamKind.parse(kindText).orElse(null);
            if (kind == null) checks.error("kind", "must be one of openai, azure");
        }
        String apiVersion = checks.text(body.get("apiVersion"), "apiVersion", 64, false);
        if (apiVersion != null && !API_VERSION.matcher(apiVersion).matches()) {
            checks.error("apiVersion", "must be letters, digits, '.', '_' or '-' (e.g. 2024-10-21)");
        }
        String credential = checks.text(body.get("credential"), "credential", MAX_CREDENTIAL_LENGTH, false);
        if (credential != null && !credential.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            checks.error("credential", "must be printable ASCII without spaces (it is sent in an HTTP header)");
            credential = null;
        }
        Map<String, String> models = models(checks, body.get("models"));
        Integer priority = integer(checks, body.get("priority"), "priority", -1_000_000, 1_000_000);
        Boolean enabled = null;
        JsonNode enabledNode = body.get("enabled");
        if (enabledNode != null && !enabledNode.isNull()) {
            if (enabledNode.isBoolean()) enabled = enabledNode.booleanValue();
            else checks.error("enabled", "must be true or false");
        }
        Integer connectTimeoutMs = integer(checks, body.get("connectTimeoutMs"), "connectTimeoutMs", 1, 600_000);
        Integer readTimeoutMs = integer(checks, body.get("readTimeoutMs"), "readTimeoutMs", 1, 3_600_000);
        Integer maxRetries = integer(checks, body.get("maxRetries"), "maxRetries", 0, 10);
        Integer retryBackoffMs = integer(checks, body.get("retryBackoffMs"), "retryBackoffMs", 0, 60_000);
        checks.throwIfInvalid("the upstream");
        return new Input(name, baseUrl, kind, apiVersion, credential, models, priority, enabled, connectTimeoutMs, readTimeoutMs,
                maxRetries, retryBackoffMs, Set.copyOf(given));
    }

    /**
     * An absolute http(s) URL without query, fragment or user info (a credential has its own write-only field; a URL is
     * shown by the API), trailing slashes removed. It may contain {@code {model}}, replaced by the upstream model of
     * each call (Azure OpenAI's {@code .../openai/deployments/{model}}).
     */
    private static String baseUrl(FieldChecks checks, JsonNode node, boolean required) {
        String text = checks.text(node, "baseUrl", 2048, required);
        if (text == null) return null;
        String url = text.strip();
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        try {
            URI uri = new URI(url.replace(MODEL_PLACEHOLDER, "model"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                checks.error("baseUrl", "must be an absolute http or https URL, e.g. https://api.openai.com/v1");
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                checks.error("baseUrl", "must not have a query or fragment (for Azure, set apiVersion)");
            } else if (uri.getRawUserInfo() != null) {
                checks.error("baseUrl", "must not contain user info; put the secret in credential");
            } else {
                return url;
            }
        } catch (URISyntaxException e) {
            checks.error("baseUrl", "is not a valid URL: " + e.getReason());
        }
        return null;
    }

    private static Map<String, String> models(FieldChecks checks, JsonNode node) {
        JsonNode object = checks.object(node, "models");
        if (object == null) return null;
        Map<String, String> models = new LinkedHashMap<>();
        if (object.size() > MAX_MODELS) {
            checks.error("models", "must have at most " + MAX_MODELS + " aliases");
            return null;
        }
        for (var entry : object.properties()) {
            String path = FieldChecks.path("models", entry.getKey());
            String alias = entry.getKey();
            if (alias.isBlank() || alias.length() > MAX_MODEL_LENGTH || alias.chars().anyMatch(Character::isISOControl)) {
                checks.error(path, "must be a model name of 1-" + MAX_MODEL_LENGTH + " characters without control characters");
                continue;
            }
            String target = checks.text(entry.getValue(), path, MAX_MODEL_LENGTH, true);
            if (target != null && target.chars().anyMatch(Character::isISOControl)) {
                checks.error(path, "must not contain control characters");
            } else if (target != null) {
                models.put(alias, target);
            }
        }
        return models;
    }

    private static Integer integer(FieldChecks checks, JsonNode node, String path, int min, int max) {
        if (node == null || node.isNull()) return null;
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            checks.error(path, "must be an integer from " + min + " to " + max);
            return null;
        }
        return node.intValue();
    }
}
