package io.trustplane.cli.audit;

import io.trustplane.cli.audit.AuditJson.RecordedEntry;
import io.trustplane.cli.audit.AuditJson.StoredCheckpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A running server's audit API (docs/AUDIT.md, "API"): the entries and checkpoints a page at a time, the
 * published keys, and a consistency proof between each two consecutive checkpoints. Needs a key that sees the
 * whole log (the admin credential); a project key sees only its project's entries.
 */
public final class ServerSource implements AuditLogSource {
    static final int PAGE = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final String apiKey;
    private final HttpClient http;

    /** @param baseUrl the server's base URL, e.g. {@code http://localhost:8080} */
    public ServerSource(URI baseUrl, String apiKey) {
        String url = baseUrl.toString();
        this.base = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/api/v1/audit";
        this.apiKey = apiKey;
        // never follow redirects: the API key would go along to wherever they point
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The source for the {@code --url} and {@code --api-key} options, or why they cannot work. */
    static ServerSource of(URI url, String apiKey) throws UnreadableLogException {
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new UnreadableLogException("--url must be an http or https URL such as http://localhost:8080, not " + url);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new UnreadableLogException("--url needs an API key that reads the audit log: pass --api-key or set TRUSTPLANE_API_KEY");
        }
        return new ServerSource(url, apiKey);
    }

    @Override
    public String describe() {
        return "server " + base.substring(0, base.length() - "/api/v1/audit".length());
    }

    @Override
    public Published published() throws UnreadableLogException {
        String url = base + "/keys";
        JsonNode answer = getJson(url);
        JsonNode keys = answer.path("keys");
        if (!keys.isArray()) throw new UnreadableLogException("GET " + url + ": the answer has no keys array");
        List<String> vkeys = new ArrayList<>();
        for (JsonNode key : keys) {
            JsonNode vkey = key.path("vkey");
            if (!vkey.isString()) throw new UnreadableLogException("GET " + url + ": a key has no vkey: " + key);
            vkeys.add(vkey.stringValue());
        }
        JsonNode origin = answer.path("origin");
        return new Published(origin.isString() ? origin.stringValue() : null, vkeys);
    }

    @Override
    public void read(Sink sink) throws UnreadableLogException {
        // Checkpoints before entries: a live log grows meanwhile, and a checkpoint signed after the entries were
        // read would cover entries this reader never saw and look like truncation. Read first, each checkpoint
        // covers only entries that are already stored.
        List<Long> sizes = readCheckpoints(sink);
        readEntries(sink);
        readConsistencyProofs(sizes, sink);
    }

    /** Reads as {@link #read} does, without asking for consistency proofs (an export keeps none). */
    void readWithoutProofs(Sink sink) throws UnreadableLogException {
        readCheckpoints(sink);
        readEntries(sink);
    }

