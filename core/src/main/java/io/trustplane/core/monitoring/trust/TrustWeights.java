package io.trustplane.core.monitoring.trust;

import java.util.EnumMap;
import java.util.Map;

/**
 * The configured weight of each trust component.
 *
 * <p>Weights are relative: they need not sum to 1, because the score divides by the sum of the weights of
 * the components that have data (see {@link TrustScoreCalculator}). A weight of 0 leaves a component out.
 * The defaults ({@link #DEFAULTS}) put the model's quality first and spread the rest over the operational
 * signals: performance 0.30, drift 0.15, fairness 0.15, guard 0.15, error rate 0.15, latency 0.10.
 */
public record TrustWeights(double performance, double drift, double fairness, double guard, double errorRate,
                           double latency) {

    public static final TrustWeights DEFAULTS = new TrustWeights(0.30, 0.15, 0.15, 0.15, 0.15, 0.10);

    public TrustWeights {
        double[] all = {performance, drift, fairness, guard, errorRate, latency};
        boolean anyPositive = false;
        for (int i = 0; i < all.length; i++) {
            if (!(all[i] >= 0) || !Double.isFinite(all[i])) {
                throw new IllegalArgumentException("trust weight " + TrustComponent.values()[i].key()
                        + " must be finite and >= 0: " + all[i]);
            }
            anyPositive |= all[i] > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("at least one trust weight must be > 0");
        }
    }

    /** Builds weights from a map keyed by component; components not in the map get weight 0. */
    public static TrustWeights of(Map<TrustComponent, Double> weights) {
        Map<TrustComponent, Double> w = new EnumMap<>(TrustComponent.class);
        for (TrustComponent c : TrustComponent.values()) {
            w.put(c, 0.0);
        }
        weights.forEach((component, weight) -> {
            if (component == null || weight == null) {
                throw new IllegalArgumentException("trust weights may not contain null keys or values");
            }
            w.put(component, weight);
        });
        return new TrustWeights(w.get(TrustComponent.PERFORMANCE), w.get(TrustComponent.DRIFT),
                w.get(TrustComponent.FAIRNESS), w.get(TrustComponent.GUARD), w.get(TrustComponent.ERROR_RATE),
                w.get(TrustComponent.LATENCY));
    }

    /** The configured weight of {@code component}. */
    public double weight(TrustComponent component) {
        return switch (component) {
            case PERFORMANCE -> performance;
            case DRIFT -> drift;
            case FAIRNESS -> fairness;
            case GUARD -> guard;
            case ERROR_RATE -> errorRate;
            case LATENCY -> latency;
        };
    }
}
