package io.trustplane.server.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real HTTP client for tests: JSON in, status and JSON out. */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path, String key) {
        return send(request(path, key).GET());
    }

    public Response post(String path, String key, String json) {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String key, String json) {
        return send(request(path, key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String key, String json) {
        return send(request(path, key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (key != null) builder.header("Authorization", "Bearer " + key);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an organization, a project and a key through the admin API; returns (projectId, key). */
    public TestTenant createTenant(String adminKey, String name) {
        String org = created(post("/api/v1/admin/organizations", adminKey, "{\"name\":\"" + name + "-org\"}")).get("id").asString();
        String project = created(post("/api/v1/admin/organizations/" + org + "/projects", adminKey, "{\"name\":\"" + name + "\"}"))
                .get("id").asString();
        String key = created(post("/api/v1/admin/projects/" + project + "/keys", adminKey, "{\"name\":\"test\"}")).get("key").asString();
        return new TestTenant(org, project, key);
    }

    /** The body of a 201 answer; any other status fails with the answer, so a setup step says why it failed. */
    private static JsonNode created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("expected 201 Created, got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** The audit log's published verifier keys (GET /api/v1/audit/keys). */
    public java.util.List<io.trustplane.core.audit.note.NoteVerifier> auditKeys(String key) {
        java.util.List<io.trustplane.core.audit.note.NoteVerifier> keys = new java.util.ArrayList<>();
        for (JsonNode k : get("/api/v1/audit/keys", key).json().get("keys")) {
            try {
                keys.add(io.trustplane.core.audit.note.NoteVerifier.parse(k.get("vkey").asString()));
            } catch (io.trustplane.core.audit.note.NoteException e) {
                throw new IllegalStateException("the server published a malformed key: " + k, e);
            }
        }
        return keys;
    }

    public record TestTenant(String organizationId, String projectId, String key) {
    }
}
