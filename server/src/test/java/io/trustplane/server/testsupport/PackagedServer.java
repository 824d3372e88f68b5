package io.trustplane.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server jar ({@code trustplane-server.jar}, path from the failsafe plugin's {@code trustplane.server.jar}
 * property) run as a separate process, for integration tests ({@code *IT}) that need what only the real artifact has:
 * its runtime classpath (a dependency in test scope only would pass every in-process test and fail here), a process
 * that can be killed, a restart on the same data directory.
 */
public final class PackagedServer implements AutoCloseable {
    public static final String ADMIN_KEY = "packaged-it-admin-key-0123456789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataDir;
    private final int port;
    private final List<String> extraArgs;
    private Process process;
    private Path log;

    private PackagedServer(Path dataDir, int port, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.port = port;
        this.extraArgs = extraArgs;
    }

    /** Starts the jar on a free port with this data directory and extra arguments, and waits until it answers. */
    public static PackagedServer start(Path dataDir, String... extraArgs) throws Exception {
        PackagedServer server = new PackagedServer(dataDir, freePort(), List.of(extraArgs));
        server.start();
        return server;
    }

    /** Starts the process again (same port, data directory and arguments) after it was stopped or killed. */
    public void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("trustplane.server.jar");
        assertThat(jar).as("system property trustplane.server.jar (set by the failsafe plugin)").isNotNull();
        log = Files.createTempFile("trustplane-it", ".log");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", jar,
                "--server.port=" + port, "--trustplane.store.data-dir=" + dataDir,
                "--trustplane.security.admin-key=" + ADMIN_KEY));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("server exited early; see " + log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(url("/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start within 90 s; see " + log);
    }

    /** Waits for {@code /health/ready} (the event log replayed, projectors caught up). */
    public void awaitReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (http.send(HttpRequest.newBuilder(url("/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not become ready within 120 s; see " + log);
    }

    /** An organization, a project in it, and a key of that project: the key. */
    public String createProjectKey(String name) {
        return api().createTenant(ADMIN_KEY, name).key();
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Process process() {
        return process;
    }

    /** The server's log so far (for assertion messages). */
    public Path log() {
        return log;
    }

    /** SIGTERM, and waits for the graceful shutdown. */
    public void stopGracefully() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("graceful shutdown within 60 s").isTrue();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
