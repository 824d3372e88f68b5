package io.trustplane.core.monitoring.trust;

/**
 * The reading of a trust score. The thresholds are in {@link TrustSettings} (defaults: trusted at 80 and
 * above, watch from 60 to below 80, at risk below 60); {@link #NO_DATA} when no component had data.
 */
public enum TrustBand {
    TRUSTED,
    WATCH,
    AT_RISK,
    NO_DATA
}
