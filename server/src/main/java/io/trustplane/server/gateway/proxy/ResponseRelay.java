package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.ResponseDecision;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamAction;
import io.trustplane.server.gateway.spi.StreamGuard;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sends an upstream's answer to the client: its status, the response headers that matter to OpenAI clients, and its
 * body, which is copied as it arrives (not held in memory) unless a guard inspects complete responses. A server-sent
 * event stream is relayed event by event, each through the stream guards, and flushed as soon as no further event is
 * already waiting. Hop-by-hop headers, cookies and the upstream's own rate-limit headers (which describe the upstream
 * account, not the caller) are not relayed.
 */
@Component
class ResponseRelay {
    /** Upstream response headers passed on to the client. */
    static final List<String> RELAYED_HEADERS = List.of("x-request-id", "openai-processing-ms", "openai-version", "retry-after",
            "retry-after-ms", "apim-request-id");
    static final String UPSTREAM_HEADER = "x-trustplane-upstream";

    private final GatewayGuards guards;

    ResponseRelay(GatewayGuards guards) {
        this.guards = guards;
    }

    void relay(GatewayExchange exchange, UpstreamForwarder.Answer answer, HttpServletResponse response, CallRecord call) throws IOException {
        HttpResponse<InputStream> upstream = answer.response();
        int status = upstream.statusCode();
        String contentType = upstream.headers().firstValue("content-type").orElse(null);
        boolean success = status >= 200 && status < 300;
        try (InputStream body = upstream.body()) {
            if (success && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
                start(exchange, response, answer, status, contentType);
                response.setHeader("Cache-Control", "no-cache");
                response.setHeader("X-Accel-Buffering", "no"); // tell reverse proxies not to buffer the stream
                stream(exchange, body, response, call);
            } else if (success && guards.inspectsResponse(exchange)) {
                whole(exchange, answer, body, status, contentType, response, call);
            } else {
                start(exchange, response, answer, status, contentType);
                upstream.headers().firstValueAsLong("content-length").ifPresent(response::setContentLengthLong);
                call.status = status;
                copy(body, response, call);
            }
        }
    }

    private void whole(GatewayExchange exchange, UpstreamForwarder.Answer answer, InputStream body, int status, String contentType,
                       HttpServletResponse response, CallRecord call) throws IOException {
        byte[] bytes = body.readAllBytes();
        ResponseDecision decision = guards.onResponse(exchange, status, bytes);
        if (decision.action() == ResponseDecision.Action.BLOCK) throw new GatewayException(decision.error());
        byte[] out = decision.action() == ResponseDecision.Action.REPLACE ? decision.body() : bytes;
        start(exchange, response, answer, status, contentType);
        response.setContentLength(out.length);
        call.status = status;
        call.firstByte();
        response.getOutputStream().write(out);
    }

    private static void copy(InputStream body, HttpServletResponse response, CallRecord call) throws IOException {
        ServletOutputStream out = response.getOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = body.read(buffer)) >= 0) {
            call.firstByte();
            write(out, buffer, n, call);
        }
    }

    private void stream(GatewayExchange exchange, InputStream body, HttpServletResponse response, CallRecord call) throws IOException {
        call.status = response.getStatus();
        StreamGuard guard = guards.onStream(exchange);
        ServletOutputStream out = response.getOutputStream();
        response.flushBuffer(); // the client sees the stream open before the first event, as with OpenAI
        SseReader reader = new SseReader(body);
        SseEvent event;
        while ((event = reader.next()) != null) {
            StreamAction action = guard.onEvent(event);
            send(out, action.emit(), call);
            if (action.cut()) {
                call.cut = true;
                flush(out, call);
                return; // closing the body ends the upstream request
            }
            if (!reader.hasBuffered()) flush(out, call);
        }
        send(out, guard.onEnd(), call);
        flush(out, call);
    }

    private static void send(ServletOutputStream out, List<SseEvent> events, CallRecord call) throws IOException {
        for (SseEvent e : events) {
            call.firstByte();
            write(out, e.raw(), e.raw().length, call);
        }
    }

    private static void start(GatewayExchange exchange, HttpServletResponse response, UpstreamForwarder.Answer answer, int status,
                              String contentType) {
        response.setStatus(status);
        if (contentType != null) response.setContentType(contentType);
        for (String name : RELAYED_HEADERS) {
            answer.response().headers().firstValue(name).ifPresent(value -> response.setHeader(name, value));
        }
        response.setHeader(UPSTREAM_HEADER, answer.route().target().name());
        exchange.responseHeaders().forEach(response::setHeader);
    }

    /** Writes to the client; a failure there means the client has gone, which ends the relay without an error answer. */
    private static void write(ServletOutputStream out, byte[] bytes, int length, CallRecord call) throws IOException {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            call.clientGone = true;
            throw new ClientGoneException(e);
        }
    }

    private static void flush(ServletOutputStream out, CallRecord call) throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            call.clientGone = true;
            throw new ClientGoneException(e);
        }
    }

    /** The client disconnected mid-response: nothing can be answered any more. */
    static final class ClientGoneException extends IOException {
        ClientGoneException(IOException cause) {
            super("the client disconnected", cause);
        }
    }
}