    private void readEntries(Sink sink) throws UnreadableLogException {
        Long after = null;
        do {
            String url = base + "/entries?" + (after == null ? "" : "after=" + after + "&") + "limit=" + PAGE;
            String page = get(url).body();
            Long next = null;
            int index = 0;
            try (JsonParser p = AuditJson.MAPPER.createParser(page)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("the answer is not a JSON object");
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("entries") && value == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            RecordedEntry e = AuditJson.entry(p, page);
                            sink.entry(e.entry(), e.leafHash());
                            index++;
                        }
                    } else if (name.equals("next") && value == JsonToken.VALUE_NUMBER_INT) {
                        next = p.getLongValue();
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JacksonException e) {
                throw new UnreadableLogException("GET " + url + ": not valid JSON: " + AuditJson.message(e), e);
            } catch (IllegalArgumentException e) {
                throw new UnreadableLogException("GET " + url + ": entry " + index + " of the page: " + e.getMessage(), e);
            }
            after = advance(after, next, url);
        } while (after != null);
    }

    /** Feeds the checkpoints to the sink and returns their recorded sizes, ascending as served. */
    private List<Long> readCheckpoints(Sink sink) throws UnreadableLogException {
        List<Long> sizes = new ArrayList<>();
        Long after = null;
        do {
            String url = base + "/checkpoints?" + (after == null ? "" : "after=" + after + "&") + "limit=" + PAGE;
            JsonNode page = getJson(url);
            JsonNode list = page.path("checkpoints");
            if (!list.isArray()) throw new UnreadableLogException("GET " + url + ": the answer has no checkpoints array");
            for (JsonNode node : list) {
                StoredCheckpoint c;
                try {
                    c = AuditJson.checkpoint(node);
                } catch (IllegalArgumentException e) {
                    throw new UnreadableLogException("GET " + url + ": " + e.getMessage(), e);
                }
                sink.checkpoint(c.note(), c.size(), c.root());
                sizes.add(c.size());
            }
            JsonNode next = page.path("next");
            after = advance(after, next.isIntegralNumber() ? next.longValue() : null, url);
        } while (after != null);
        return sizes;
    }

    /**
     * Asks for a proof between each two consecutive checkpoints. One the server will not give is a warning,
     * not a failure: the verifier rebuilds the tree from the entries and checks every signed root against it,
     * so a log without problems is consistent whatever the proofs say; the proofs check the server's answers.
     */
    private void readConsistencyProofs(List<Long> sizes, Sink sink) throws UnreadableLogException {
        for (int i = 1; i < sizes.size(); i++) {
            long from = sizes.get(i - 1);
            long to = sizes.get(i);
            if (from <= 0 || to <= from) continue; // nothing to prove
            String url = base + "/consistency?from=" + from + "&to=" + to;
            HttpResponse<String> response = send(url);
            if (response.statusCode() != 200) {
                sink.warning("the server gave no consistency proof from size " + from + " to " + to + " (" + httpError(response) + ")");
                continue;
            }
            try {
                sink.consistencyProof(from, to, AuditJson.hashes(AuditJson.MAPPER.readTree(response.body()).path("proof"), "the proof"));
            } catch (JacksonException e) {
                throw new UnreadableLogException("GET " + url + ": not valid JSON: " + AuditJson.message(e), e);
            } catch (IllegalArgumentException e) {
                throw new UnreadableLogException("GET " + url + ": " + e.getMessage(), e);
            }
        }
    }

    /** The next page's cursor, or null at the end; a cursor that does not move forward would page forever. */
    private static Long advance(Long after, Long next, String url) throws UnreadableLogException {
        if (next != null && after != null && next <= after) {
            throw new UnreadableLogException("GET " + url + ": the server's next page (after=" + next + ") does not move forward");
        }
        return next;
    }

    private JsonNode getJson(String url) throws UnreadableLogException {
        try {
            return AuditJson.MAPPER.readTree(get(url).body());
        } catch (JacksonException e) {
            throw new UnreadableLogException("GET " + url + ": not valid JSON: " + AuditJson.message(e), e);
        }
    }

    private HttpResponse<String> get(String url) throws UnreadableLogException {
        HttpResponse<String> response = send(url);
        if (response.statusCode() != 200) throw new UnreadableLogException("GET " + url + ": " + httpError(response));
        return response;
    }

    private HttpResponse<String> send(String url) throws UnreadableLogException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UnreadableLogException("GET " + url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableLogException("GET " + url + ": interrupted", e);
        }
    }

    /**
     * {@code HTTP 400: <detail> (<field>: <message>; ...)}: the detail of an RFC 9457 problem and its field
     * errors (the detail of a validation error only counts them), or the start of any other body.
     */
    static String httpError(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        String detail = body;
        if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            try {
                JsonNode problem = AuditJson.MAPPER.readTree(body);
                detail = problem.path("detail").isString() ? problem.path("detail").stringValue()
                        : problem.path("title").isString() ? problem.path("title").stringValue() : body;
                List<String> errors = new ArrayList<>();
                problem.path("errors").forEach(e -> errors.add(e.path("field").asString("?") + ": " + e.path("message").asString("")));
                if (!errors.isEmpty()) detail += " (" + String.join("; ", errors) + ")";
            } catch (JacksonException notJson) {
                // keep the raw body
            }
        }
        if (detail.length() > 300) detail = detail.substring(0, 300) + "...";
        return "HTTP " + response.statusCode() + (detail.isEmpty() ? "" : ": " + detail);
    }
}
