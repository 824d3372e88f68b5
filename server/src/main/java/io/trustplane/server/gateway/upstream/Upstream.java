package io.trustplane.server.gateway.upstream;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A project's upstream provider as the API shows it. The credential itself is write-only: only whether one is set
 * and, for long credentials, its last four characters (as providers' own consoles show keys).
 *
 * @param models           alias → the upstream's model name; empty means the upstream serves any model, unchanged
 * @param priority         routing order (lower first, then creation order): the first enabled upstream that serves
 *                         a model is tried first, the others that serve it are its fallbacks in this order
 * @param connectTimeoutMs null: {@code trustplane.gateway.connect-timeout}; likewise the other three
 */
public record Upstream(UUID id, String name, String baseUrl, String kind, String apiVersion, Map<String, String> models,
                       int priority, boolean enabled, Integer connectTimeoutMs, Integer readTimeoutMs, Integer maxRetries,
                       Integer retryBackoffMs, Credential credential, Instant createdAt, Instant updatedAt) {

    public Upstream {
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }

    /** Whether a credential is stored, and a hint to recognise it by (null when it is too short to show any of it). */
    public record Credential(boolean set, String hint) {
    }

    public UpstreamKind kindType() {
        return UpstreamKind.parse(kind).orElseThrow();
    }
}
