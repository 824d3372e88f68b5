package io.trustplane.server.gateway.tracing;

import io.trustplane.server.gateway.guard.GuardedRequest;
import io.trustplane.server.gateway.guard.GuardedResponse;
import io.trustplane.server.gateway.guard.StreamOutcome;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What the proxy observed of one gateway call, for its trace span.
 *
 * @param traceId the W3C trace id of the caller's {@code traceparent} (32 hex), or null for a new trace
 * @param parentSpanId the caller's span id from {@code traceparent}, or null
 * @param upstream the name of the upstream that answered (after fallback), or null when none was called
 * @param input the input check (its {@code body()} is what was forwarded; when blocked, the original)
 * @param response the upstream's (non-streamed) JSON answer as received, or null (streamed, failed, blocked)
 * @param output the output check of {@code response}, or null
 * @param stream what the stream guard saw of a streamed answer, or null
 * @param firstToken when the first event with content went to the client (streams), or null
 * @param httpStatus the status the client got
 * @param error what went wrong (an upstream error, a timeout), never a secret; null when nothing did
 * @param keyPrefix the calling key's visible prefix
 */
public record GatewayCall(String traceId, String parentSpanId, String upstream, GuardedRequest input, JsonNode response,
                          GuardedResponse output, StreamOutcome stream, Instant start, Instant firstToken, Instant end,
                          int httpStatus, String error, String keyPrefix) {
}
