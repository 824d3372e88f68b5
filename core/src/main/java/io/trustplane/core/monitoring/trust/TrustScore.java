package io.trustplane.core.monitoring.trust;

import java.util.List;

/**
 * A trust score with its full breakdown.
 *
 * @param score      the sum of the contributions rounded half-up to one decimal, in [0, 100]; null when no
 *                   component had data
 * @param rawScore   the unrounded sum of the contributions; null when no component had data
 * @param band       the band of the rounded score ({@link TrustSettings#band}); {@link TrustBand#NO_DATA} without data
 * @param components every component, in {@link TrustComponent} order, including those left out
 * @param notes      sentences about the score as a whole: which components were left out and how the weights
 *                   were renormalized
 */
public record TrustScore(Double score, Double rawScore, TrustBand band, List<TrustComponentScore> components,
                         List<String> notes) {

    public TrustScore {
        components = List.copyOf(components);
        notes = List.copyOf(notes);
    }

    /** The line of {@code component}. */
    public TrustComponentScore component(TrustComponent component) {
        return components.get(component.ordinal());
    }
}
