package io.trustplane.core.monitoring.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numeric profile for display (plain values the server serializes as JSON). Min, max, mean and std are NaN
 * when there are no observations; quantiles and histogram are then empty.
 *
 * @param exact     whether the quantiles and histogram are exact (raw values) or t-digest estimates
 * @param quantiles {@code p01, p05, p25, p50, p75, p95, p99}
 * @param histogram equal-width bins from min to max; each holds the values in {@code (lower, upper]}
 *                  (the first also its lower edge)
 */
public record NumericSummary(long count, long missing, double min, double max, double mean, double std,
        boolean exact, Map<String, Double> quantiles, List<Bin> histogram) {

    public NumericSummary {
        quantiles = Collections.unmodifiableMap(new LinkedHashMap<>(quantiles));
        histogram = List.copyOf(histogram);
    }

    /** One histogram bin; {@code count} is estimated from the t-digest's CDF (rounded) when the profile is a sketch. */
    public record Bin(double lower, double upper, double count) {
    }
}
