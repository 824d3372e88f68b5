package io.trustplane.server.gateway.spi;

/**
 * The extension points of the gateway's proxy: a Spring bean of this type is called around every proxied call (several
 * beans run in their {@code @Order}). Every method has a pass-through default, so an implementation overrides only what
 * it needs. Bodies are the raw JSON bytes as exchanged with the client; callbacks run on the request's thread, so a slow
 * hook adds its time to the call. An exception from a hook fails the call with a 500 in OpenAI's error shape (never
 * forwarding what a guard could not check).
 */
public interface GatewayGuard {

    /** Before forwarding: may replace the body (redaction) or block the call with an OpenAI-shaped error. */
    default RequestDecision onRequest(GatewayExchange exchange, byte[] body) {
        return RequestDecision.PASS;
    }

    /**
     * Whether {@link #onResponse} needs this call's complete response. When no guard does, responses are copied to the
     * client without being held in memory.
     */
    default boolean inspectsResponse(GatewayExchange exchange) {
        return false;
    }

    /** A complete successful (2xx), not streamed response: may replace it or block it. Upstream errors pass unseen. */
    default ResponseDecision onResponse(GatewayExchange exchange, int status, byte[] body) {
        return ResponseDecision.PASS;
    }

    /** A successful streamed response is starting: the guard that sees its events. */
    default StreamGuard onStream(GatewayExchange exchange) {
        return StreamGuard.PASS;
    }

    /** The call is over, however it ended (also after a block, an upstream error or a client disconnect). */
    default void onComplete(GatewayExchange exchange, GatewayOutcome outcome) {
    }
}
