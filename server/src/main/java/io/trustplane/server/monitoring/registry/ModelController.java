package io.trustplane.server.monitoring.registry;

import io.trustplane.server.monitoring.MonitoringBodies;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The model registry: {@code /api/v1/models} and {@code /api/v1/models/{model}/versions}, scoped by the caller's project
 * (another project's model is 404). Models are addressed by name, versions by their version string, both in any case.
 * Models are archived, never deleted: their predictions and audit entries stay meaningful.
 */
@RestController
public class ModelController {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final ModelService models;
    private final MonitoringBodies bodies;

    public ModelController(ModelService models, MonitoringBodies bodies) {
        this.models = models;
        this.bodies = bodies;
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    @PostMapping("/api/v1/models")
    public ResponseEntity<Model> create(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        Model model = models.create(caller.requireProject(), bodies.json(request));
        return ResponseEntity.created(URI.create("/api/v1/models/" + model.name())).body(model);
    }

    /** Models ordered by name; archived ones only with {@code archived=true}. */
    @GetMapping("/api/v1/models")
    public Page<Model> list(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam Map<String, String> params) {
        QueryParams p = new QueryParams();
        int limit = p.intInRange("limit", params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
        String archived = p.oneOf("archived", params.get("archived"), List.of("true", "false"));
        String after = null;
        String cursor = params.get("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            after = decode(cursor);
            if (after == null) p.error("cursor", "is not a cursor returned by this API");
        }
        p.throwIfInvalid();
        List<Model> rows = models.page(caller.requireProject(), "true".equals(archived), after, limit + 1);
        if (rows.size() <= limit) return new Page<>(rows, null);
        List<Model> page = List.copyOf(rows.subList(0, limit));
        return new Page<>(page, encode(ModelRepository.key(page.getLast().name())));
    }

    @GetMapping("/api/v1/models/{model}")
    public Model get(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model) {
        return models.get(caller.requireProject(), model);
    }

    @PatchMapping("/api/v1/models/{model}")
    public Model update(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model, HttpServletRequest request)
            throws IOException {
        return models.update(caller.requireProject(), model, bodies.json(request));
    }

    @PostMapping("/api/v1/models/{model}/versions")
    public ResponseEntity<ModelVersion> createVersion(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                                      HttpServletRequest request) throws IOException {
        ModelVersion version = models.createVersion(caller.requireProject(), model, bodies.json(request));
        return ResponseEntity.created(URI.create("/api/v1/models/" + version.model() + "/versions/" + version.version())).body(version);
    }

    /** Versions newest first. */
    @GetMapping("/api/v1/models/{model}/versions")
    public Page<ModelVersion> versions(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                       @RequestParam Map<String, String> params) {
        QueryParams p = new QueryParams();
        int limit = p.intInRange("limit", params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
        UUID before = null;
        String cursor = params.get("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            before = uuidOrNull(decode(cursor));
            if (before == null) p.error("cursor", "is not a cursor returned by this API");
        }
        p.throwIfInvalid();
        List<ModelVersion> rows = models.versions(caller.requireProject(), model, before, limit + 1);
        if (rows.size() <= limit) return new Page<>(rows, null);
        List<ModelVersion> page = List.copyOf(rows.subList(0, limit));
        return new Page<>(page, encode(page.getLast().id().toString()));
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}")
    public ModelVersion version(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model, @PathVariable String version) {
        return models.version(caller.requireProject(), model, version);
    }

    @PatchMapping("/api/v1/models/{model}/versions/{version}")
    public ModelVersion updateVersion(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                      @PathVariable String version, HttpServletRequest request) throws IOException {
        return models.updateVersion(caller.requireProject(), model, version, bodies.json(request));
    }

    /** Cursors are opaque to clients: base64url of {@code m1|<position>}. */
    private static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("m1|" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.startsWith("m1|") && text.length() > 3 ? text.substring(3) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
