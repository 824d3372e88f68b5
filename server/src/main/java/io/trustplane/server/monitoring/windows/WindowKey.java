package io.trustplane.server.monitoring.windows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One row of {@code monitoring_windows}: a model version, the hour its predictions were made in, and a segment
 * ({@link #ALL} or {@code tag=value}).
 */
public record WindowKey(UUID versionId, Instant windowStart, String segment) {

    /** The segment that holds every prediction of the window. */
    public static final String ALL = "";

    /** The hour (UTC) a prediction made at {@code time} is counted in. */
    public static Instant hourOf(Instant time) {
        return time.truncatedTo(ChronoUnit.HOURS);
    }

    /** The segment name of a segment tag and its value. */
    public static String segment(String tag, String value) {
        return tag + "=" + value;
    }
}
