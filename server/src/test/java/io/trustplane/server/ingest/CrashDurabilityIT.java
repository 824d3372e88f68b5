package io.trustplane.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.PackagedServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: the server runs as a separate process under concurrent ingestion load,
 * is killed with SIGKILL mid-load, and restarted on the same data directory; every span whose request
 * was acknowledged must then be in the store, each exactly once.
 */
class CrashDurabilityIT {
    private static final int CLIENTS = 16;
    private static final int SPANS_PER_REQUEST = 20;

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private PackagedServer server;

    @AfterEach
    void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void everyAcknowledgedSpanSurvivesAKillDuringLoad() throws Exception {
        server = PackagedServer.start(dataDir);
        String key = server.createProjectKey("crash-test");

        Load load = startLoad(key);
        load.awaitAcknowledged(20_000);
        int inFlight = load.inFlight.get();
        Process killed = server.process();
        killed.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);
        load.join();
        Set<String> acknowledgedBeforeKill = Set.copyOf(load.acknowledged);
        assertThat(acknowledgedBeforeKill).hasSizeGreaterThanOrEqualTo(20_000);
        assertThat(inFlight).as("requests in flight when the server was killed").isPositive();

        server.start();
        server.awaitReady();
        HttpResponse<String> after = http.send(ingestRequest(key, "after-restart"), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(202);
        server.stopGracefully();

        Set<String> stored = storedSpans();
        assertThat(stored).containsAll(acknowledgedBeforeKill);
        assertThat(stored).contains("after-restart/0");
    }

    @Test
    void aGracefulShutdownDrainsInFlightBatchesAndLeavesTheStoreComplete() throws Exception {
        server = PackagedServer.start(dataDir);
        String key = server.createProjectKey("crash-test");

        Load load = startLoad(key);
        load.awaitAcknowledged(10_000);
        server.stopGracefully(); // SIGTERM
        load.join();
        assertThat(load.serverErrors.get()).as("5xx answers during shutdown").isZero();

        // Everything acknowledged is in the store right away: the projector drained the log on shutdown.
        assertThat(storedSpans()).containsAll(load.acknowledged);
    }

    /** Concurrent clients sending batches until the server goes away. */
    private final class Load {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final List<Thread> clients = new ArrayList<>();

        void awaitAcknowledged(int spans) throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(60);
            while (acknowledged.size() < spans && Instant.now().isBefore(deadline)) Thread.sleep(20);
        }

        void join() throws InterruptedException {
            for (Thread t : clients) t.join(Duration.ofSeconds(60));
        }
    }

    private Load startLoad(String key) {
        Load load = new Load();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            load.clients.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                for (int request = 0; ; request++) {
                    String traceId = "c" + client + "-r" + request;
                    load.inFlight.incrementAndGet();
                    try {
                        HttpResponse<String> response = http.send(ingestRequest(key, traceId), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 202) {
                            for (int s = 0; s < SPANS_PER_REQUEST; s++) load.acknowledged.add(traceId + "/" + s);
                        } else if (response.statusCode() >= 500) {
                            load.serverErrors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    } finally {
                        load.inFlight.decrementAndGet();
                    }
                }
            }));
        }
        return load;
    }

    private HttpRequest ingestRequest(String key, String traceId) {
        StringBuilder body = new StringBuilder("{\"spans\":[");
        for (int s = 0; s < SPANS_PER_REQUEST; s++) {
            if (s > 0) body.append(',');
            body.append("""
                    {"traceId":"%s","spanId":"%d","parentSpanId":%s,"name":"step-%d","kind":"llm",
                     "startTime":"2026-11-22T10:00:00Z","endTime":"2026-11-22T10:00:00.5Z","model":"gpt-4o",
                     "input":[{"role":"user","content":"question %d"}],"output":"answer","inputTokens":12,"outputTokens":30}"""
                    .formatted(traceId, s, s == 0 ? "null" : "\"0\"", s, s));
        }
        body.append("]}");
        return HttpRequest.newBuilder(server.url("/api/v1/traces")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private Set<String> storedSpans() throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve("trustplane.duckdb"), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT trace_id, span_id FROM spans")) {
            while (rs.next()) {
                assertThat(stored.add(rs.getString(1) + "/" + rs.getString(2))).as("stored once").isTrue();
            }
        }
        return stored;
    }
}
