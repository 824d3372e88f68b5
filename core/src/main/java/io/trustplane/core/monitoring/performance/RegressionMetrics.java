package io.trustplane.core.monitoring.performance;

/**
 * The performance of a regressor over the rows of one accumulator. Errors are {@code predicted − actual}.
 * Every metric is undefined ("no rows") on an empty accumulator.
 *
 * @param count             rows
 * @param meanAbsoluteError mean |error| (sklearn {@code mean_absolute_error})
 * @param rootMeanSquaredError √(mean error²) (sklearn {@code root_mean_squared_error})
 * @param r2                1 − Σ error² / Σ (actual − mean actual)² (sklearn {@code r2_score}); undefined when the
 *                          actual values are all equal (sklearn would return 1 or 0 there, which says nothing)
 * @param meanError         mean error, the bias: positive when the model over-predicts
 * @param maxAbsoluteError  the largest |error| (sklearn {@code max_error})
 */
public record RegressionMetrics(long count, MetricValue meanAbsoluteError, MetricValue rootMeanSquaredError,
                                MetricValue r2, MetricValue meanError, MetricValue maxAbsoluteError) {
}
