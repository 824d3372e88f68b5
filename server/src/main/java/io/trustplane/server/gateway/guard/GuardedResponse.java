package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.server.guard.GuardService;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A (non-streamed) answer after its output check.
 *
 * @param body the body to return: the upstream's, or a copy with redacted and/or restored strings
 * @param blocked what to return instead (an error or a refusal), or null
 * @param outcome the output check, or null when output guarding is off or the answer had no text
 */
public record GuardedResponse(JsonNode body, BlockedAnswer blocked, GuardService.Outcome outcome) {

    public Action action() {
        return outcome == null ? Action.ALLOW : outcome.action();
    }

    public boolean isBlocked() {
        return blocked != null;
    }

    public PolicyDecision decision() {
        return outcome == null ? null : outcome.evaluation().decision();
    }

    public List<LocatedFinding> findings() {
        return outcome == null ? List.of() : outcome.evaluation().report().findings();
    }
}
