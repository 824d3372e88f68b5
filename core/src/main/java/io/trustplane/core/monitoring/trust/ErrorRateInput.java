package io.trustplane.core.monitoring.trust;

/**
 * The error-rate component's input: requests in the window and how many failed.
 *
 * <p>Sub-score: {@code settings.errorRate().score(errors / requests)}, i.e. against the error-rate SLO.
 *
 * @param requests requests, > 0
 * @param errors   failed requests, in [0, requests]
 */
public record ErrorRateInput(long requests, long errors) {

    public ErrorRateInput {
        Assessment.requireCounts("error rate", errors, "errors", requests, "requests");
    }

    Assessment assess(TrustSettings settings) {
        return Assessment.ofShare("errors", errors, "requests", requests, "error_rate", settings.errorRate(),
                "requests", "failed");
    }
}
