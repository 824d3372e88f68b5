package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.trust.TrustSettings;
import io.trustplane.core.monitoring.trust.TrustWeights;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trustplane.monitoring.trust.*}: how trust scores are weighted and what counts as good (docs/MONITORING.md
 * "Trust score"). Every value has the core's documented default; any can be set per deployment.
 *
 * @param weights           the components' relative weights (renormalized over the components with data)
 * @param errorRateSlo      the error rate that still scores 100
 * @param errorRateZeroAt   the error rate that scores 0
 * @param latencyP95Slo     the p95 latency that still scores 100
 * @param latencyP95ZeroAt  the p95 latency that scores 0
 * @param llmLatencyP95Slo  the same for LLM applications (projects), whose calls take seconds
 * @param llmLatencyP95ZeroAt the p95 latency of an LLM application that scores 0
 * @param performance       the targets of each task's primary metric
 * @param feedback          how human ratings become an LLM application's performance
 */
@ConfigurationProperties("trustplane.monitoring.trust")
public record TrustProperties(
        @DefaultValue Weights weights,
        @DefaultValue("0.01") double errorRateSlo,
        @DefaultValue("0.05") double errorRateZeroAt,
        @DefaultValue("1s") Duration latencyP95Slo,
        @DefaultValue("5s") Duration latencyP95ZeroAt,
        @DefaultValue("10s") Duration llmLatencyP95Slo,
        @DefaultValue("60s") Duration llmLatencyP95ZeroAt,
        @DefaultValue Performance performance,
        @DefaultValue Feedback feedback) {

    public record Weights(@DefaultValue("0.30") double performance, @DefaultValue("0.15") double drift,
                          @DefaultValue("0.15") double fairness, @DefaultValue("0.15") double guard,
                          @DefaultValue("0.15") double errorRate, @DefaultValue("0.10") double latency) {
    }

    /**
     * Targets (score 100) and zero points (score 0) of the primary metric per task: binary classifiers use ROC AUC when
     * scores were sent, else accuracy; multiclass the macro F1; regressors R².
     */
    public record Performance(@DefaultValue("0.85") double aucTarget, @DefaultValue("0.5") double aucZeroAt,
                              @DefaultValue("0.9") double accuracyTarget, @DefaultValue("0.5") double accuracyZeroAt,
                              @DefaultValue("0.8") double macroF1Target, @DefaultValue("0") double macroF1ZeroAt,
                              @DefaultValue("0.8") double r2Target, @DefaultValue("0") double r2ZeroAt) {
    }

    /**
     * An LLM application's performance is the share of positive human ratings ({@code POST /api/v1/feedback}, type
     * rating) in the range. A rating is positive or negative by its label ({@code positiveLabels}, {@code negativeLabels},
     * compared ignoring case); an unlabelled rating counts only when {@code positiveScoreAtLeast} is set (scores at or
     * above it are positive, below negative), since rating scales differ (thumbs 0/1, stars 1–5).
     */
    public record Feedback(
            @DefaultValue({"thumbs_up", "positive", "good", "helpful", "correct", "like"}) java.util.List<String> positiveLabels,
            @DefaultValue({"thumbs_down", "negative", "bad", "unhelpful", "incorrect", "dislike"}) java.util.List<String> negativeLabels,
            Double positiveScoreAtLeast,
            @DefaultValue("0.8") double target,
            @DefaultValue("0.5") double zeroAt) {
    }

    /** The core settings for model versions. */
    public TrustSettings modelSettings() {
        return base().withLatencyP95Millis(latencyP95Slo.toNanos() / 1e6, latencyP95ZeroAt.toNanos() / 1e6);
    }

    /** The core settings for LLM applications. */
    public TrustSettings applicationSettings() {
        return base().withLatencyP95Millis(llmLatencyP95Slo.toNanos() / 1e6, llmLatencyP95ZeroAt.toNanos() / 1e6);
    }

    private TrustSettings base() {
        return TrustSettings.defaults()
                .withWeights(new TrustWeights(weights.performance(), weights.drift(), weights.fairness(), weights.guard(),
                        weights.errorRate(), weights.latency()))
                .withErrorRate(errorRateSlo, errorRateZeroAt);
    }
}
