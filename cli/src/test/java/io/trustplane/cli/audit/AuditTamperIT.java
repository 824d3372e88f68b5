package io.trustplane.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code trustplane verify --url} against the real server (the packaged jar, as a process): a log made through
 * the admin API verifies; then the store is tampered with directly, on a copy of the data directory, in each
 * way someone with access to the database file could, and the verifier must find and pinpoint it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperIT {
    private static final String ADMIN_KEY = "audit-tamper-it-admin-key-0123456789";
    private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private Path tmp;
    private Path pristine;
    /** The log's verifier key, fetched before any tampering: what an auditor would have kept. */
    private String vkey;
    /** The pristine log exported with {@code trustplane export}. */
    private Path exported;
    /** How many entries the log has. */
    private long entries;
    /** The sizes of the two checkpoints signed on demand. */
    private long firstSigned;
    private long lastSigned;

    private record Server(Process process, String url) {
    }

    @BeforeAll
    void makeALogThroughTheAdminApi(@TempDir Path dir) throws Exception {
        tmp = dir;
        pristine = tmp.resolve("pristine");
        Server server = start(pristine);
        for (String name : List.of("acme", "globex")) {
            String org = adminPost(server, "/api/v1/admin/organizations", "{\"name\":\"" + name + "\"}").get("id").asString();
            String project = adminPost(server, "/api/v1/admin/organizations/" + org + "/projects", "{\"name\":\"support-bot\"}").get("id").asString();
            List<String> keys = new ArrayList<>();
            for (String key : List.of("ci", "production", "staging")) {
                keys.add(adminPost(server, "/api/v1/admin/projects/" + project + "/keys", "{\"name\":\"" + key + "\"}").get("id").asString());
            }
            HttpResponse<String> revoked = send(server, HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/admin/projects/" + project
                    + "/keys/" + keys.get(1))).DELETE());
            assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 299);
            long size = signCheckpoint(server);
            if (firstSigned == 0) firstSigned = size; else lastSigned = size;
        }
        vkey = get(server, "/api/v1/audit/keys").path("keys").get(0).path("vkey").asString();
        entries = get(server, "/api/v1/audit/entries?limit=1000").path("entries").size();
        List<Long> checkpointSizes = new ArrayList<>();
        get(server, "/api/v1/audit/checkpoints?limit=1000").path("checkpoints").forEach(c -> checkpointSizes.add(c.path("size").asLong()));
        // admin_key.created and settings.changed (the first start's settings), then per organization:
        // organization, project, three keys, one revocation
        assertThat(entries).isEqualTo(14);
        assertThat(lastSigned).isEqualTo(entries);
        assertThat(checkpointSizes).contains(firstSigned, lastSigned);

        CliRun run = verify(server);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("entries read:          14\n", "verified size:         14\n", "OK: no problems found.");
        CliRun withoutKey = CliRun.of("verify", "--url", server.url(), "--api-key", ADMIN_KEY);
        assertThat(withoutKey.exit()).as(withoutKey.toString()).isZero();
        assertThat(withoutKey.err()).contains("warning: no --key given");
        CliRun wrongKey = CliRun.of("verify", "--url", server.url(), "--api-key", "not-the-admin-key-0123456789", "--key", vkey);
        assertThat(wrongKey.exit()).isEqualTo(2);
        assertThat(wrongKey.err()).contains("GET " + server.url() + "/api/v1/audit/keys: HTTP 401");

        exported = tmp.resolve("export");
        CliRun export = CliRun.of("export", "--url", server.url(), "--api-key", ADMIN_KEY, "--dir", exported.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("exported 14 entries and " + checkpointSizes.size() + " checkpoints");
        CliRun again = CliRun.of("export", "--url", server.url(), "--api-key", ADMIN_KEY, "--dir", exported.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("error: the audit log was not exported: " + exported + " exists already");
        stop(server);
    }

    @Test
    void anExportVerifiesOfflineAndAChangedExportedLineIsPinpointed() throws Exception {
        CliRun run = CliRun.of("verify", "--dir", exported.toString(), "--key", vkey);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("entries read:          14\n", "verified size:         14\n", "OK: no problems found.");
        assertThat(Files.list(exported).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                "checkpoints.jsonl", "entries-00000000000000000000-00000000000000000014.jsonl", "log.json");

        Path copy = Files.createTempDirectory(tmp, "export-tampered");
        try (Stream<Path> files = Files.list(exported)) {
            for (Path file : (Iterable<Path>) files::iterator) Files.copy(file, copy.resolve(file.getFileName()));
        }
        Path entriesFile = copy.resolve("entries-00000000000000000000-00000000000000000014.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(entriesFile));
        lines.set(4, lines.get(4).replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"tpa_someone\""));
        Files.write(entriesFile, lines);
        CliRun tampered = CliRun.of("verify", "--dir", copy.toString(), "--key", vkey);
        assertThat(tampered.exit()).as(tampered.toString()).isEqualTo(1);
        assertPinpointed(tampered, 4, "ENTRY_CHANGED entry 4: ", "CHAIN_BROKEN entry 5: ");
    }

    @AfterAll
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aChangedActorIsPinpointed() throws Exception {
        CliRun run = tamperAndVerify("UPDATE audit_entries SET actor = 'tpa_attacker' WHERE seq = 4");
        assertPinpointed(run, 4, "ENTRY_CHANGED entry 4: ", "CHAIN_BROKEN entry 5: ");
    }

    @Test
    void aDeletedRowIsPinpointed() throws Exception {
        CliRun run = tamperAndVerify("DELETE FROM audit_entries WHERE seq = 5");
        assertPinpointed(run, 5, "ENTRY_MISSING entry 5: entry 5 is missing: the log goes from entry 4 to 6", "CHAIN_BROKEN entry 6: ");
    }

    @Test
    void swappedSequenceNumbersArePinpointed() throws Exception {
        CliRun run = tamperAndVerify("UPDATE audit_entries SET seq = -1 WHERE seq = 3",
                "UPDATE audit_entries SET seq = 3 WHERE seq = 4",
                "UPDATE audit_entries SET seq = 4 WHERE seq = -1");
        assertPinpointed(run, 3, "ENTRY_CHANGED entry 3: ", "ENTRY_CHANGED entry 4: ");
    }

    @Test
    void aDuplicatedRowInsertedInTheMiddleIsPinpointed() throws Exception {
        CliRun run = tamperAndVerify("UPDATE audit_entries SET seq = seq + 1000000 WHERE seq >= 6",
                "UPDATE audit_entries SET seq = seq - 999999 WHERE seq >= 1000000",
                "INSERT INTO audit_entries SELECT 6, entry_time, actor, project_id, action, target, body, prev_hash, leaf_hash "
                        + "FROM audit_entries WHERE seq = 5");
        assertPinpointed(run, 6, "entries read:          15\n", "ENTRY_CHANGED entry 6: ", "CHAIN_BROKEN entry 6: ");
    }

    @Test
    void truncationIsPinpointed() throws Exception {
        CliRun run = tamperAndVerify("DELETE FROM audit_entries WHERE seq >= " + (entries - 3));
        assertThat(run.out()).contains("TRUNCATED entries " + (entries - 3) + " to " + (entries - 1) + ", checkpoint " + entries + ": a checkpoint signed "
                + entries + " entries but the log has " + (entries - 3));
        // the server's tree is shorter than its own checkpoint now, so it has no proof to give: the reason is shown
        assertThat(run.err()).contains("warning: the server gave no consistency proof from size", " to " + entries + " (HTTP 400: ",
                "(to: must satisfy from <= to <= " + (entries - 3) + " (the log's size))");
    }

    @Test
    void aCheckpointWithAnotherCheckpointsNoteIsPinpointed() throws Exception {
        CliRun run = tamperAndVerify("UPDATE audit_checkpoints SET note = (SELECT note FROM audit_checkpoints WHERE tree_size = "
                + lastSigned + ") WHERE tree_size = " + firstSigned);
        assertThat(run.out()).contains("FAILED: 1 problem\n", "CHECKPOINT_RECORD_MISMATCH checkpoint " + firstSigned
                + ": the checkpoint stored as size " + firstSigned + " holds a signed note for size " + lastSigned);
    }

    @Test
    void anArchiveTheServerWroteVerifiesOfflineAndAChangedArchivedLineIsPinpointed() throws Exception {
        Path copy = copyOfPristine("archiving");
        Path archive = tmp.resolve("archive");
        Server server = start(copy, "--trustplane.audit.archive.destination=file:" + archive, "--trustplane.audit.archive.segment-entries=5");
        try {
            HttpResponse<String> archived = send(server, HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/admin/audit/archive"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        } finally {
            stop(server);
        }
        // the start with archive settings appended settings.changed (entry 14): three sealed segments of 5
        CliRun run = CliRun.of("verify", "--dir", archive.toString(), "--key", vkey);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("entries read:          15\n", "verified size:         15\n", "OK: no problems found.");

        Path second = archive.resolve(String.format("%020d-%020d", 5, 10)).resolve(String.format("entries-%020d-%020d.jsonl", 5, 10));
        second.toFile().setWritable(true);
        List<String> lines = new ArrayList<>(Files.readAllLines(second));
        assertThat(lines.get(2)).contains("\"actor\":\"");
        lines.set(2, lines.get(2).replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"tpa_someone\""));
        Files.write(second, lines);
        CliRun tampered = CliRun.of("verify", "--dir", archive.toString(), "--key", vkey);
        assertThat(tampered.exit()).as(tampered.toString()).isEqualTo(1);
        assertPinpointed(tampered, 7, "ENTRY_CHANGED entry 7: ", "CHAIN_BROKEN entry 8: ");
    }

    private Path copyOfPristine(String name) throws IOException {
        Path copy = Files.createTempDirectory(tmp, name);
        try (Stream<Path> files = Files.walk(pristine)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(pristine.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to); else Files.copy(from, to);
            }
        }
        return copy;
    }

    /** Copies the pristine data directory, changes its store with SQL, serves it and verifies it: exit 1 expected. */
    private CliRun tamperAndVerify(String... statements) throws Exception {
        Path copy = copyOfPristine("tampered");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + copy.resolve("trustplane.duckdb"));
             Statement sql = db.createStatement()) {
            for (String statement : statements) sql.executeUpdate(statement);
        }
        Server server = start(copy);
        try {
            CliRun run = verify(server);
            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            return run;
        } finally {
            stop(server);
        }
    }

    private CliRun verify(Server server) {
        return CliRun.of("verify", "--url", server.url(), "--api-key", ADMIN_KEY, "--key", vkey);
    }

    /**
     * The output has each of the lines, names entry {@code seq}, and no problem about a single entry names one
     * before it: the report points at the tampering, not before it.
     */
    private static void assertPinpointed(CliRun run, long seq, String... lines) {
        assertThat(run.out()).as(run.toString()).contains(lines);
        List<Long> named = run.out().lines().filter(l -> l.matches("[A-Z_]+ entry \\d+: .*"))
                .map(l -> Long.parseLong(l.replaceFirst("[A-Z_]+ entry (\\d+): .*", "$1"))).toList();
        assertThat(named).as(run.toString()).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(seq));
        assertThat(named).contains(seq);
    }

    private long signCheckpoint(Server server) throws Exception {
        HttpResponse<String> response = send(server, HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/audit/checkpoint"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow()); // the note's second line
    }

    private JsonNode adminPost(Server server, String path, String body) throws Exception {
        HttpResponse<String> response = send(server, HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return AuditJson.MAPPER.readTree(response.body());
    }

    private JsonNode get(Server server, String path) throws Exception {
        HttpResponse<String> response = send(server, HttpRequest.newBuilder(URI.create(server.url() + path)).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return AuditJson.MAPPER.readTree(response.body());
    }

    private HttpResponse<String> send(Server server, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Server start(Path dataDir, String... settings) throws Exception {
        String jar = System.getProperty("trustplane.server.jar");
        assertThat(jar).as("system property trustplane.server.jar (set by the failsafe plugin)").isNotNull();
        assertThat(Path.of(jar)).as("the server jar; build it first: ./mvnw -B install -DskipTests -pl server -am").isRegularFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile(tmp, "server", ".log");
        // port 0 and the port read from the log: a free port picked in advance can be taken by another
        // process (another test's server) before this one binds it, and then the wrong server answers
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar", jar,
                "--server.port=0", "--trustplane.store.data-dir=" + dataDir, "--trustplane.security.admin-key=" + ADMIN_KEY));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        Instant deadline = Instant.now().plusSeconds(120);
        Server server = null;
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the server exited early; see " + log).isTrue();
            if (server == null) {
                Matcher port = TOMCAT_STARTED.matcher(Files.readString(log));
                if (port.find()) server = new Server(process, "http://localhost:" + port.group(1));
            } else {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(server.url() + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return server;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not become ready within 120 s; see " + log);
    }

    /** SIGTERM: the server finishes its work and closes the store, which can then be copied. */
    private void stop(Server server) throws InterruptedException {
        server.process().destroy();
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).as("the server stopped within 60 s").isTrue();
        started.remove(server.process());
    }

}
