package io.trustplane.server.monitoring;

import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads monitoring request bodies: the size limit ({@code trustplane.monitoring.max-body-size}, gzip allowed), then JSON. */
@Component
public class MonitoringBodies {
    private static final String LIMIT_SETTING = "trustplane.monitoring.max-body-size";
    private final MonitoringProperties properties;
    private final JsonMapper json;

    public MonitoringBodies(MonitoringProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** The raw body within the size limit (413 beyond it). */
    public byte[] bytes(HttpServletRequest request) throws IOException {
        return RequestBodies.read(request, properties.maxBodySize().toBytes(), LIMIT_SETTING);
    }

    /** The body as a JSON tree; 400 when it is empty or not JSON. */
    public JsonNode json(HttpServletRequest request) throws IOException {
        byte[] body = bytes(request);
        if (body.length == 0) throw ApiException.badRequest("The request needs a JSON body.", List.of());
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
    }
}
