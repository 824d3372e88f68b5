package io.trustplane.core.monitoring.trust;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about one subject (a model version, or an LLM application) in one window. A null
 * component (an empty fairness list) means "no data": the component is left out of the score and the other
 * weights are renormalized. Start from {@link #NONE} and add what is known with the withers.
 *
 * @param performance the primary quality metric, or null
 * @param drift       feature and prediction drift, or null
 * @param fairness    fairness measures per protected attribute; empty when unknown (never null after construction)
 * @param guard       guard findings, or null
 * @param errorRate   request errors, or null
 * @param latency     p95 latency, or null
 */
public record TrustInputs(PerformanceInput performance, DriftInput drift, List<FairnessInput> fairness,
                          GuardInput guard, ErrorRateInput errorRate, LatencyInput latency) {

    /** No data for any component. */
    public static final TrustInputs NONE = new TrustInputs(null, null, List.of(), null, null, null);

    public TrustInputs {
        if (fairness == null) {
            fairness = List.of();
        } else if (fairness.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("fairness: the list of attributes may not contain null");
        } else {
            fairness = List.copyOf(fairness);
        }
    }

    public TrustInputs withPerformance(PerformanceInput value) {
        return new TrustInputs(value, drift, fairness, guard, errorRate, latency);
    }

    public TrustInputs withDrift(DriftInput value) {
        return new TrustInputs(performance, value, fairness, guard, errorRate, latency);
    }

    public TrustInputs withFairness(List<FairnessInput> value) {
        return new TrustInputs(performance, drift, value, guard, errorRate, latency);
    }

    public TrustInputs withGuard(GuardInput value) {
        return new TrustInputs(performance, drift, fairness, value, errorRate, latency);
    }

    public TrustInputs withErrorRate(ErrorRateInput value) {
        return new TrustInputs(performance, drift, fairness, guard, value, latency);
    }

    public TrustInputs withLatency(LatencyInput value) {
        return new TrustInputs(performance, drift, fairness, guard, errorRate, value);
    }

    /** The component's assessment, or empty when there is no data for it. */
    Optional<Assessment> assess(TrustComponent component, TrustSettings settings) {
        return switch (component) {
            case PERFORMANCE -> Optional.ofNullable(performance).map(PerformanceInput::assess);
            case DRIFT -> Optional.ofNullable(drift).map(d -> d.assess(settings));
            case FAIRNESS -> fairness.isEmpty() ? Optional.empty()
                    : Optional.of(FairnessInput.assess(fairness, settings));
            case GUARD -> Optional.ofNullable(guard).map(g -> g.assess(settings));
            case ERROR_RATE -> Optional.ofNullable(errorRate).map(e -> e.assess(settings));
            case LATENCY -> Optional.ofNullable(latency).map(l -> l.assess(settings));
        };
    }
}
