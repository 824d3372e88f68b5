package io.trustplane.server.tenancy;

import java.time.Instant;
import java.util.UUID;

/** A project key as listed: never the key itself, only its visible prefix. */
public record ApiKeyInfo(UUID id, UUID projectId, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt) {
}
