package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.MonitoringBodies;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prediction logging and ground truth: 202 means the batch is durably stored (queryable shortly after). Predictions are
 * logged under their model version; ground truth under the model, by prediction id, so it joins the prediction of every
 * version that logged that id (a canary and production scoring the same request share one outcome).
 */
@RestController
public class PredictionController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final PredictionIngestService ingest;
    private final PredictionQueryRepository queries;
    private final ModelService models;
    private final MonitoringBodies bodies;

    public PredictionController(PredictionIngestService ingest, PredictionQueryRepository queries, ModelService models,
                                MonitoringBodies bodies) {
        this.ingest = ingest;
        this.queries = queries;
        this.models = models;
        this.bodies = bodies;
    }

    @PostMapping(path = "/api/v1/models/{model}/versions/{version}/predictions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Integer>> log(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                                    @PathVariable String version, HttpServletRequest request) throws IOException {
        int accepted = ingest.predictions(caller.requireProject(), model, version, bodies.bytes(request));
        return ResponseEntity.accepted().body(Map.of("accepted", accepted));
    }

    @PostMapping(path = "/api/v1/models/{model}/ground-truth", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Integer>> groundTruth(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                                            HttpServletRequest request) throws IOException {
        int accepted = ingest.groundTruth(caller.requireProject(), model, bodies.bytes(request));
        return ResponseEntity.accepted().body(Map.of("accepted", accepted));
    }

    public record Page(List<PredictionView> items, String nextCursor) {
    }

    /** A version's predictions, newest first, each with its ground truth once that has arrived. */
    @GetMapping("/api/v1/models/{model}/versions/{version}/predictions")
    public Page list(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model, @PathVariable String version,
                     @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        Range range = range(p, params);
        int limit = p.intInRange("limit", params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
        PredictionCursor cursor = null;
        String cursorText = params.get("cursor");
        if (cursorText != null && !cursorText.isEmpty()) {
            cursor = PredictionCursor.decode(cursorText);
            if (cursor == null) p.error("cursor", "is not a cursor returned by this API");
        }
        p.throwIfInvalid();
        ModelVersion v = versionOf(projectId, model, version);
        List<PredictionView> rows = queries.page(projectId, v.id(), range.from, range.to, cursor, limit + 1);
        if (rows.size() <= limit) return new Page(rows, null);
        List<PredictionView> page = List.copyOf(rows.subList(0, limit));
        return new Page(page, new PredictionCursor(page.getLast().time(), page.getLast().id()).encode());
    }

    /** How many predictions a version logged in the range, how many have ground truth, how many failed. */
    @GetMapping("/api/v1/models/{model}/versions/{version}/predictions/summary")
    public PredictionQueryRepository.Summary summary(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                                     @PathVariable String version, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        Range range = range(p, params);
        p.throwIfInvalid();
        return queries.summary(projectId, versionOf(projectId, model, version).id(), range.from, range.to);
    }

    private record Range(Instant from, Instant to) {
    }

    private static Range range(QueryParams p, Map<String, String> params) {
        Instant from = p.time("from", params.get("from"));
        Instant to = p.time("to", params.get("to"));
        if (from != null && to != null && !from.isBefore(to)) p.error("from", "must be before 'to'");
        return new Range(from, to);
    }

    private ModelVersion versionOf(UUID projectId, String modelName, String version) {
        Model model = models.get(projectId, modelName);
        return models.version(projectId, model, version);
    }
}
