package io.trustplane.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trustplane.security.*}.
 *
 * @param adminKey          the admin credential to accept; when empty and no admin key exists yet, one is
 *                          generated on first start and printed once (env {@code TRUSTPLANE_SECURITY_ADMIN_KEY})
 * @param keyCacheTtl       how long a verified key is trusted without rereading the store; revocation in this
 *                          process takes effect at once, this bounds it for other writers
 * @param lastUsedFlush     how often last-used times are written back (batched off the request path)
 * @param publicMetrics     whether {@code /metrics} is readable without a key (Prometheus scrapers)
 * @param apiKeyHeader      a header that may carry the key instead of {@code Authorization: Bearer} (default
 *                          {@code X-API-Key}), for clients that can set headers but not that one
 */
@ConfigurationProperties("trustplane.security")
public record SecurityProperties(String adminKey, Duration keyCacheTtl, Duration lastUsedFlush, Boolean publicMetrics,
                                 String apiKeyHeader) {
    public SecurityProperties {
        adminKey = adminKey == null ? "" : adminKey.trim();
        keyCacheTtl = keyCacheTtl == null ? Duration.ofSeconds(30) : keyCacheTtl;
        lastUsedFlush = lastUsedFlush == null ? Duration.ofSeconds(5) : lastUsedFlush;
        publicMetrics = publicMetrics == null || publicMetrics;
        apiKeyHeader = apiKeyHeader == null || apiKeyHeader.isBlank() ? "X-API-Key" : apiKeyHeader.strip();
        if (apiKeyHeader.equalsIgnoreCase("Authorization") || !apiKeyHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException("trustplane.security.api-key-header must be an HTTP header name other than "
                    + "Authorization, not '" + apiKeyHeader + "'");
        }
    }
}
