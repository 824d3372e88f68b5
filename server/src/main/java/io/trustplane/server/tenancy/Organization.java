package io.trustplane.server.tenancy;

import java.time.Instant;
import java.util.UUID;

public record Organization(UUID id, String name, Instant createdAt) {
}
