package io.trustplane.server.monitoring.reference;

import io.trustplane.core.monitoring.profile.DatasetProfile;
import java.time.Instant;
import java.util.UUID;

/**
 * A version's stored reference profile.
 *
 * @param source        {@code range} (profiled from hourly windows) or {@code dataset} (an uploaded dataset)
 * @param sourceVersion for {@code range}: the version whose windows were profiled (this one, or another of the model)
 * @param from          for {@code range}: the first hour profiled
 * @param to            for {@code range}: the end of the last hour profiled
 */
public record ReferenceProfile(UUID versionId, String source, String sourceVersion, Instant from, Instant to, long rows,
                               DatasetProfile profile, Instant createdAt) {
}
