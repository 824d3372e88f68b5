package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.drift.DriftAnalyzer;
import io.trustplane.core.monitoring.drift.DriftReport;
import io.trustplane.core.monitoring.drift.DriftSettings;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.server.monitoring.reference.ReferenceProfile;
import io.trustplane.server.monitoring.reference.ReferenceRepository;
import io.trustplane.server.monitoring.reference.ReferenceService;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.WindowState;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Compares a version's merged window profiles with its reference profile. */
@Service
public class DriftService {
    /** The core analyzer with its documented defaults, told which feature is the model's output. */
    static final DriftSettings SETTINGS = DriftSettings.DEFAULTS.withPredictionFeature(WindowState.PREDICTION_FEATURE);

    private final VersionWindows windows;
    private final ReferenceRepository references;
    private final DriftAnalyzer analyzer = new DriftAnalyzer(SETTINGS);

    public DriftService(VersionWindows windows, ReferenceRepository references) {
        this.windows = windows;
        this.references = references;
    }

    /** A bucket's drift, or null when it has no profiled predictions. */
    public record BucketDrift(Instant start, DriftReport report) {
    }

    public record RangeDrift(ReferenceProfile reference, DriftReport total, List<BucketDrift> buckets) {
    }

    /** The drift of the range and of each bucket; 409 when the version has no reference. */
    public RangeDrift analyze(Model model, ModelVersion version, WindowRange range, String segment) {
        ReferenceProfile reference = references.find(version.id());
        if (reference == null) throw ReferenceService.noReference(model, version);
        VersionWindows.Merged merged = windows.load(version.id(), range, segment, true);
        return new RangeDrift(reference, report(reference, merged.total()),
                merged.buckets().stream().map(b -> new BucketDrift(b.start(), report(reference, b.state()))).toList());
    }

    /** The drift of one window's profile against a reference (null when the window has none). */
    public DriftReport report(ReferenceProfile reference, WindowState state) {
        DatasetProfile current = state.features();
        return current == null || current.rows() == 0 ? null : analyzer.analyze(reference.profile(), current);
    }

    /** The reference of a version, or null. */
    public ReferenceProfile reference(ModelVersion version) {
        return references.find(version.id());
    }
}
