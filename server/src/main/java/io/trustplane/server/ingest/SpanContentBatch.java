package io.trustplane.server.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The span contents of one accepted request (OTLP logs): the unit appended to the event log. */
public record SpanContentBatch(UUID projectId, Instant receivedAt, List<SpanContent> contents) {
}
