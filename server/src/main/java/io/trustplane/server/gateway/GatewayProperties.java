package io.trustplane.server.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The OpenAI-compatible gateway ({@code trustplane.gateway.*}). Timeouts and retries are defaults that each upstream
 * may override.
 *
 * @param maxBodySize    largest proxied request body, after gzip decompression (413 beyond); also the largest upstream
 *                       configuration body
 * @param connectTimeout time to open a connection to an upstream
 * @param readTimeout    time from sending a request until the upstream's response headers arrive
 * @param idleTimeout    longest wait for more of an upstream's response body once its headers arrived: between two
 *                       chunks of a stream, or within a whole answer (0 = no limit). A stream idle that long is ended
 *                       with an OpenAI-shaped error event; a whole answer gets 504 {@code upstream_timeout}
 * @param maxRetries     retries on the same upstream after a transient failure (connection failure, timeout, 408, 429,
 *                       500, 502, 503, 504) before the next upstream in the fallback order is tried
 * @param retryBackoff   base of the exponential backoff between retries (doubled each retry, half of it random jitter)
 * @param maxRetryAfter  longest {@code Retry-After} of an upstream that is waited for; a longer one moves on to the
 *                       next upstream at once
 * @param maxUpstreams   most upstreams per project
 * @param maxConnectionsPerUpstream most open connections to one upstream host and port (calls beyond wait up to the
 *                       connect timeout for one to come free); four times as many to all upstreams together
 */
@ConfigurationProperties("trustplane.gateway")
public record GatewayProperties(
        @DefaultValue("16MB") DataSize maxBodySize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("120s") Duration readTimeout,
        @DefaultValue("120s") Duration idleTimeout,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("250ms") Duration retryBackoff,
        @DefaultValue("10s") Duration maxRetryAfter,
        @DefaultValue("50") int maxUpstreams,
        @DefaultValue("1000") int maxConnectionsPerUpstream) {

    public GatewayProperties {
        if (maxConnectionsPerUpstream < 1) {
            throw new IllegalArgumentException("trustplane.gateway.max-connections-per-upstream must be at least 1, not " + maxConnectionsPerUpstream);
        }
    }
}
