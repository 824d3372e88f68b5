package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.spi.GatewayOutcome;

/** What happened during one call, filled in as it goes, for {@link GatewayOutcome}. */
final class CallRecord {
    int status;
    long upstreamHeadersAt;
    long firstByteAt;
    boolean cut;
    String errorCode;
    boolean clientGone;
    final UpstreamForwarder.Attempts attempts = new UpstreamForwarder.Attempts();

    void firstByte() {
        if (firstByteAt == 0) firstByteAt = System.nanoTime();
    }

    GatewayOutcome outcome() {
        return new GatewayOutcome(status, attempts.attempts, upstreamHeadersAt, firstByteAt, System.nanoTime(), cut, errorCode, clientGone);
    }
}
