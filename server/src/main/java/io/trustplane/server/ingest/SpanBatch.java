package io.trustplane.server.ingest;

import io.trustplane.core.trace.Span;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The spans of one accepted ingestion request: the unit appended to the event log. */
public record SpanBatch(UUID projectId, Instant receivedAt, List<Span> spans) {
}
