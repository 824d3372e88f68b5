package io.trustplane.core.monitoring.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A categorical profile for display.
 *
 * @param distinct  named categories counted (the overflow bucket not included)
 * @param other     values in the overflow bucket ({@link CategoricalProfile#OTHER})
 * @param top       the most frequent categories, most frequent first (the overflow bucket is among them if large)
 * @param remaining the count of every category not in {@code top}
 */
public record CategoricalSummary(long count, long missing, int distinct, long other, Map<String, Long> top,
        long remaining) {

    public CategoricalSummary {
        top = Collections.unmodifiableMap(new LinkedHashMap<>(top));
    }
}
