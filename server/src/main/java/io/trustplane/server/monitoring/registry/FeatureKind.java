package io.trustplane.server.monitoring.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kind of a declared feature. Numeric features are logged as JSON numbers; categorical ones as strings or
 * booleans. Drift statistics differ by kind, so a declared kind never changes.
 */
public enum FeatureKind {
    NUMERIC, CATEGORICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a wire name, or null; called per feature value on the ingestion path, so without allocation. */
    public static FeatureKind fromWire(String value) {
        if (value == null) return null;
        return switch (value) {
            case "numeric" -> NUMERIC;
            case "categorical" -> CATEGORICAL;
            default -> null;
        };
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(FeatureKind::wireName).toList();
    }
}
