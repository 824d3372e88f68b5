package io.trustplane.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates an organization, a project and a project key through the admin API, for a benchmark run. */
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

    private static String post(HttpClient http, URI base, String path, String key, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, Pattern pattern) throws IOException {
        Matcher m = pattern.matcher(json);
        if (!m.find()) throw new IOException("unexpected answer: " + json);
        return m.group(1);
    }
}
