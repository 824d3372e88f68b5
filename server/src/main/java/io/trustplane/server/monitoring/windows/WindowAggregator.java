package io.trustplane.server.monitoring.windows;

import io.trustplane.server.monitoring.predictions.JoinedOutcome;
import io.trustplane.server.monitoring.predictions.PredictionAggregates;
import io.trustplane.server.monitoring.predictions.ProjectedPrediction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code monitoring_windows} up to date as the prediction projector stores predictions and joins ground truth:
 * each touched window is read, updated and written back in the projector's transaction, so the aggregates commit
 * with the rows they count and every row is counted exactly once.
 *
 * <p>A prediction counts in the hour it was made and in segment {@link WindowKey#ALL} plus one segment per segment
 * tag it carries ({@code tag=value}); its ground truth, whenever it arrives, counts in the same windows. Drift
 * profiles are kept for {@link WindowKey#ALL} only.
 */
@Component
public class WindowAggregator implements PredictionAggregates {
    private final WindowRepository windows;

    public WindowAggregator(WindowRepository windows) {
        this.windows = windows;
    }

    @Override
    public void apply(Connection tx, List<ProjectedPrediction> newlyStored, List<JoinedOutcome> newlyJoined) throws SQLException {
        Map<WindowKey, WindowState> touched = new LinkedHashMap<>();
        for (ProjectedPrediction p : newlyStored) {
            for (WindowKey key : keysOf(p)) {
                state(tx, touched, key).countPrediction(p, key.segment().equals(WindowKey.ALL));
            }
        }
        for (JoinedOutcome joined : newlyJoined) {
            for (WindowKey key : keysOf(joined.prediction())) {
                state(tx, touched, key).countOutcome(joined.prediction(), joined.groundTruth());
            }
        }
        for (Map.Entry<WindowKey, WindowState> e : touched.entrySet()) {
            windows.save(tx, e.getKey(), e.getValue());
        }
    }

    private WindowState state(Connection tx, Map<WindowKey, WindowState> touched, WindowKey key) throws SQLException {
        WindowState state = touched.get(key);
        if (state == null) {
            state = windows.load(tx, key);
            touched.put(key, state);
        }
        return state;
    }

    static List<WindowKey> keysOf(ProjectedPrediction p) {
        var hour = WindowKey.hourOf(p.time());
        List<WindowKey> keys = new ArrayList<>(1 + p.segments().size());
        keys.add(new WindowKey(p.versionId(), hour, WindowKey.ALL));
        new TreeMap<>(p.segments()).forEach((tag, value) -> keys.add(new WindowKey(p.versionId(), hour, WindowKey.segment(tag, value))));
        return keys;
    }
}
