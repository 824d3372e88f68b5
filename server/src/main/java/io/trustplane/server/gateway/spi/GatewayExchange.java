package io.trustplane.server.gateway.spi;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One proxied call, as the hooks of a {@link GatewayGuard} see it. The proxy fills in the upstream once one answers;
 * {@link #attributes()} carries whatever a hook wants to keep from one callback to the next (a trace id, a window of
 * streamed text, ...). One exchange is handled by one thread at a time.
 */
public final class GatewayExchange {
    private final UUID projectId;
    private final UUID keyId;
    private final String keyPrefix;
    private final GatewayEndpoint endpoint;
    private final String requestedModel;
    private final boolean stream;
    private final long startNanos;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final String traceparent;
    private final Map<String, String> responseHeaders = new ConcurrentHashMap<>();
    private volatile String upstream;
    private volatile String upstreamModel;

    public GatewayExchange(UUID projectId, UUID keyId, String keyPrefix, GatewayEndpoint endpoint, String requestedModel,
                           boolean stream, long startNanos) {
        this(projectId, keyId, keyPrefix, endpoint, requestedModel, stream, startNanos, null);
    }

    public GatewayExchange(UUID projectId, UUID keyId, String keyPrefix, GatewayEndpoint endpoint, String requestedModel,
                           boolean stream, long startNanos, String traceparent) {
        this.traceparent = traceparent;
        this.projectId = projectId;
        this.keyId = keyId;
        this.keyPrefix = keyPrefix;
        this.endpoint = endpoint;
        this.requestedModel = requestedModel;
        this.stream = stream;
        this.startNanos = startNanos;
    }

    public UUID projectId() { return projectId; }

    /** The calling project key's id (per-key limits and quotas). */
    public UUID keyId() { return keyId; }

    /** The calling key's visible prefix, safe to log. */
    public String keyPrefix() { return keyPrefix; }

    public GatewayEndpoint endpoint() { return endpoint; }

    /** The {@code model} of the request as the client sent it (an alias, possibly); null when it had none. */
    public String requestedModel() { return requestedModel; }

    /** Whether the client asked for a stream ({@code "stream": true}). */
    public boolean stream() { return stream; }

    /** {@link System#nanoTime()} when the gateway received the request. */
    public long startNanos() { return startNanos; }

    /** The name of the upstream that answered; null before one did. */
    public String upstream() { return upstream; }

    /** The model the upstream was asked for (after alias resolution); null before an upstream answered. */
    public String upstreamModel() { return upstreamModel; }

    public Map<String, Object> attributes() { return attributes; }

    /** The client's W3C {@code traceparent} header, or null: the call's trace continues the caller's. */
    public String traceparent() { return traceparent; }

    /**
     * Adds a header to the answer the client gets, however it is answered (relayed, replaced, an error or a guard's
     * answer), e.g. OpenAI's {@code x-ratelimit-*} headers. Set before the response starts (in {@code onRequest}).
     */
    public void addResponseHeader(String name, String value) { responseHeaders.put(name, value); }

    public Map<String, String> responseHeaders() { return Map.copyOf(responseHeaders); }

    /** Called by the proxy when an upstream has answered. */
    public void answeredBy(String upstream, String upstreamModel) {
        this.upstream = upstream;
        this.upstreamModel = upstreamModel;
    }
}
