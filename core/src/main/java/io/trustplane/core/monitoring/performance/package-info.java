/**
 * Model performance over windows: {@link io.trustplane.core.monitoring.performance.ClassificationAccumulator}
 * (binary and multiclass) and {@link io.trustplane.core.monitoring.performance.RegressionAccumulator}.
 *
 * <p>An accumulator holds the state of one model version, window and segment; the server adds rows as ground
 * truth joins predictions, stores {@code toBytes()} and merges stored windows into larger ones. Merging is exact
 * (integer counts, {@link io.trustplane.core.monitoring.performance.ExactSum exact sums}), the state is bounded
 * and the bytes are versioned ({@link io.trustplane.core.monitoring.performance.StateCodec}). A metric without a
 * value is a {@link io.trustplane.core.monitoring.performance.MetricValue} with its reason. Definitions follow
 * sklearn's and are checked against numpy/scipy; docs/MONITORING.md, "Performance".
 */
package io.trustplane.core.monitoring.performance;
