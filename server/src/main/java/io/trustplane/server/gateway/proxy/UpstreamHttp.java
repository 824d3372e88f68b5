package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayProperties;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.upstream.UpstreamKind;
import io.trustplane.server.gateway.upstream.UpstreamTarget;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * Sends requests to upstreams over pooled HTTP/1.1 keep-alive connections with Apache HttpClient's blocking (classic)
 * client, on the calling request's virtual thread. Why not the JDK's {@code java.net.http.HttpClient}: its asynchronous
 * machinery (a selector thread and executor hand-offs for every exchange) took about two thirds of the gateway's own CPU
 * per call; a blocking exchange on the caller's thread costs a fraction of it. The price is HTTP/2: upstreams are
 * spoken to over HTTP/1.1, as the official OpenAI SDKs do by default. Nothing is decompressed, redirected, retried
 * (the forwarder retries) or cookied; the body comes back as a stream, so nothing is buffered on the way back.
 * <p>
 * Timeouts: an upstream's connect timeout bounds opening a connection (and waiting for a pooled one); its read timeout
 * bounds the wait for the response headers; once they are there, {@code trustplane.gateway.idle-timeout} bounds every
 * wait for more of the body ({@link UpstreamResponse.IdleException}). Both are socket read timeouts, so only time
 * spent waiting for the upstream counts, never time spent writing to a slow client.
 */
@Component
class UpstreamHttp {
    /** The headers of the client's request that are forwarded (the rest, above all its TrustPlane key, are not). */
    static final String[] FORWARDED_REQUEST_HEADERS = {"Content-Type", "Accept", "OpenAI-Beta", "Idempotency-Key", "X-Client-Request-Id"};

    private final Duration idleTimeout;
    private final CloseableHttpClient client;

    UpstreamHttp(GatewayProperties properties) {
        this.idleTimeout = properties.idleTimeout();
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(properties.maxConnectionsPerUpstream())
                .setMaxConnTotal(properties.maxConnectionsPerUpstream() * 4)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                // a pooled connection the upstream may have closed meanwhile is checked before it is used again
                .setDefaultConnectionConfig(ConnectionConfig.custom().setValidateAfterInactivity(TimeValue.ofSeconds(2)).build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections) // not shared: closing the client closes its connections
                .setRequestExecutor(new BodyTimeoutExecutor(Timeout.of(idleTimeout)))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
    }

    /** A POST of {@code body} to {@code endpoint} of the upstream, authenticated as its kind expects, with {@code headers}. */
    UpstreamResponse post(UpstreamTarget target, String upstreamModel, GatewayEndpoint endpoint, String query, byte[] body,
                          Map<String, String> headers) throws IOException {
        HttpPost request = new HttpPost(address(target, upstreamModel, endpoint.path(), query));
        request.setEntity(new ByteArrayEntity(body, null)); // the client's Content-Type is among the forwarded headers
        headers.forEach(request::addHeader);
        return send(request, target);
    }

    /** A GET of {@code path} under the upstream's base URL. */
    UpstreamResponse get(UpstreamTarget target, String path) throws IOException {
        return send(new HttpGet(address(target, null, path, null)), target);
    }

    private UpstreamResponse send(HttpUriRequestBase request, UpstreamTarget target) throws IOException {
        if (target.credential() != null) {
            if (target.kind() == UpstreamKind.AZURE) request.setHeader("api-key", target.credential());
            else request.setHeader("Authorization", "Bearer " + target.credential());
        }
        request.setConfig(config(target));
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(RoutingSupport.determineHost(request), request, null);
        } catch (HttpException e) { // an address without a host; upstream configurations are checked for that when saved
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new UpstreamResponse(request, response, idleTimeout);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw e;
        }
    }

    /**
     * The upstream's timeouts for one request. The connect timeout is set per request (deprecated in favour of a
     * per-route {@link ConnectionConfig}) because upstreams on the same host may each have their own.
     */
    @SuppressWarnings("deprecation")
    private static RequestConfig config(UpstreamTarget target) {
        Timeout connect = Timeout.of(target.connectTimeout());
        return RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setConnectTimeout(connect)
                .setResponseTimeout(Timeout.of(target.readTimeout()))
                .setRedirectsEnabled(false)
                .build();
    }

    /** The address of {@code path} under the upstream's base URL ({@code {model}} filled in, Azure's api-version added). */
    static URI address(UpstreamTarget target, String upstreamModel, String path, String query) {
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
        return URI.create(uri.toString());
    }

    /**
     * Switches a connection's read timeout from the upstream's read timeout (waiting for the headers) to the idle
     * timeout (waiting for more of the body) as soon as the headers are in. The classic client sets one socket timeout
     * per exchange; this is the one point where the connection is at hand between the head and the body.
     */
    private static final class BodyTimeoutExecutor extends HttpRequestExecutor {
        private final Timeout bodyTimeout;

        BodyTimeoutExecutor(Timeout bodyTimeout) {
            this.bodyTimeout = bodyTimeout;
        }

        @Override
        public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
                                           HttpResponseInformationCallback informationCallback, HttpContext context)
                throws IOException, HttpException {
            ClassicHttpResponse response = super.execute(request, connection, informationCallback, context);
            connection.setSocketTimeout(bodyTimeout);
            return response;
        }
    }

    @PreDestroy
    void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
