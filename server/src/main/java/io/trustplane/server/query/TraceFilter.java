package io.trustplane.server.query;

import java.time.Instant;
import java.util.List;

/** Validated filters of the trace list. Every field is optional; tags must all be present in the trace. */
record TraceFilter(Instant from, Instant to, String model, String provider, String status, String userId,
                   String sessionId, List<String> tags, String text, int limit, TraceCursor cursor) {
}
