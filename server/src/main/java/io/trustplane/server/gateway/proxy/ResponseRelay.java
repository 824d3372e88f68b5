package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.ResponseDecision;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamAction;
import io.trustplane.server.gateway.spi.StreamGuard;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends an upstream's answer to the client: its status, the response headers that matter to OpenAI clients, and its
 * body, which is copied as it arrives (not held in memory) unless a guard inspects complete responses. A server-sent
 * event stream is relayed event by event, each through the stream guards, and flushed as soon as no further event is
 * already waiting; a stream the upstream breaks off or leaves idle ({@link UpstreamResponse.IdleException}) ends with
 * an error event.
 * Hop-by-hop headers, cookies and the upstream's own rate-limit headers (which describe the upstream
 * account, not the caller) are not relayed.
 */
@Component
class ResponseRelay {
    private static final Logger log = LoggerFactory.getLogger(ResponseRelay.class);
    /** Upstream response headers passed on to the client. */
    static final List<String> RELAYED_HEADERS = List.of("x-request-id", "openai-processing-ms", "openai-version", "retry-after",
            "retry-after-ms", "apim-request-id");
    static final String UPSTREAM_HEADER = "x-trustplane-upstream";

    private final GatewayGuards guards;
    private final JsonMapper json;

    ResponseRelay(GatewayGuards guards, JsonMapper json) {
        this.guards = guards;
        this.json = json;
    }

    void relay(GatewayExchange exchange, UpstreamForwarder.Answer answer, HttpServletResponse response, CallRecord call) throws IOException {
        UpstreamResponse upstream = answer.response();
        int status = upstream.status();
        String contentType = upstream.header("content-type").orElse(null);
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
                upstream.contentLength().ifPresent(response::setContentLengthLong);
                call.status = status;
                copy(body, response, call);
            }
        }
    }

    private void whole(GatewayExchange exchange, UpstreamForwarder.Answer answer, InputStream body, int status, String contentType,
                       HttpServletResponse response, CallRecord call) throws IOException {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UpstreamBodyException(e);
        }
        ResponseDecision decision = guards.onResponse(exchange, status, bytes);
        if (decision.action() == ResponseDecision.Action.BLOCK) throw new GatewayException(decision.error());
        byte[] out = decision.action() == ResponseDecision.Action.REPLACE ? decision.body() : bytes;
        start(exchange, response, answer, status, contentType);
        response.setContentLength(out.length);
        call.status = status;
        call.firstByte();
        write(response.getOutputStream(), out, out.length, call);
    }

    private static void copy(InputStream body, HttpServletResponse response, CallRecord call) throws IOException {
        ServletOutputStream out = response.getOutputStream();
        byte[] buffer = new byte[16 * 1024];
        while (true) {
            int n;
            try {
                n = body.read(buffer);
            } catch (IOException e) {
                throw new UpstreamBodyException(e);
            }
            if (n < 0) return;
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
        SseEvent last = null;
        while (true) {
            SseEvent event;
            try {
                event = reader.next();
            } catch (IOException e) {
                broken(exchange, e, last, out, call);
                return;
            }
            if (event == null) break;
            StreamAction action = guard.onEvent(event);
            send(out, action.emit(), call);
            if (!action.emit().isEmpty()) last = action.emit().getLast();
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

    /**
     * The upstream's stream broke off (the connection dropped) or went idle: the client's stream ends with an
     * OpenAI-shaped error event, so that clients raise an error instead of waiting or taking a cut answer for a whole
     * one, and the call records the error. Events a stream guard still holds are dropped: they were never checked whole.
     */
    private void broken(GatewayExchange exchange, IOException cause, SseEvent last, ServletOutputStream out, CallRecord call)
            throws IOException {
        OpenAiError error = bodyFailure(exchange, cause);
        call.failed(error);
        log.warn("gateway upstream {} ended its stream for project {} early: {}", exchange.upstream(), exchange.projectId(), cause.toString());
        send(out, List.of(errorEvent(exchange.endpoint(), error, last)), call);
        flush(out, call);
    }

    /** The gateway's error for an upstream body that broke off ({@code upstream_failed}) or went idle ({@code upstream_timeout}). */
    static OpenAiError bodyFailure(GatewayExchange exchange, IOException cause) {
        if (cause instanceof UpstreamBodyException && cause.getCause() instanceof IOException read) cause = read;
        String upstream = "The upstream '" + exchange.upstream() + "'";
        return cause instanceof UpstreamResponse.IdleException
                ? OpenAiError.upstream(504, "upstream_timeout", upstream + " stopped sending its answer: " + cause.getMessage() + ".")
                : OpenAiError.upstream(502, "upstream_failed", upstream + " broke off its answer (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ").");
    }

    /**
     * An error as the last event of a stream, as OpenAI sends one: for chat completions and completions a {@code data}
     * event holding {@code {"error": {...}}} (the official SDKs raise it as an API error); for the Responses API an
     * {@code error} event ({@code type}, {@code code}, {@code message}, {@code param}, {@code sequence_number}).
     */
    SseEvent errorEvent(GatewayEndpoint endpoint, OpenAiError error, SseEvent last) {
        if (endpoint != GatewayEndpoint.RESPONSES) return SseEvent.data(new String(error.bytes(), StandardCharsets.UTF_8));
        ObjectNode event = json.createObjectNode().put("type", "error").put("code", error.code()).put("message", error.message());
        event.putNull("param");
        event.put("sequence_number", nextSequenceNumber(last));
        return SseEvent.named("error", json.writeValueAsString(event));
    }

    private long nextSequenceNumber(SseEvent last) {
        if (last == null || last.data() == null) return 0;
        try {
            JsonNode number = json.readTree(last.data()).path("sequence_number");
            return number.isIntegralNumber() ? number.asLong() + 1 : 0;
        } catch (JacksonException e) {
            return 0;
        }
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
            answer.response().header(name).ifPresent(value -> response.setHeader(name, value));
        }
        response.setHeader(UPSTREAM_HEADER, answer.route().target().name());
        exchange.responseHeaders().forEach(response::setHeader);
    }

    /** Writes to the client; a failure there means the client has gone, which ends the relay without an error answer. */
    static void write(ServletOutputStream out, byte[] bytes, int length, CallRecord call) throws IOException {
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

    /** The upstream's body broke off or went idle while a whole answer was read or copied (not a client failure). */
    static final class UpstreamBodyException extends IOException {
        UpstreamBodyException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The client disconnected mid-response: nothing can be answered any more. */
    static final class ClientGoneException extends IOException {
        ClientGoneException(IOException cause) {
            super("the client disconnected", cause);
        }
    }
}
