package io.trustplane.server.gateway.upstream;

import io.trustplane.server.gateway.GatewayProperties;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's upstream configuration, {@code /api/v1/gateway/upstreams}, scoped by the caller's project (another
 * project's upstream is 404). Upstreams are addressed by name, in any case. Errors are problem+json like the rest of
 * {@code /api/v1}.
 */
@RestController
public class UpstreamController {
    static final String BASE = "/api/v1/gateway/upstreams";
    private static final String LIMIT_SETTING = "trustplane.gateway.max-body-size";

    private final UpstreamService upstreams;
    private final GatewayProperties properties;
    private final JsonMapper json;

    public UpstreamController(UpstreamService upstreams, GatewayProperties properties, JsonMapper json) {
        this.upstreams = upstreams;
        this.properties = properties;
        this.json = json;
    }

    @PostMapping(BASE)
    public ResponseEntity<Upstream> create(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        Upstream upstream = upstreams.create(caller.requireProject(), body(request));
        return ResponseEntity.created(URI.create(BASE + "/" + upstream.name())).body(upstream);
    }

    /** All of the project's upstreams in routing order (a project has at most {@code trustplane.gateway.max-upstreams}). */
    @GetMapping(BASE)
    public Map<String, List<Upstream>> list(@AuthenticationPrincipal ProjectPrincipal caller) {
        return Map.of("items", upstreams.list(caller.requireProject()));
    }

    @GetMapping(BASE + "/{name}")
    public Upstream get(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String name) {
        return upstreams.get(caller.requireProject(), name);
    }

    @PatchMapping(BASE + "/{name}")
    public Upstream update(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String name, HttpServletRequest request)
            throws IOException {
        return upstreams.update(caller.requireProject(), name, body(request));
    }

    @DeleteMapping(BASE + "/{name}")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String name) {
        upstreams.delete(caller.requireProject(), name);
        return ResponseEntity.noContent().build();
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request, properties.maxBodySize().toBytes(), LIMIT_SETTING);
        if (body.length == 0) throw ApiException.badRequest("The request needs a JSON body.", List.of());
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
    }
}
