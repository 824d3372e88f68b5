package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.guard.GuardService;
import io.trustplane.server.guard.ProjectPolicy;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A request after its input check: what to forward, or what to answer instead. It also carries what the output check
 * of the same call needs (the same policy version, the scan context, the redaction session), so pass it on to
 * {@link GatewayPolicyCheck#checkOutput} or {@link GatewayPolicyCheck#streamGuard}.
 *
 * @param body the body to forward: the original, or a copy with the redacted strings
 * @param blocked what to answer instead of forwarding, or null
 * @param outcome the input check (null when input guarding is off or there was no text)
 * @param scanned the segments checked, with the scan context and attributes the output check reuses
 * @param restore placeholder → original value to put back in the answer (pseudonym redaction with
 *     {@code gateway.restorePseudonyms}); empty otherwise
 * @param model the request's {@code model}, or null
 * @param stream whether the request asked for a stream ({@code "stream": true})
 */
public record GuardedRequest(UUID projectId, GatewayEndpoint endpoint, ProjectPolicy policy, JsonNode body, BlockedAnswer blocked,
                             GuardService.Outcome outcome, GuardRequest scanned, Map<String, String> restore, String model,
                             boolean stream) implements GuardChecked {

    public GuardedRequest {
        restore = Map.copyOf(restore);
    }

    /** The session that redacted the input (null when nothing was redacted): output redaction continues it. */
    RedactionSession session() {
        return outcome == null ? null : outcome.session();
    }
}
