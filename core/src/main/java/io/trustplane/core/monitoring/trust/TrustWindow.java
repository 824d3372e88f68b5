package io.trustplane.core.monitoring.trust;

import java.time.Instant;

/**
 * The inputs of one time window, for {@link TrustScoreCalculator#history}.
 *
 * @param start  the window's start (UTC)
 * @param inputs what was known in the window
 */
public record TrustWindow(Instant start, TrustInputs inputs) {

    public TrustWindow {
        if (start == null || inputs == null) {
            throw new IllegalArgumentException("a trust window needs a start and inputs");
        }
    }
}
