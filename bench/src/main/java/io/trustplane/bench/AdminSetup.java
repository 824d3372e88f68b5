package io.trustplane.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates an organization, a project and a project key through the admin API, and registers the benchmark model
 * ({@link PredictionBodies}) in a project, for a benchmark run.
 */
final class AdminSetup {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private AdminSetup() {
    }

    static String createProjectKey(URI base, String adminKey, String runId) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String org = field(post(http, base, "/api/v1/admin/organizations", adminKey, "{\"name\":\"bench-" + runId + "\"}"), ID);
        String project = field(post(http, base, "/api/v1/admin/organizations/" + org + "/projects", adminKey,
                "{\"name\":\"bench\"}"), ID);
        return field(post(http, base, "/api/v1/admin/projects/" + project + "/keys", adminKey, "{\"name\":\"bench\"}"), KEY);
    }

    /**
     * Registers {@link PredictionBodies#MODEL} with its first {@code features} features and its version in production,
     * unless the project has them; a model registered earlier gets any of the features it lacks declared.
     */
    static void registerModel(URI base, String projectKey, int features) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        if (send(http, base, "POST", "/api/v1/models", projectKey, PredictionBodies.modelJson(features), 201, 409).statusCode() == 409) {
            send(http, base, "PATCH", "/api/v1/models/" + PredictionBodies.MODEL, projectKey,
                    "{" + PredictionBodies.featuresJson(features) + "}", 200);
        }
        send(http, base, "POST", "/api/v1/models/" + PredictionBodies.MODEL + "/versions", projectKey, PredictionBodies.versionJson(),
                201, 409);
    }

    private static String post(HttpClient http, URI base, String path, String key, String json)
            throws IOException, InterruptedException {
        return send(http, base, "POST", path, key, json, 201).body();
    }

    private static HttpResponse<String> send(HttpClient http, URI base, String method, String path, String key, String json,
                                             int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) return response;
        }
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String field(String json, Pattern pattern) throws IOException {
        Matcher m = pattern.matcher(json);
        if (!m.find()) throw new IOException("unexpected answer: " + json);
        return m.group(1);
    }
}
