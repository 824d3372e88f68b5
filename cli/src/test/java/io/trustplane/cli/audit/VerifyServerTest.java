package io.trustplane.cli.audit;

import static io.trustplane.cli.audit.AuditLogFixture.ORIGIN;
import static io.trustplane.cli.audit.AuditLogFixture.SIGNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trustplane.core.audit.merkle.MerkleProofs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code trustplane verify --url}: the HTTP client side (paging, the bearer key, consistency proofs, errors)
 * against a small HTTP server that serves a real log ({@link AuditLogFixture}) exactly as docs/AUDIT.md's API
 * specifies, with pages smaller than asked so that {@code next} is followed. The real server is exercised by
 * {@code AuditTamperIT}.
 */
class VerifyServerTest {
    private static final String API_KEY = "test-admin-key-0123456789";
    private static final int ENTRY_PAGE = 7;
    private static final int CHECKPOINT_PAGE = 2;

    private final AuditLogFixture log = new AuditLogFixture();
    private final List<String> entryLines = new ArrayList<>(log.entryLines);
    private final List<String> checkpointLines = new ArrayList<>(log.checkpointLines);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private boolean proofsAvailable = true;
    private boolean proofsForged;
    private volatile Runnable grow = () -> { };
    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/audit/", this::handle);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun verify(String apiKey) {
        return CliRun.of("verify", "--url", url, "--api-key", apiKey, "--key", SIGNER.verifierKey());
    }

    @Test
    void aServedLogVerifiesPageByPage() {
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Audit log: server " + url + "\n", "entries read:          45\n",
                "verified checkpoints:  5\n", "verified size:         45\n", "consistency proofs:    4\n", "OK: no problems found.");
        assertThat(requests).contains("/api/v1/audit/keys", "/api/v1/audit/entries?limit=1000", "/api/v1/audit/entries?after=6&limit=1000",
                "/api/v1/audit/entries?after=41&limit=1000", "/api/v1/audit/checkpoints?limit=1000",
                "/api/v1/audit/checkpoints?after=20&limit=1000", "/api/v1/audit/consistency?from=40&to=45");
        assertThat(requests).filteredOn(r -> r.startsWith("/api/v1/audit/entries")).hasSize(7); // 45 entries, 7 a page
    }

    @Test
    void aChangedEntryIsPinpointed() {
        entryLines.set(17, entryLines.get(17).replace("\"target\":\"api_key:tpk_17\"", "\"target\":\"api_key:tpk_99\""));
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("ENTRY_CHANGED entry 17: ", "CHAIN_BROKEN entry 18: ", "ROOT_MISMATCH entries 10 to 19, checkpoint 20: ");
    }

    @Test
    void aLogThatGrowsWhileItIsReadIsNotMistakenForATruncatedOne() {
        entryLines.subList(40, 45).clear();
        checkpointLines.removeLast();
        // the last entries and their checkpoint are appended right after the client has read the last page of entries
        grow = () -> {
            entryLines.addAll(log.entryLines.subList(40, 45));
            checkpointLines.add(log.checkpointLines.getLast());
        };
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("entries read:          40\n", "checkpoints:           4\n", "verified size:         40\n");
    }

    @Test
    void aForgedConsistencyProofIsReported() {
        proofsForged = true;
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("INCONSISTENT checkpoint 20: the signed checkpoints of sizes 10 and 20 are not consistent");
    }

    @Test
    void missingConsistencyProofsAreAWarning() {
        proofsAvailable = false;
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: the server gave no consistency proof from size 10 to 20 "
                + "(HTTP 400: 1 query parameter is invalid. (to: must satisfy from <= to <= 9 (the log's size)))");
        assertThat(run.out()).contains("consistency proofs:    0\n");
    }

    @Test
    void aRejectedKeyCannotReadTheLog() {
        CliRun run = verify("wrong-key");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: the audit log could not be read: GET " + url
                + "/api/v1/audit/keys: HTTP 401: missing, unknown or revoked API key");
    }

    @Test
    void anUnreachableServerCannotBeRead() {
        server.stop(0);
        CliRun run = verify(API_KEY);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: the audit log could not be read: GET " + url + "/api/v1/audit/keys: ConnectException");
    }

    @Test
    void aUrlNeedsAnApiKey() {
        assumeTrue(System.getenv("TRUSTPLANE_API_KEY") == null, "TRUSTPLANE_API_KEY is set in this environment");
        CliRun run = CliRun.of("verify", "--url", url, "--key", SIGNER.verifierKey());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--url needs an API key that reads the audit log: pass --api-key or set TRUSTPLANE_API_KEY");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            problem(exchange, 401, "missing, unknown or revoked API key", "");
            return;
        }
        switch (path) {
            case "/api/v1/audit/keys" -> json(exchange, "{\"origin\":%s,\"keys\":[{\"name\":%s,\"keyHash\":\"%08x\",\"vkey\":%s,\"createdAt\":\"2026-11-23T10:00:00Z\",\"retiredAt\":null}]}"
                    .formatted(AuditLogFixture.quote(ORIGIN), AuditLogFixture.quote(ORIGIN), SIGNER.keyHash(), AuditLogFixture.quote(SIGNER.verifierKey())));
            case "/api/v1/audit/entries" -> {
                String page = page("entries", entryLines, line -> seqOf(line, "seq"), ENTRY_PAGE, params);
                json(exchange, page);
                if (page.endsWith("\"next\":null}")) {
                    grow.run();
                    grow = () -> { };
                }
            }
            case "/api/v1/audit/checkpoints" -> json(exchange, page("checkpoints", checkpointLines, line -> seqOf(line, "size"), CHECKPOINT_PAGE, params));
            case "/api/v1/audit/consistency" -> {
                long from = Long.parseLong(params.get("from"));
                long to = Long.parseLong(params.get("to"));
                if (!proofsAvailable) { // as the server answers when the log is shorter than a checkpoint
                    problem(exchange, 400, "1 query parameter is invalid.",
                            ",\"errors\":[{\"field\":\"to\",\"message\":\"must satisfy from <= to <= 9 (the log's size)\"}]");
                    return;
                }
                List<String> proof = MerkleProofs.consistency(log.tree, proofsForged ? from - 1 : from, to).stream()
                        .map(h -> "\"" + HexFormat.of().formatHex(h) + "\"").toList();
                json(exchange, "{\"from\":%d,\"to\":%d,\"proof\":[%s]}".formatted(from, to, String.join(",", proof)));
            }
            default -> problem(exchange, 404, "no such endpoint: " + path, "");
        }
    }

    /** A page as the API pages: items with a key above {@code after}, ascending, and {@code next} while more remain. */
    private static String page(String name, List<String> items, ToLongFunction<String> key, int pageSize, Map<String, String> params) {
        assertThat(params.get("limit")).as("limit").isEqualTo("1000");
        long after = params.containsKey("after") ? Long.parseLong(params.get("after")) : -1;
        List<String> rest = items.stream().filter(i -> key.applyAsLong(i) > after).toList();
        List<String> page = rest.subList(0, Math.min(pageSize, rest.size()));
        String next = rest.size() > page.size() ? String.valueOf(key.applyAsLong(page.getLast())) : "null";
        return "{\"" + name + "\":[" + String.join(",", page) + "],\"next\":" + next + "}";
    }

    private static long seqOf(String line, String field) {
        return AuditJson.MAPPER.readTree(line).path(field).asLong();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "application/json", body);
    }

    /** An RFC 9457 problem as the server writes them; {@code more} adds members, e.g. {@code ,"errors":[...]}. */
    private static void problem(HttpExchange exchange, int status, String detail, String more) throws IOException {
        send(exchange, status, "application/problem+json", "{\"type\":\"urn:trustplane:problem:test\",\"title\":\"Error\",\"status\":%d,\"detail\":%s%s}"
                .formatted(status, AuditLogFixture.quote(detail), more));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
