package io.trustplane.core.monitoring.performance;

/**
 * Precision, recall and F1 averaged over the classes (the labels seen as actual or predicted), as sklearn's
 * {@code average="macro"} (unweighted mean) or {@code average="weighted"} (weighted by support). Undefined when
 * there are no rows.
 */
public record AveragedMetrics(MetricValue precision, MetricValue recall, MetricValue f1) {

    static AveragedMetrics undefined(String reason) {
        MetricValue none = MetricValue.undefined(reason);
        return new AveragedMetrics(none, none, none);
    }
}
