package io.trustplane.server.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code trustplane.ingest.*}.
 *
 * @param maxBodySize        larger request bodies (after gzip decompression) are refused with 413
 * @param maxSpansPerRequest more spans in one request are refused with 400
 * @param maxProjectionLag   when the store is this far behind the event log, ingestion answers 503 with
 *                           Retry-After instead of letting the backlog grow without bound
 * @param ackTimeout         how long a request waits for its batch to become durable before giving up (503)
 * @param projectionBatch    the most spans the projector writes to the store in one transaction
 * @param projectionLinger   the least time between two projection transactions unless a full batch is
 *                           waiting: bounds per-transaction overhead at the cost of query freshness
 */
@ConfigurationProperties("trustplane.ingest")
public record IngestProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10000") int maxSpansPerRequest,
        @DefaultValue("1GB") DataSize maxProjectionLag,
        @DefaultValue("30s") Duration ackTimeout,
        @DefaultValue("50000") int projectionBatch,
        @DefaultValue("200ms") Duration projectionLinger) {
}
