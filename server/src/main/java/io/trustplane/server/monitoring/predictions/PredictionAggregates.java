package io.trustplane.server.monitoring.predictions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where per-window aggregates (drift, performance, fairness) are kept up to date, incrementally and exactly once.
 *
 * <p>{@link PredictionProjector} calls {@link #apply} inside the store transaction that stores a batch of predictions
 * and ground truth and advances its event-log offset. It passes exactly the predictions that were <em>new</em> in that
 * transaction (never a replayed record or a client retry of a stored id) and exactly the prediction–ground-truth pairs
 * that met for the first time. Writing the aggregates through {@code tx} makes them commit, or roll back and be
 * replayed, together with the rows they count: nothing is counted twice or lost. An exception rolls the whole
 * transaction back; after repeated failures the projector skips the offending log record (and logs it).
 *
 * <p>Every bean of this type is called, in {@link org.springframework.core.annotation.Order} order (drift, performance and
 * fairness can be separate beans); with none, predictions are stored and nothing is aggregated.
 *
 * <p>Runs on the projector's single thread; must not commit, roll back or close {@code tx}, nor change its auto-commit.
 */
public interface PredictionAggregates {

    void apply(Connection tx, List<ProjectedPrediction> newlyStored, List<JoinedOutcome> newlyJoined) throws SQLException;
}
