package io.trustplane.core.monitoring.trust;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component's sub-score with the inputs it used and the sentence that explains it.
 *
 * @param inputs      the raw numbers the sub-score was computed from, in a stable order
 * @param subScore    0–100
 * @param explanation one sentence with every number needed to recompute the sub-score
 */
record Assessment(Map<String, Double> inputs, double subScore, String explanation) {

    Assessment {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * The assessment of a share of events ({@code events} of {@code total} {@code things} {@code happened})
     * on a ramp, e.g. "12 of 1000 requests failed (1.2%; 100 at or below 1%, 0 at or above 5%) → 95".
     */
    static Assessment ofShare(String eventsKey, long events, String totalKey, long total, String shareKey,
                              Ramp ramp, String things, String happened) {
        double share = (double) events / total;
        double score = ramp.score(share);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put(totalKey, (double) total);
        inputs.put(eventsKey, (double) events);
        inputs.put(shareKey, share);
        String explanation = events + " of " + total + " " + things + " " + happened + " (" + Numbers.percent(share)
                + "; " + ramp.describe(Numbers::percent) + ") → " + Numbers.format(score);
        return new Assessment(inputs, score, explanation);
    }

    static void requireCounts(String what, long events, String eventsName, long total, String totalName) {
        if (total <= 0) {
            throw new IllegalArgumentException(what + ": " + totalName + " must be > 0 (pass no " + what
                    + " input when there is no data): " + total);
        }
        if (events < 0 || events > total) {
            throw new IllegalArgumentException(what + ": " + eventsName + " must be in [0, " + totalName + "]: "
                    + events + " of " + total);
        }
    }
}
