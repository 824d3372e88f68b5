package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.spi.GatewayOutcome;

/** What happened during one call, filled in as it goes, for {@link GatewayOutcome}. */
final class CallRecord {
    int status;
    long upstreamHeadersAt;
    long firstByteAt;
    boolean cut;
    String errorCode;
    String errorMessage;
    boolean clientGone;
    final UpstreamForwarder.Attempts attempts = new UpstreamForwarder.Attempts();

    /** The call ended with the gateway's own error (answered, or ending a stream that had begun). */
    void failed(OpenAiError error) {
        errorCode = error.code();
        errorMessage = error.message();
    }

    void firstByte() {
        if (firstByteAt == 0) firstByteAt = System.nanoTime();
    }

    GatewayOutcome outcome() {
        return new GatewayOutcome(status, attempts.attempts, upstreamHeadersAt, firstByteAt, System.nanoTime(), cut, errorCode, errorMessage, clientGone);
    }
}
