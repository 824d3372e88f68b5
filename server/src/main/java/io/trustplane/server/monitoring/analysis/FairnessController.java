package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.fairness.FairnessAccumulator;
import io.trustplane.core.monitoring.fairness.FairnessConfig;
import io.trustplane.core.monitoring.fairness.FairnessReport;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelTask;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.WindowState;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fairness of a binary classifier per protected attribute (docs/MONITORING.md "Fairness"): the favourable outcome is
 * the model's positive class; selection rates count every successful prediction, error rates those with ground truth.
 * {@code minGroupSize} and {@code referenceGroup} are applied when the report is made, so any setting can be asked of
 * the stored aggregates.
 */
@RestController
public class FairnessController {
    private final ModelService models;
    private final VersionWindows windows;

    public FairnessController(ModelService models, VersionWindows windows) {
        this.models = models;
        this.windows = windows;
    }

    public record FairnessBucket(Instant start, long predictions, long labelled, Map<String, FairnessReport> attributes) {
    }

    public record FairnessView(String model, String version, Instant from, Instant to, Duration interval, String segment,
                               int minGroupSize, String referenceGroup, FairnessBucket total, List<FairnessBucket> windows) {
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}/fairness")
    public FairnessView fairness(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                                 @PathVariable String version, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        WindowRange range = WindowRange.parse(p, params);
        String segment = PerformanceController.segment(p, params);
        String attribute = p.text("attribute", params.get("attribute"), 1024);
        int minGroupSize = p.intInRange("minGroupSize", params.get("minGroupSize"), FairnessConfig.defaults().minGroupSize(), 1,
                1_000_000);
        String referenceGroup = p.text("referenceGroup", params.get("referenceGroup"), 1024);
        p.throwIfInvalid();
        Model m = models.get(projectId, model);
        if (m.taskType() != ModelTask.BINARY_CLASSIFICATION) {
            throw ApiException.conflict("Fairness is measured for binary classifiers, whose positive class is the favourable "
                    + "outcome; model '" + m.name() + "' is a " + m.task() + " model.");
        }
        if (attribute != null && !m.protectedAttributes().contains(attribute)) {
            throw ApiException.badRequest("Unknown protected attribute.", List.of(new io.trustplane.core.validation.FieldError(
                    "attribute", "is not a protected attribute of model '" + m.name() + "'; it declares " + m.protectedAttributes())));
        }
        ModelVersion v = models.version(projectId, m, version);
        FairnessConfig config = FairnessConfig.defaults().withMinGroupSize(minGroupSize).withReferenceGroup(referenceGroup);
        VersionWindows.Merged merged = windows.load(v.id(), range, segment, false);
        return new FairnessView(m.name(), v.version(), range.from(), range.to(), range.interval(), segment, minGroupSize,
                referenceGroup, bucket(range.from(), merged.total(), attribute, config),
                merged.buckets().stream().map(b -> bucket(b.start(), b.state(), attribute, config)).toList());
    }

    private static FairnessBucket bucket(Instant start, WindowState state, String attribute, FairnessConfig config) {
        Map<String, FairnessReport> reports = new TreeMap<>();
        for (Map.Entry<String, FairnessAccumulator> e : state.fairness().entrySet()) {
            if (attribute == null || attribute.equals(e.getKey())) reports.put(e.getKey(), e.getValue().report(config));
        }
        return new FairnessBucket(start, state.predictions(), state.labelled(), reports);
    }
}
