package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.trust.ErrorRateInput;
import io.trustplane.core.monitoring.trust.GuardInput;
import io.trustplane.core.monitoring.trust.LatencyInput;
import io.trustplane.core.monitoring.trust.PerformanceInput;
import io.trustplane.core.monitoring.trust.TrustInputs;
import io.trustplane.core.monitoring.trust.TrustPoint;
import io.trustplane.core.monitoring.trust.TrustScore;
import io.trustplane.core.monitoring.trust.TrustScoreCalculator;
import io.trustplane.core.monitoring.trust.TrustWindow;
import io.trustplane.server.monitoring.reference.ReferenceProfile;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.monitoring.windows.WindowKey;
import io.trustplane.server.query.StatsBucket;
import io.trustplane.server.query.StatsRepository;
import io.trustplane.server.query.StatsResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Trust scores of model versions (from their window aggregates and drift) and of LLM applications (a project's
 * spans: error rate, latency and guard findings), over a range and per bucket (the history).
 */
@Service
public class TrustScoreService {
    private final VersionWindows windows;
    private final DriftService drift;
    private final StatsRepository stats;
    private final FeedbackSignal feedback;
    private final TrustProperties properties;
    private final TrustScoreCalculator models;
    private final TrustScoreCalculator applications;

    public TrustScoreService(VersionWindows windows, DriftService drift, StatsRepository stats, FeedbackSignal feedback,
                             TrustProperties properties) {
        this.windows = windows;
        this.drift = drift;
        this.stats = stats;
        this.feedback = feedback;
        this.properties = properties;
        this.models = new TrustScoreCalculator(properties.modelSettings());
        this.applications = new TrustScoreCalculator(properties.applicationSettings());
    }

    /** A score over the whole range and one per bucket. */
    public record Scores(TrustScore current, List<TrustPoint> history) {
    }

    public Scores forVersion(Model model, ModelVersion version, WindowRange range) {
        ReferenceProfile reference = drift.reference(version);
        VersionWindows.Merged merged = windows.load(version.id(), range, WindowKey.ALL, reference != null);
        TrustScore current = models.score(ModelTrustInputs.of(model.taskType(), merged.total(),
                reference == null ? null : drift.report(reference, merged.total()), properties.performance()));
        List<TrustWindow> history = new ArrayList<>();
        for (VersionWindows.Bucket b : merged.buckets()) {
            history.add(new TrustWindow(b.start(), ModelTrustInputs.of(model.taskType(), b.state(),
                    reference == null ? null : drift.report(reference, b.state()), properties.performance())));
        }
        return new Scores(current, models.history(history));
    }

    /**
     * An LLM application's score: its spans' error rate and p95 latency, the share of guard-scanned spans the guard
     * flagged, redacted or blocked, and as performance the share of positive human ratings. Drift and fairness have no
     * signal in traces, so they are listed without data and the weights renormalize over the rest.
     */
    public Scores forProject(UUID projectId, WindowRange range) {
        StatsResult result = stats.stats(projectId, new StatsRepository.StatsQuery(range.from(), range.to(), range.interval(),
                null, null, null, null));
        StatsResult.Series series = result.series().getFirst();
        Map<Instant, FeedbackSignal.Ratings> ratings = feedback.perBucket(projectId, range, properties.feedback());
        long positive = ratings.values().stream().mapToLong(FeedbackSignal.Ratings::positive).sum();
        long negative = ratings.values().stream().mapToLong(FeedbackSignal.Ratings::negative).sum();
        TrustScore current = applications.score(applicationInputs(series.totals(), new FeedbackSignal.Ratings(positive, negative)));
        List<TrustWindow> history = new ArrayList<>();
        for (StatsBucket b : series.buckets()) {
            history.add(new TrustWindow(b.start(), applicationInputs(b, ratings.get(b.start()))));
        }
        return new Scores(current, applications.history(history));
    }

    private TrustInputs applicationInputs(StatsBucket b, FeedbackSignal.Ratings ratings) {
        TrustInputs inputs = TrustInputs.NONE;
        if (ratings != null && ratings.judged() > 0) {
            TrustProperties.Feedback f = properties.feedback();
            inputs = inputs.withPerformance(new PerformanceInput("positive_feedback_share", (double) ratings.positive() / ratings.judged(),
                    f.target(), PerformanceInput.Direction.HIGHER_IS_BETTER, f.zeroAt()));
        }
        if (b.requestCount() > 0) inputs = inputs.withErrorRate(new ErrorRateInput(b.requestCount(), b.errorCount()));
        if (b.latencyP95Ms() != null) inputs = inputs.withLatency(new LatencyInput(b.latencyP95Ms()));
        StatsBucket.Guard g = b.guard();
        if (g.scanned() > 0) inputs = inputs.withGuard(new GuardInput(g.scanned(), g.flagged() + g.redacted() + g.blocked()));
        return inputs;
    }
}
