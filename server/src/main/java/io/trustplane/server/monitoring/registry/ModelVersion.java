package io.trustplane.server.monitoring.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A version of a model as the API shows it. */
public record ModelVersion(UUID id, String model, String version, String stage, List<Endpoint> endpoints, String notes,
                           Instant createdAt, Instant updatedAt, Instant stageChangedAt) {

    /** Where a version is served: a name unique within the version and an absolute http(s) URL. */
    public record Endpoint(String name, String url) {
    }

    public Stage stageType() {
        return Stage.fromWire(stage);
    }
}
