package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the loop against the JDK's own HTTP server, which checks that the requests are well-formed HTTP. */
class NioLoadLoopTest {
    private static final Pattern TRACE_ID = Pattern.compile("\"traceId\":\"([^\"]+)\"");
    private HttpServer server;
    private boolean stopped;
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final List<byte[]> receivedOtlp = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> otlpContentType = new AtomicReference<>();
    private final List<String> receivedPredictions = new CopyOnWriteArrayList<>();

    private URI serve(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/traces", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = "{\"accepted\":3}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/otlp/v1/traces", exchange -> {
            receivedOtlp.add(exchange.getRequestBody().readAllBytes());
            otlpContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(status, -1); // an empty ExportTraceServiceResponse: no bytes at all
            exchange.close();
        });
        server.createContext(Endpoint.PREDICTIONS.path, exchange -> {
            receivedPredictions.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        if (!stopped) server.stop(0);
    }

    @Test
    void sendsWellFormedRequestsWithFreshTraceIdsAndCountsAcceptedAnswers() throws IOException {
        URI url = serve(202);
        var outcome = new NioLoadLoop(url, Endpoint.TRACES, "tpk_key", "run", 3, 4, 2)
                .run(0, 1_000_000_000L, 0);
        assertThat(outcome.ok()).isPositive();
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.latencyMicros().getTotalCount()).isEqualTo(outcome.ok());
        assertThat(authorization.get()).isEqualTo("Bearer tpk_key");
        server.stop(0);
        stopped = true;
        Set<String> traceIds = new java.util.HashSet<>();
        for (String body : received) {
            Matcher m = TRACE_ID.matcher(body);
            int spans = 0;
            while (m.find()) {
                spans++;
                traceIds.add(m.group(1));
            }
            assertThat(spans).isEqualTo(3);
        }
        assertThat(traceIds).hasSize(received.size()); // one trace per request, never repeated
    }

    @Test
    void sendsOtlpProtobufExportsWithFreshTraceIds() throws IOException {
        URI url = serve(200);
        var outcome = new NioLoadLoop(url, Endpoint.OTLP, "tpk_key", "run", 4, 3, 2).run(0, 1_000_000_000L, 0);
        assertThat(outcome.ok()).isPositive();
        assertThat(outcome.failures()).isEmpty();
        server.stop(0);
        stopped = true;
        assertThat(otlpContentType.get()).isEqualTo("application/x-protobuf");
        Set<com.google.protobuf.ByteString> traceIds = new HashSet<>();
        for (byte[] body : receivedOtlp) {
            var spans = ExportTraceServiceRequest.parseFrom(body).getResourceSpans(0).getScopeSpans(0).getSpansList();
            assertThat(spans).hasSize(4);
            spans.forEach(span -> traceIds.add(span.getTraceId()));
        }
        assertThat(traceIds).hasSize(receivedOtlp.size()); // one trace per request, never repeated
    }

    @Test
    void sendsPredictionBatchesWithFreshPredictionIds() throws IOException {
        URI url = serve(202);
        var outcome = new NioLoadLoop(url, Endpoint.PREDICTIONS, "tpk_key", c -> new PredictionBodies("run", c, 6, 20), 3, 2)
                .run(0, 1_000_000_000L, 0);
        assertThat(outcome.ok()).isPositive();
        assertThat(outcome.failures()).isEmpty();
        server.stop(0);
        stopped = true;
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(String.join("", receivedPredictions));
        while (m.find()) ids.add(m.group(1));
        assertThat(ids).hasSize(6 * receivedPredictions.size()); // every prediction of every request its own id
    }

    @Test
    void countsErrorAnswersByStatus() throws IOException {
        URI url = serve(503);
        var outcome = new NioLoadLoop(url, Endpoint.TRACES, "k", "run", 1, 2, 1).run(0, 1_000_000_000L, 0);
        assertThat(outcome.ok()).isZero();
        assertThat(outcome.failures()).containsOnlyKeys("http-503");
    }

    @Test
    void openLoopSendsOnScheduleAndConnectionFailuresAreCounted() throws IOException {
        URI url = serve(202);
        var paced = new NioLoadLoop(url, Endpoint.TRACES, "k", "run", 1, 2, 2).run(0, 1_000_000_000L, 20);
        assertThat(paced.ok()).isPositive().isLessThanOrEqualTo(21); // 20/s for 1 s, never a closed-loop flood
        server.stop(0);
        stopped = true;
        var refused = new NioLoadLoop(url, Endpoint.TRACES, "k", "run", 1, 1, 1).run(0, 300_000_000L, 0);
        assertThat(refused.ok()).isZero();
        assertThat(refused.failures()).containsKey("io");
    }
}
