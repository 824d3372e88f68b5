package io.trustplane.core.monitoring.trust;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component's line in the trust score: what it used, what it scored and how much that counted.
 *
 * <p>The numbers reconcile: {@code effectiveWeight = configuredWeight / (sum of configured weights of the
 * INCLUDED components)} and {@code contribution = effectiveWeight × subScore}; the score is the sum of the
 * contributions (before rounding).
 *
 * @param component        which component
 * @param status           whether it counted, and if not why
 * @param inputs           the raw numbers used (name → value); empty when there was no data
 * @param subScore         0–100, null when there was no data
 * @param configuredWeight the weight from the settings
 * @param effectiveWeight  the renormalized weight actually applied; 0 unless INCLUDED
 * @param contribution     points contributed to the score ({@code effectiveWeight × subScore}); 0 unless INCLUDED
 * @param explanation      one sentence with the numbers behind the sub-score, or why the component is left out
 */
public record TrustComponentScore(TrustComponent component, ComponentStatus status, Map<String, Double> inputs,
                                  Double subScore, double configuredWeight, double effectiveWeight,
                                  double contribution, String explanation) {

    public TrustComponentScore {
        if (component == null || status == null) {
            throw new IllegalArgumentException("a component score needs its component and status");
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
