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

    public static FeatureKind fromWire(String value) {
        for (FeatureKind k : values()) {
            if (k.wireName().equals(value)) return k;
        }
        return null;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(FeatureKind::wireName).toList();
    }
}
