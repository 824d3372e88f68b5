package io.trustplane.server.gateway.limits;

import io.trustplane.server.gateway.OpenAiError;
import java.util.Map;
import java.util.UUID;

/**
 * The limiter's answer to one request.
 *
 * @param reservedTokens tokens taken from the key's allowances for this request (its estimate); {@link
 *     GatewayLimiter#settle} replaces them with what it really used
 * @param rejection the 429 to answer (OpenAI's shape, with {@code Retry-After}), or null when the request may go
 * @param headers OpenAI's {@code x-ratelimit-*} headers to add to the answer when admitted
 */
public record Admission(UUID projectId, String key, long reservedTokens, OpenAiError rejection, Map<String, String> headers) {

    public Admission {
        headers = Map.copyOf(headers);
    }

    public boolean allowed() {
        return rejection == null;
    }
}
