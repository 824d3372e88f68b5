package io.trustplane.server.gateway;

/** Ends a gateway request with an {@link OpenAiError}; the proxy's exception handler writes it. */
public class GatewayException extends RuntimeException {
    private final OpenAiError error;

    public GatewayException(OpenAiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public OpenAiError error() {
        return error;
    }
}
