package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.trust.TrustPoint;
import io.trustplane.core.monitoring.trust.TrustScore;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trust scores (docs/MONITORING.md "Trust score"): {@code current} over the whole range with every component's inputs,
 * sub-score, weights, contribution and explanation; {@code history} one score per bucket (default: hourly for ranges
 * up to two days, daily beyond).
 */
@RestController
public class TrustScoreController {
    private final ModelService models;
    private final TrustScoreService trust;

    public TrustScoreController(ModelService models, TrustScoreService trust) {
        this.models = models;
        this.trust = trust;
    }

    public record TrustScoreView(String model, String version, Instant from, Instant to, Duration interval, TrustScore current,
                                 List<TrustPoint> history) {
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}/trust-score")
    public TrustScoreView version(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                  @PathVariable String version, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        WindowRange range = historyRange(params);
        Model m = models.get(projectId, model);
        ModelVersion v = models.version(projectId, m, version);
        TrustScoreService.Scores scores = trust.forVersion(m, v, range);
        return new TrustScoreView(m.name(), v.version(), range.from(), range.to(), range.interval(), scores.current(), scores.history());
    }

    /** The project's score as an LLM application, from its traces. */
    @GetMapping("/api/v1/trust-score")
    public TrustScoreView project(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        WindowRange range = historyRange(params);
        TrustScoreService.Scores scores = trust.forProject(projectId, range);
        return new TrustScoreView(null, null, range.from(), range.to(), range.interval(), scores.current(), scores.history());
    }

    private static WindowRange historyRange(Map<String, String> params) {
        QueryParams p = new QueryParams();
        WindowRange range = WindowRange.parse(p, params,
                span -> span.compareTo(Duration.ofDays(2)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1));
        p.throwIfInvalid();
        return range;
    }
}
