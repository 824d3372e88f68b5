package io.trustplane.server.monitoring.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A registered model as the API shows it.
 *
 * @param features            declared features: name -> {@code numeric} | {@code categorical}
 * @param protectedAttributes the protected attribute names predictions may carry (fairness is computed per attribute)
 * @param card                the model card (see {@link ModelCards})
 */
public record Model(UUID id, String name, String task, String positiveClass, String description, Map<String, String> features,
                    List<String> protectedAttributes, JsonNode card, boolean archived, Instant createdAt, Instant updatedAt) {

    public ModelTask taskType() {
        return ModelTask.fromWire(task);
    }
}
