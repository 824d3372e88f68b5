package io.trustplane.server.monitoring.windows;

import io.trustplane.core.monitoring.profile.DatasetProfile;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Feeds one prediction into a drift profile: its features under their own names, its output as
 * {@value WindowState#PREDICTION_FEATURE} (a classifier's label, a regressor's value) and a binary classifier's score
 * as {@value WindowState#SCORE_FEATURE}. Hourly windows and uploaded reference datasets go through here, so both
 * profile the same things under the same names.
 */
public final class PredictionProfiles {
    private PredictionProfiles() {
    }

    /**
     * Adds one row. A value the profile refuses (a feature whose kind changed) is reported to {@code refused} with the
     * reason and left out; the rest of the row still counts.
     */
    public static void add(DatasetProfile profile, Map<String, Object> features, Object output, Double score,
                           BiConsumer<String, IllegalArgumentException> refused) {
        features.forEach((name, value) -> addValue(profile, name, value, refused));
        if (output != null) addValue(profile, WindowState.PREDICTION_FEATURE, output, refused);
        if (score != null) addValue(profile, WindowState.SCORE_FEATURE, score, refused);
        profile.countRow();
    }

    private static void addValue(DatasetProfile profile, String name, Object value,
                                 BiConsumer<String, IllegalArgumentException> refused) {
        try {
            profile.addValue(name, value);
        } catch (IllegalArgumentException e) {
            refused.accept(name, e);
        }
    }
}
