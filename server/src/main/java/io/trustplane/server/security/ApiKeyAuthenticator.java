package io.trustplane.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trustplane.server.store.SqlTime;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resolves a presented API key to its {@link ProjectPrincipal}. Verified keys are cached by hash (a
 * store round trip per request would dominate ingestion latency); unknown keys are cached briefly too
 * so a flood of bad keys cannot hammer the store. Last-used times are collected in memory and written
 * back in one batch every {@code trustplane.security.last-used-flush}.
 */
@Component
public class ApiKeyAuthenticator {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticator.class);

    private final JdbcTemplate jdbc;
    private final Cache<String, Optional<ProjectPrincipal>> byHash;
    private final Map<UUID, Instant> lastUsed = new ConcurrentHashMap<>();

    public ApiKeyAuthenticator(JdbcTemplate jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.byHash = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.keyCacheTtl())
                .build();
    }

    public Optional<ProjectPrincipal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        Optional<ProjectPrincipal> principal = byHash.get(ApiKeyHasher.hash(presentedKey), this::load);
        principal.ifPresent(p -> lastUsed.put(p.keyId(), Instant.now()));
        return principal;
    }

    /** Forgets every cached verification, e.g. after a key was revoked. */
    public void invalidateAll() {
        byHash.invalidateAll();
    }

    private Optional<ProjectPrincipal> load(String hash) {
        List<ProjectPrincipal> found = jdbc.query(
                "SELECT id, prefix, project_id, scope FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                (rs, i) -> new ProjectPrincipal(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), "admin".equals(rs.getString(4))),
                hash);
        return found.stream().findFirst();
    }

    @Scheduled(fixedDelayString = "${trustplane.security.last-used-flush:5s}")
    public void flushLastUsed() {
        if (lastUsed.isEmpty()) {
            return;
        }
        List<Object[]> batch = new java.util.ArrayList<>();
        for (UUID keyId : List.copyOf(lastUsed.keySet())) {
            Instant at = lastUsed.remove(keyId);
            if (at != null) {
                batch.add(new Object[] {SqlTime.toSql(at), keyId});
            }
        }
        try {
            jdbc.batchUpdate("UPDATE api_keys SET last_used_at = ? WHERE id = ?", batch);
        } catch (RuntimeException e) {
            log.warn("could not record API key last-used times; will retry: {}", e.getMessage());
            batch.forEach(row -> lastUsed.merge((UUID) row[1], SqlTime.fromSql((LocalDateTime) row[0]),
                    (a, b) -> a.isAfter(b) ? a : b));
        }
    }
}
