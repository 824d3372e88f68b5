package io.trustplane.server.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code trustplane.monitoring.*}: limits of the model registry and of prediction and ground-truth logging. The
 * durability settings (ack timeout, the projection lag that turns ingestion away with 503) are the trace ingestion's
 * ({@code trustplane.ingest.*}): both go through the same event log.
 *
 * @param maxBodySize               larger request bodies (after gzip decompression) are refused with 413
 * @param maxPredictionsPerRequest  more predictions (or ground-truth items) in one request are refused with 400
 * @param maxFeaturesPerPrediction  more features in one prediction are refused with 400
 * @param maxClasses                more class probabilities in one prediction are refused with 400
 * @param maxValueLength            longer categorical feature values, labels, protected attribute and segment values are refused
 * @param maxReferenceRows          more rows in an uploaded reference dataset are refused with 400 (the body size limit
 *                                  applies too; profile a date range of logged predictions for larger references)
 * @param projectionLinger          the least time between two projection transactions unless much is waiting: bounds
 *                                  per-transaction overhead at the cost of query freshness
 */
@ConfigurationProperties("trustplane.monitoring")
public record MonitoringProperties(
        @DefaultValue("4MB") DataSize maxBodySize,
        @DefaultValue("10000") int maxPredictionsPerRequest,
        @DefaultValue("1000") int maxFeaturesPerPrediction,
        @DefaultValue("1000") int maxClasses,
        @DefaultValue("1024") int maxValueLength,
        @DefaultValue("100000") int maxReferenceRows,
        @DefaultValue("200ms") Duration projectionLinger) {
}
