package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.GatewayProperties;
import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.upstream.Route;
import io.trustplane.server.gateway.upstream.UpstreamTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gets an answer for a call from its routes: each upstream in fallback order, each retried on transient failures
 * (with backoff and jitter, or the upstream's {@code Retry-After} when it is within
 * {@code trustplane.gateway.max-retry-after}; a longer one moves on to the next upstream at once). The first answer that
 * is not a transient failure is the call's answer, whatever its status. Retries and fallbacks happen only before any
 * byte has gone back to the client, so a stream is never spliced from two upstreams.
 */
@Component
class UpstreamForwarder {
    private static final Logger log = LoggerFactory.getLogger(UpstreamForwarder.class);
    private static final int MAX_DRAINED_BYTES = 64 * 1024;

    private final UpstreamHttp http;
    private final GatewayProperties properties;

    UpstreamForwarder(UpstreamHttp http, GatewayProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    /** The answer, from the upstream of {@code route}, after {@code attempts} requests in all. */
    record Answer(UpstreamResponse response, Route route, int attempts, long headersAt) {
    }

    /** {@code headers}: the client's headers that are forwarded with each attempt. */
    Answer forward(List<Route> routes, GatewayEndpoint endpoint, ProxyBody body, String query, Map<String, String> headers,
                   String requestedModel, Attempts counter) throws InterruptedException {
        List<String> failures = new ArrayList<>();
        boolean allTimedOut = true;
        for (Route route : routes) {
            UpstreamTarget target = route.target();
            byte[] bytes = body.withModel(route.upstreamModel());
            String failure = null;
            int tries = 0;
            for (int retry = 0; ; retry++) {
                tries++;
                counter.attempts++;
                Duration wait = null;
                try {
                    UpstreamResponse response = http.post(target, route.upstreamModel(), endpoint, query, bytes, headers);
                    int status = response.status();
                    if (!RetryPolicy.isTransient(status)) {
                        return new Answer(response, route, counter.attempts, System.nanoTime());
                    }
                    allTimedOut = false;
                    failure = "HTTP " + status;
                    Optional<Duration> asked = RetryPolicy.retryAfter(response::header, Instant.now());
                    drain(response.body());
                    if (asked.isPresent()) {
                        if (asked.get().compareTo(properties.maxRetryAfter()) > 0) {
                            failure += " (asked to retry after " + asked.get().toMillis() + " ms)";
                            break;
                        }
                        wait = asked.get();
                    }
                } catch (ConnectTimeoutException e) {
                    failure = "connect timed out after " + target.connectTimeout().toMillis() + " ms";
                } catch (ConnectionRequestTimeoutException e) {
                    failure = "no free connection within " + target.connectTimeout().toMillis()
                            + " ms (trustplane.gateway.max-connections-per-upstream are all in use)";
                } catch (SocketTimeoutException e) {
                    failure = "no response within " + target.readTimeout().toMillis() + " ms";
                } catch (IOException e) {
                    allTimedOut = false;
                    failure = "connection failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                }
                if (retry >= target.maxRetries()) break;
                Thread.sleep(wait != null ? wait : RetryPolicy.backoff(retry + 1, target.retryBackoff()));
            }
            log.warn("gateway upstream {} failed for model {}: {} after {} attempt(s)", target.name(), route.upstreamModel(), failure, tries);
            failures.add("'" + target.name() + "': " + failure + " after " + tries + (tries == 1 ? " attempt" : " attempts"));
        }
        String message = (routes.size() == 1 ? "The upstream" : "All " + routes.size() + " upstreams") + " serving model '"
                + requestedModel + "' failed: " + String.join("; ", failures) + ".";
        throw new GatewayException(allTimedOut
                ? OpenAiError.upstream(504, "upstream_timeout", message)
                : OpenAiError.upstream(502, "upstream_failed", message));
    }

    /** Counts upstream requests across retries and fallbacks, also when the call ends in an error. */
    static final class Attempts {
        int attempts;
    }

    /** Reads a little of a failed attempt's body so its connection can be reused, then closes it. */
    private static void drain(InputStream body) {
        try (body) {
            body.readNBytes(MAX_DRAINED_BYTES);
        } catch (IOException ignored) {
            // the connection is closed instead of reused
        }
    }
}
