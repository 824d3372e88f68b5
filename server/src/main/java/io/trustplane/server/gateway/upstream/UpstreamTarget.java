package io.trustplane.server.gateway.upstream;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * An enabled upstream as the proxy uses it: the decrypted credential and the effective timeouts and retries (the
 * upstream's own, or the server's defaults). Never serialized; {@link #toString()} leaves the credential out.
 *
 * @param credential null when none is set (e.g. a local Ollama)
 */
public record UpstreamTarget(UUID id, String name, String baseUrl, UpstreamKind kind, String apiVersion, Map<String, String> models,
                             String credential, Duration connectTimeout, Duration readTimeout, int maxRetries, Duration retryBackoff) {

    /** The model to ask this upstream for when a client asks for {@code requested}; null when it does not serve it. */
    public String upstreamModel(String requested) {
        if (models.isEmpty()) return requested;
        return requested == null ? null : models.get(requested);
    }

    public boolean servesAnyModel() {
        return models.isEmpty();
    }

    @Override
    public String toString() {
        return "UpstreamTarget[" + name + " " + baseUrl + "]";
    }
}
