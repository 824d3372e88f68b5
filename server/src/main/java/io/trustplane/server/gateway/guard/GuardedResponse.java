package io.trustplane.server.gateway.guard;

import io.trustplane.server.guard.GuardService;
import tools.jackson.databind.JsonNode;

/**
 * A (non-streamed) answer after its output check.
 *
 * @param body the body to return: the upstream's, or a copy with redacted and/or restored strings
 * @param blocked what to return instead (an error or a refusal), or null
 * @param outcome the output check, or null when output guarding is off or the answer had no text
 */
public record GuardedResponse(JsonNode body, BlockedAnswer blocked, GuardService.Outcome outcome) implements GuardChecked {
}
