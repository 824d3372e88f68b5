package io.trustplane.server.monitoring.reference;

import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.FeatureKind;
import io.trustplane.server.monitoring.MonitoringBodies;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/models/{model}/versions/{version}/reference}: set (PUT) and show (GET) a version's reference profile. */
@RestController
public class ReferenceController {
    /** Histogram bins and most frequent categories shown per feature. */
    static final int SUMMARY_BINS = 20;
    static final int SUMMARY_TOP = 20;

    private final ReferenceService references;
    private final MonitoringBodies bodies;

    public ReferenceController(ReferenceService references, MonitoringBodies bodies) {
        this.references = references;
        this.bodies = bodies;
    }

    /** One profiled feature: its kind and a display summary (quantiles and histogram, or the top categories). */
    public record FeatureView(String name, String kind, Object summary) {
    }

    public record ReferenceView(String source, String sourceVersion, Instant from, Instant to, long rows, Instant createdAt,
                                List<FeatureView> features) {
        static ReferenceView of(ReferenceProfile r) {
            DatasetProfile profile = r.profile();
            List<FeatureView> features = new ArrayList<>();
            for (String name : profile.features()) {
                FeatureKind kind = profile.kind(name);
                Object summary = kind == FeatureKind.NUMERIC
                        ? (profile.numeric(name).count() == 0 ? null : profile.numeric(name).summary(SUMMARY_BINS))
                        : profile.categorical(name).summary(SUMMARY_TOP);
                features.add(new FeatureView(name, kind.name().toLowerCase(java.util.Locale.ROOT), summary));
            }
            return new ReferenceView(r.source(), r.sourceVersion(), r.from(), r.to(), r.rows(), r.createdAt(), features);
        }
    }

    @PutMapping(path = "/api/v1/models/{model}/versions/{version}/reference", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ReferenceView set(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                             @PathVariable String version, HttpServletRequest request) throws IOException {
        return ReferenceView.of(references.set(caller.requireProject(), model, version, bodies.bytes(request)));
    }

    @GetMapping("/api/v1/models/{model}/versions/{version}/reference")
    public ReferenceView get(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String model,
                             @PathVariable String version) {
        return ReferenceView.of(references.get(caller.requireProject(), model, version));
    }
}
