package io.trustplane.server.gateway.spi;

/**
 * How a proxied call ended, for tracing and metrics. Times are {@link System#nanoTime()} values, comparable with
 * {@link GatewayExchange#startNanos()}; 0 when the call never got that far.
 *
 * @param status            the HTTP status the client got
 * @param attempts          upstream requests made (retries and fallbacks included)
 * @param upstreamHeadersAt when the answering upstream's response headers arrived
 * @param firstByteAt       when the first byte of the response body was sent to the client (for a stream, its first event)
 * @param endAt             when the response to the client was complete
 * @param cut               whether a stream guard ended the stream early
 * @param errorCode         the code of the gateway's own error (e.g. {@code upstream_timeout}), also when it could only
 *                          end a stream that had begun (an upstream that broke off or went idle mid-stream), else null
 * @param errorMessage      what went wrong with {@code errorCode}, for a human (never a credential), else null
 * @param clientGone        whether the client disconnected before the response was complete
 */
public record GatewayOutcome(int status, int attempts, long upstreamHeadersAt, long firstByteAt, long endAt, boolean cut,
                             String errorCode, String errorMessage, boolean clientGone) {
}
