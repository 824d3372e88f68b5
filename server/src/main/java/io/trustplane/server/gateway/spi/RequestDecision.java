package io.trustplane.server.gateway.spi;

import io.trustplane.server.gateway.OpenAiError;
import java.util.Objects;

/**
 * What a {@link GatewayGuard} decides about a request before it is forwarded: pass it unchanged, forward a replacement
 * body (e.g. with personal data redacted; it must still be the same endpoint's JSON), answer the client with an error
 * instead of forwarding (a policy block as 400, a rate limit as 429 with {@code Retry-After}, ...), or answer it with a
 * complete non-error answer instead of forwarding (a refusal that looks like a model's answer).
 */
public record RequestDecision(Action action, byte[] body, OpenAiError error, DirectAnswer answer) {
    public static final RequestDecision PASS = new RequestDecision(Action.PASS, null, null, null);

    public enum Action { PASS, REPLACE, BLOCK, ANSWER }

    public static RequestDecision replace(byte[] body) {
        return new RequestDecision(Action.REPLACE, Objects.requireNonNull(body), null, null);
    }

    public static RequestDecision block(OpenAiError error) {
        return new RequestDecision(Action.BLOCK, null, Objects.requireNonNull(error), null);
    }

    public static RequestDecision answer(DirectAnswer answer) {
        return new RequestDecision(Action.ANSWER, null, null, Objects.requireNonNull(answer));
    }

    /** Whether the call ends here (blocked or answered), without being forwarded. */
    public boolean ends() {
        return action == Action.BLOCK || action == Action.ANSWER;
    }
}
