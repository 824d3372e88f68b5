package io.trustplane.server.eventlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code trustplane.eventlog.*}: the embedded event log under {@code <data-dir>/eventlog}.
 *
 * @param segmentSize   a segment is closed and a new one started once it reaches this size
 * @param maxGroupBytes the most bytes written by one group commit (one fsync)
 * @param retention     consumed segments are kept this long before deletion (for replay and inspection)
 */
@ConfigurationProperties("trustplane.eventlog")
public record EventLogProperties(
        @DefaultValue("128MB") DataSize segmentSize,
        @DefaultValue("16MB") DataSize maxGroupBytes,
        @DefaultValue("24h") Duration retention) {
}
