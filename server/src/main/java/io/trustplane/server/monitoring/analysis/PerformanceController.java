package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.performance.ClassificationMetrics;
import io.trustplane.core.monitoring.performance.RegressionMetrics;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.WindowKey;
import io.trustplane.server.monitoring.windows.WindowState;
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
 * A version's performance over a range, per bucket and in total, for all predictions or one segment. Computed from
 * the predictions joined with ground truth (a prediction counts in the hour it was made, whenever its ground truth
 * arrives); metrics are those of docs/MONITORING.md "Performance".
 */
@RestController
public class PerformanceController {
    private final ModelService models;
    private final VersionWindows windows;

    public PerformanceController(ModelService models, VersionWindows windows) {
        this.models = models;
        this.windows = windows;
    }

    /** The metrics of one bucket: classifiers have {@code classification}, regressors {@code regression}. */
    public record PerformanceBucket(Instant start, long predictions, long errors, long labelled,
                                    ClassificationMetrics classification, RegressionMetrics regression) {
        static PerformanceBucket of(Instant start, WindowState s) {
            return new PerformanceBucket(start, s.predictions(), s.errors(), s.labelled(),
                    s.classification() == null ? null : s.classification().metrics(),
                    s.regression() == null ? null : s.regression().metrics());
        }
    }

    public record PerformanceView(String model, String version, String task, Instant from, Instant to, Duration interval,
                                  String segment, List<String> segments, PerformanceBucket total, List<PerformanceBucket> windows) {
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}/performance")
    public PerformanceView performance(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                       @PathVariable String version, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        WindowRange range = WindowRange.parse(p, params);
        String segment = segment(p, params);
        p.throwIfInvalid();
        Model m = models.get(projectId, model);
        ModelVersion v = models.version(projectId, m, version);
        VersionWindows.Merged merged = windows.load(v.id(), range, segment, false);
        return new PerformanceView(m.name(), v.version(), m.task(), range.from(), range.to(), range.interval(),
                segment, windows.segments(v.id(), range), PerformanceBucket.of(range.from(), merged.total()),
                merged.buckets().stream().map(b -> PerformanceBucket.of(b.start(), b.state())).toList());
    }

    /** The {@code segment} parameter: empty or absent for all predictions, else {@code tag=value}. */
    static String segment(QueryParams p, Map<String, String> params) {
        String segment = p.text("segment", params.get("segment"), 2100);
        if (segment == null || segment.isEmpty()) return WindowKey.ALL;
        if (segment.indexOf('=') <= 0) p.error("segment", "must be tag=value, as the predictions' segments were sent");
        return segment;
    }
}
