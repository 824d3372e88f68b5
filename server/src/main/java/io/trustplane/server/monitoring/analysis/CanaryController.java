package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.canary.ArmStats;
import io.trustplane.core.monitoring.canary.CanaryAnalyzer;
import io.trustplane.core.monitoring.canary.CanaryResult;
import io.trustplane.core.monitoring.drift.DriftReport;
import io.trustplane.core.monitoring.performance.ClassificationMetrics;
import io.trustplane.core.monitoring.performance.RegressionMetrics;
import io.trustplane.core.monitoring.trust.DriftInput;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.monitoring.reference.ReferenceProfile;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.registry.Stage;
import io.trustplane.server.monitoring.windows.WindowKey;
import io.trustplane.server.monitoring.windows.WindowState;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Canary analysis (docs/MONITORING.md "Canary analysis"): a candidate version against a baseline over the same range,
 * from their window aggregates: error rate, latency, performance (accuracy, or a regressor's absolute error), and the
 * share of drifted features, both measured against the baseline's reference profile when it has one. Answers
 * promote, hold or rollback with one reason per check. Defaults: the baseline is the model's production version and
 * the candidate its canary version, when there is exactly one.
 */
@RestController
public class CanaryController {
    private final ModelService models;
    private final VersionWindows windows;
    private final DriftService drift;
    private final CanaryAnalyzer analyzer = CanaryAnalyzer.withDefaults();

    public CanaryController(ModelService models, VersionWindows windows, DriftService drift) {
        this.models = models;
        this.windows = windows;
        this.drift = drift;
    }

    public record CanaryView(String model, String baseline, String candidate, Instant from, Instant to, String reference,
                             CanaryResult result) {
    }

    @GetMapping("/api/v1/models/{model}/canary")
    public CanaryView canary(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                             @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        Map<String, String> rangeParams = new HashMap<>(params);
        rangeParams.remove("interval");
        WindowRange parsed = WindowRange.parse(p, rangeParams);
        String baselineName = p.text("baseline", params.get("baseline"), 256);
        String candidateName = p.text("candidate", params.get("candidate"), 256);
        p.throwIfInvalid();
        WindowRange range = new WindowRange(parsed.from(), parsed.to(), Duration.between(parsed.from(), parsed.to()));
        Model m = models.get(projectId, model);
        List<ModelVersion> all = models.versions(projectId, m.name(), null, 10_000);
        ModelVersion baseline = baselineName != null ? models.version(projectId, m, baselineName) : only(all, Stage.PRODUCTION, "baseline");
        ModelVersion candidate = candidateName != null ? models.version(projectId, m, candidateName) : only(all, Stage.CANARY, "candidate");
        if (baseline.id().equals(candidate.id())) {
            throw ApiException.badRequest("The baseline and the candidate are the same version.",
                    List.of(new FieldError("candidate", "must differ from the baseline '" + baseline.version() + "'")));
        }
        ReferenceProfile reference = drift.reference(baseline);
        ArmStats baselineArm = arm(windows.load(baseline.id(), range, WindowKey.ALL, reference != null).total(), reference);
        ArmStats candidateArm = arm(windows.load(candidate.id(), range, WindowKey.ALL, reference != null).total(), reference);
        CanaryResult result = analyzer.analyze(baselineArm, candidateArm);
        return new CanaryView(m.name(), baseline.version(), candidate.version(), range.from(), range.to(),
                reference == null ? null : baseline.version(), result);
    }

    private ArmStats arm(WindowState s, ReferenceProfile reference) {
        ArmStats arm = ArmStats.of(s.predictions(), s.errors());
        if (s.latency() != null && s.latency().count() > 0) arm = arm.withLatency(s.latency().toSample());
        if (s.classification() != null && s.classification().count() > 0) {
            ClassificationMetrics m = s.classification().metrics();
            if (m.accuracy().isDefined()) {
                arm = arm.withClassification(Math.round(m.accuracy().get() * m.count()), m.count());
            }
        } else if (s.regression() != null && s.regression().count() > 1) {
            RegressionMetrics m = s.regression().metrics();
            long n = m.count();
            double mae = m.meanAbsoluteError().get();
            double rmse = m.rootMeanSquaredError().get();
            // the sample variance of |e| from its first two moments: E|e|² = RMSE², E|e| = MAE
            double variance = Math.max(0, rmse * rmse - mae * mae) * n / (n - 1);
            arm = arm.withRegression(n, mae, variance);
        }
        if (reference != null) {
            DriftReport report = drift.report(reference, s);
            DriftInput d = report == null ? null : ModelTrustInputs.drift(report);
            if (d != null && d.features() > 0) arm = arm.withDriftedFeatureShare((double) d.driftedFeatures() / d.features());
        }
        return arm;
    }

    private static ModelVersion only(List<ModelVersion> versions, Stage stage, String role) {
        List<ModelVersion> matching = versions.stream().filter(v -> v.stageType() == stage).toList();
        if (matching.size() == 1) return matching.getFirst();
        throw ApiException.badRequest("Name the " + role + " version.", List.of(new FieldError(role,
                "is required: the model has " + matching.size() + " versions in stage " + stage.name().toLowerCase(java.util.Locale.ROOT)
                        + ", so there is no default")));
    }
}
