package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.upstream.UpstreamKind;
import io.trustplane.server.gateway.upstream.UpstreamTarget;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Sends requests to upstreams with the JDK's HTTP client: HTTP/2 over TLS where the upstream offers it (one connection
 * multiplexes concurrent calls), HTTP/1.1 with keep-alive over plain HTTP (local vLLM, Ollama), no redirects, and the
 * response body as a stream so nothing is buffered on the way back. Clients are shared per connect timeout (the one
 * setting the JDK fixes per client), and so are their connection pools.
 */
@Component
class UpstreamHttp {
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /** The headers of the client's request that are forwarded (the rest, above all its TrustPlane key, are not). */
    static final String[] FORWARDED_REQUEST_HEADERS = {"Content-Type", "Accept", "OpenAI-Beta", "Idempotency-Key", "X-Client-Request-Id"};

    HttpResponse<InputStream> send(HttpRequest request, UpstreamTarget target) throws IOException, InterruptedException {
        return client(target.connectTimeout()).send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** A POST of {@code body} to {@code endpoint} of the upstream, authenticated as its kind expects. */
    static HttpRequest.Builder post(UpstreamTarget target, String upstreamModel, GatewayEndpoint endpoint, String query, byte[] body) {
        return request(target, upstreamModel, endpoint.path(), query).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A request to {@code path} under the upstream's base URL with its credential and timeout. */
    static HttpRequest.Builder request(UpstreamTarget target, String upstreamModel, String path, String query) {
        String base = target.baseUrl();
        if (base.contains("{model}")) {
            base = base.replace("{model}", URLEncoder.encode(upstreamModel == null ? "" : upstreamModel, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        StringBuilder uri = new StringBuilder(base).append(path);
        String q = query == null ? "" : query;
        if (target.kind() == UpstreamKind.AZURE && target.apiVersion() != null && !q.contains("api-version=")) {
            q = q.isEmpty() ? "api-version=" + target.apiVersion() : q + "&api-version=" + target.apiVersion();
        }
        if (!q.isEmpty()) uri.append('?').append(q);
        URI address = URI.create(uri.toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(address).timeout(target.readTimeout())
                .version("https".equalsIgnoreCase(address.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        if (target.credential() != null) {
            if (target.kind() == UpstreamKind.AZURE) builder.header("api-key", target.credential());
            else builder.header("Authorization", "Bearer " + target.credential());
        }
        return builder;
    }

    private HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build());
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::shutdownNow);
        executor.shutdownNow();
    }
}
