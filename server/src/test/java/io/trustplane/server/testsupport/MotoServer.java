package io.trustplane.server.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: moto's server ({@code python3 -m moto.server}, from
 * {@code pip install 'moto[server]'}) on a free loopback port, started and stopped by the test. Its state lives
 * in its memory and goes with it.
 */
public final class MotoServer implements AutoCloseable {
    public static final String ACCESS_KEY = "archive-test-access";
    public static final String SECRET_KEY = "archive-test-secret-do-not-log";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;
    private final Path output;

    private MotoServer(Process process, URI endpoint, Path output) {
        this.process = process;
        this.endpoint = endpoint;
        this.output = output;
    }

    /** Starts moto's server and waits until it answers. */
    public static MotoServer start() {
        String python = System.getenv().getOrDefault("TRUSTPLANE_PYTHON", "python3");
        Path output;
        Process process;
        int port;
        try {
            output = Files.createTempFile("moto-", ".log");
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            process = new ProcessBuilder(python, "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start moto's S3 server with " + python + ": " + e.getMessage()
                    + " (install it with: pip install 'moto[server]'; TRUSTPLANE_PYTHON names another interpreter)", e);
        }
        MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), output);
        server.awaitReady();
        return server;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto's S3 server exited with " + process.exitValue() + " (install it with: "
                        + "pip install 'moto[server]'):\n" + log());
            }
            try {
                http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("moto's S3 server did not answer at " + endpoint + " within " + START_TIMEOUT + ":\n" + log());
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client of this server, configured as the archive's is. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** What the server printed (its request log). */
    public String log() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            // a temporary file
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
