package io.trustplane.server.monitoring.analysis;

import io.trustplane.server.monitoring.reference.ReferenceProfile;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.WindowKey;
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
 * Drift of a version's features and prediction against its stored reference profile (docs/MONITORING.md "Drift"):
 * the whole range in detail, and each bucket in summary. Needs a reference ({@code PUT .../reference}); 409 without.
 */
@RestController
public class DriftController {
    private final ModelService models;
    private final DriftService drift;

    public DriftController(ModelService models, DriftService drift) {
        this.models = models;
        this.drift = drift;
    }

    public record ReferenceInfo(String source, String sourceVersion, Instant from, Instant to, long rows, Instant createdAt) {
        static ReferenceInfo of(ReferenceProfile r) {
            return new ReferenceInfo(r.source(), r.sourceVersion(), r.from(), r.to(), r.rows(), r.createdAt());
        }
    }

    public record DriftResponse(String model, String version, Instant from, Instant to, Duration interval, ReferenceInfo reference,
                                DriftView.ReportView total, List<DriftView.ReportView> windows) {
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}/drift")
    public DriftResponse drift(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                               @PathVariable String version, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        WindowRange range = WindowRange.parse(p, params);
        p.throwIfInvalid();
        Model m = models.get(projectId, model);
        ModelVersion v = models.version(projectId, m, version);
        DriftService.RangeDrift result = drift.analyze(m, v, range, WindowKey.ALL);
        return new DriftResponse(m.name(), v.version(), range.from(), range.to(), range.interval(),
                ReferenceInfo.of(result.reference()),
                result.total() == null ? DriftView.ReportView.empty(range.from()) : DriftView.ReportView.of(range.from(), result.total(), true),
                result.buckets().stream().map(b -> b.report() == null ? DriftView.ReportView.empty(b.start())
                        : DriftView.ReportView.of(b.start(), b.report(), false)).toList());
    }
}
