package io.trustplane.server.tenancy;

import java.time.Instant;
import java.util.UUID;

/** The answer to creating a key: the only time the secret {@code key} is ever returned. */
public record CreatedApiKey(UUID id, UUID projectId, String name, String prefix, String key, Instant createdAt) {
    @Override
    public String toString() {
        return "CreatedApiKey[id=" + id + ", prefix=" + prefix + "]"; // keep the secret out of logs
    }
}
