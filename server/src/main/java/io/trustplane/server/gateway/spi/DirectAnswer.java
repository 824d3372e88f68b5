package io.trustplane.server.gateway.spi;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A complete answer a {@link GatewayGuard} gives the client instead of forwarding the request, when it is not an error:
 * e.g. a guard's refusal, which looks like any model answer (HTTP 200, a completion as JSON, or as server-sent events
 * when the request asked for a stream).
 *
 * @param status the HTTP status
 * @param contentType the response's content type
 * @param body the exact bytes to send
 */
public record DirectAnswer(int status, String contentType, byte[] body) {
    public static final String JSON = "application/json";
    public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

    public DirectAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public static DirectAnswer json(int status, byte[] body) {
        return new DirectAnswer(status, JSON, body);
    }

    /** A whole event stream (HTTP 200): these events, in order. */
    public static DirectAnswer events(List<SseEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SseEvent e : events) out.writeBytes(e.raw());
        return new DirectAnswer(200, EVENT_STREAM, out.toByteArray());
    }

    public boolean streamed() {
        return contentType.startsWith("text/event-stream");
    }
}
