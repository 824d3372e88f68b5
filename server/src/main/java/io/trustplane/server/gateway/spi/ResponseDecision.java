package io.trustplane.server.gateway.spi;

import io.trustplane.server.gateway.OpenAiError;
import java.util.Objects;

/**
 * What a {@link GatewayGuard} decides about a complete (not streamed) successful upstream response: pass it, send a
 * replacement body instead (redacted), or answer the client with an error instead.
 */
public record ResponseDecision(Action action, byte[] body, OpenAiError error) {
    public static final ResponseDecision PASS = new ResponseDecision(Action.PASS, null, null);

    public enum Action { PASS, REPLACE, BLOCK }

    public static ResponseDecision replace(byte[] body) {
        return new ResponseDecision(Action.REPLACE, Objects.requireNonNull(body), null);
    }

    public static ResponseDecision block(OpenAiError error) {
        return new ResponseDecision(Action.BLOCK, null, Objects.requireNonNull(error));
    }
}
