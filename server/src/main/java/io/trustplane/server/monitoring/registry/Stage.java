package io.trustplane.server.monitoring.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lifecycle stage of a model version. Any stage may move to any other, except that {@link #RETIRED} is terminal: a
 * retired version is kept (with its predictions) but never serves again; deploy a new version instead. A model has at
 * most one {@link #PRODUCTION} version: promoting another demotes the current one to {@link #STAGING}, where it stays
 * ready for a rollback (promoting it back demotes the newer one the same way).
 */
public enum Stage {
    DEVELOPMENT, STAGING, CANARY, PRODUCTION, RETIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(Stage to) {
        return this != RETIRED || to == RETIRED;
    }

    /** Stages that put a version in front of real traffic (refused for a model whose card says its risk is unacceptable). */
    public boolean serving() {
        return this == CANARY || this == PRODUCTION;
    }

    public static Stage fromWire(String value) {
        for (Stage s : values()) {
            if (s.wireName().equals(value)) return s;
        }
        return null;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Stage::wireName).toList();
    }
}
