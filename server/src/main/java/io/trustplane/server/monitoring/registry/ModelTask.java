package io.trustplane.server.monitoring.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a model predicts; it fixes which prediction and ground-truth fields are required. Immutable once a model exists. */
public enum ModelTask {
    /** Two classes; the model declares its positive (favourable) class. Predictions carry a label, optionally a score. */
    BINARY_CLASSIFICATION,
    /** Several classes. Predictions carry a label, optionally the class probabilities. */
    MULTICLASS_CLASSIFICATION,
    /** A number. Predictions and ground truth carry a value. */
    REGRESSION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean classification() {
        return this != REGRESSION;
    }

    public static ModelTask fromWire(String value) {
        for (ModelTask t : values()) {
            if (t.wireName().equals(value)) return t;
        }
        return null;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ModelTask::wireName).toList();
    }
}
