package io.trustplane.server.gateway.hooks;

import io.trustplane.core.guard.policy.Action;
import io.trustplane.server.gateway.guard.BlockedAnswer;
import io.trustplane.server.gateway.guard.GatewayGuardProperties;
import io.trustplane.server.gateway.guard.GatewayPolicyCheck;
import io.trustplane.server.gateway.guard.GuardedRequest;
import io.trustplane.server.gateway.guard.GuardedResponse;
import io.trustplane.server.gateway.guard.StreamOutputGuard;
import io.trustplane.server.gateway.limits.Admission;
import io.trustplane.server.gateway.limits.GatewayLimiter;
import io.trustplane.server.gateway.openai.TokenEstimator;
import io.trustplane.server.gateway.spi.DirectAnswer;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.GatewayGuard;
import io.trustplane.server.gateway.spi.GatewayOutcome;
import io.trustplane.server.gateway.spi.RequestDecision;
import io.trustplane.server.gateway.spi.ResponseDecision;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamGuard;
import io.trustplane.server.gateway.tracing.GatewayCall;
import io.trustplane.server.gateway.tracing.GatewayTracer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own hooks around every proxied call, in this order:
 *
 * <ol>
 *   <li><b>limits</b> ({@link GatewayLimiter}): the calling key's rate limits and quotas, reserving the request's
 *       estimated tokens; over a limit the call ends with the limiter's 429 (OpenAI's shape, {@code Retry-After});
 *       admitted calls get OpenAI's {@code x-ratelimit-*} headers;
 *   <li><b>input guard</b> ({@link GatewayPolicyCheck#checkInput}): blocked → the project's error (400
 *       {@code content_policy_violation}) or refusal (a 200 answer, as SSE events for a streaming request); redacted →
 *       the redacted body is forwarded; otherwise the client's bytes go on untouched;
 *   <li>the upstream (the proxy);
 *   <li><b>output guard</b>: a whole answer through {@link GatewayPolicyCheck#checkOutput} (block, refusal, redaction,
 *       pseudonym restoration), a chat or completions stream through a {@link StreamOutputGuard};
 *   <li><b>settlement and tracing</b> when the call is over: the limiter's reservation is replaced by the usage the
 *       upstream reported (the estimate when it reported none, nothing when no answer was forwarded), and the call is
 *       recorded as a span ({@link GatewayTracer}, in the background).
 * </ol>
 *
 * The body is parsed once per call, here, into a tree shared by the limiter's estimate and the guard. The other
 * {@link GatewayGuard} beans (with a later {@code @Order}) run after these hooks and see the body as forwarded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class GatewayCallHooks implements GatewayGuard {
    private static final String STATE = GatewayCallHooks.class.getName();
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");

    private final GatewayLimiter limiter;
    private final GatewayPolicyCheck guard;
    private final GatewayGuardProperties guardProperties;
    private final GatewayTracer tracer;
    private final JsonMapper json;

    public GatewayCallHooks(GatewayLimiter limiter, GatewayPolicyCheck guard, GatewayGuardProperties guardProperties, GatewayTracer tracer,
                            JsonMapper json) {
        this.limiter = limiter;
        this.guard = guard;
        this.guardProperties = guardProperties;
        this.tracer = tracer;
        this.json = json;
    }

    /** What these hooks keep of one call, from one callback to the next. */
    static final class CallState {
        final GatewayEndpoint endpoint;
        final JsonNode body;
        Admission admission;
        GuardedRequest input;
        JsonNode response;
        GuardedResponse output;
        GuardedStream stream;

        CallState(GatewayEndpoint endpoint, JsonNode body) {
            this.endpoint = endpoint;
            this.body = body;
        }
    }

    @Override
    public RequestDecision onRequest(GatewayExchange exchange, byte[] body) {
        GatewayEndpoint endpoint = exchange.endpoint();
        CallState call = new CallState(endpoint, json.readTree(body)); // the proxy has checked it is one JSON object
        exchange.attributes().put(STATE, call);

        call.admission = limiter.admit(exchange.projectId(), limiterKey(exchange), TokenEstimator.requestTokens(endpoint, call.body));
        if (!call.admission.allowed()) return RequestDecision.block(call.admission.rejection());
        call.admission.headers().forEach(exchange::addResponseHeader);

        call.input = guard.checkInput(exchange.projectId(), endpoint, call.body, Map.of());
        BlockedAnswer blocked = call.input.blocked();
        if (blocked != null) {
            if (!blocked.refusal()) return RequestDecision.block(blocked.error());
            return RequestDecision.answer(blocked.streamed()
                    ? DirectAnswer.events(blocked.events().stream().map(e -> event(endpoint, e)).toList())
                    : DirectAnswer.json(blocked.status(), json.writeValueAsBytes(blocked.body())));
        }
        return call.input.action() == Action.REDACT ? RequestDecision.replace(json.writeValueAsBytes(call.input.body())) : RequestDecision.PASS;
    }

    /**
     * Whole answers are held for the output check, and for the {@code usage} the limiter settles with and the trace
     * records (so with tracing or token limits on, every non-streamed answer is read whole before it is returned).
     */
    @Override
    public boolean inspectsResponse(GatewayExchange exchange) {
        CallState call = state(exchange);
        return call != null && call.input != null && !exchange.stream();
    }

    @Override
    public ResponseDecision onResponse(GatewayExchange exchange, int status, byte[] body) {
        CallState call = state(exchange);
        try {
            call.response = json.readTree(body);
        } catch (JacksonException e) {
            return ResponseDecision.PASS; // not JSON: nothing to check, nothing to settle with
        }
        if (!guardsOutput(call) || !call.response.isObject()) return ResponseDecision.PASS;
        call.output = guard.checkOutput(call.input, call.response);
        BlockedAnswer blocked = call.output.blocked();
        if (blocked != null) {
            return blocked.refusal() ? ResponseDecision.replace(json.writeValueAsBytes(blocked.body())) : ResponseDecision.block(blocked.error());
        }
        // unchanged answers go back byte for byte; only redacted or restored ones are re-serialized
        return call.output.body().equals(call.response) ? ResponseDecision.PASS : ResponseDecision.replace(json.writeValueAsBytes(call.output.body()));
    }

    @Override
    public StreamGuard onStream(GatewayExchange exchange) {
        CallState call = state(exchange);
        if (call == null || call.input == null) return StreamGuard.PASS;
        Optional<StreamOutputGuard> checked = guard.streamGuard(call.input);
        call.stream = new GuardedStream(checked.orElse(null), json);
        return call.stream;
    }

    @Override
    public void onComplete(GatewayExchange exchange, GatewayOutcome outcome) {
        CallState call = state(exchange);
        if (call == null) return;
        JsonNode usage = usage(call);
        boolean answered = exchange.upstream() != null && outcome.status() >= 200 && outcome.status() < 300;
        if (call.admission != null && call.admission.allowed()) {
            long total = usage != null && usage.path("total_tokens").isIntegralNumber() ? usage.path("total_tokens").asLong()
                    : answered ? call.admission.reservedTokens() : 0;
            limiter.settle(call.admission, total);
        }
        tracer.record(exchange.projectId(), call(exchange, outcome, call));
    }

    private GatewayCall call(GatewayExchange exchange, GatewayOutcome outcome, CallState call) {
        Instant nowInstant = Instant.now();
        long nowNanos = System.nanoTime();
        GuardedRequest input = call.input != null ? call.input
                : new GuardedRequest(exchange.projectId(), call.endpoint, null, call.body, null, null, null, Map.of(), exchange.requestedModel(),
                exchange.stream());
        String traceId = null;
        String parent = null;
        if (exchange.traceparent() != null) {
            Matcher m = TRACEPARENT.matcher(exchange.traceparent().strip());
            if (m.matches() && !m.group(1).matches("0+") && !m.group(2).matches("0+")) {
                traceId = m.group(1);
                parent = m.group(2);
            }
        }
        boolean guardBlocked = input.isBlocked() || call.output != null && call.output.isBlocked();
        String error = guardBlocked ? null
                : outcome.errorCode() != null ? outcome.errorCode() + (outcome.errorMessage() != null ? ": " + outcome.errorMessage() : "")
                : outcome.clientGone() ? "client_disconnected"
                : null;
        Instant firstToken = exchange.stream() && outcome.firstByteAt() != 0 ? at(outcome.firstByteAt(), nowInstant, nowNanos) : null;
        JsonNode response = call.response != null ? call.response : call.stream != null ? call.stream.completedResponse() : null;
        return new GatewayCall(traceId, parent, exchange.upstream(), input, response, call.output,
                call.stream != null ? call.stream.outcome() : null, at(exchange.startNanos(), nowInstant, nowNanos), firstToken,
                at(outcome.endAt(), nowInstant, nowNanos), outcome.status(), error, exchange.keyPrefix());
    }

    /** The usage the upstream reported, from its answer or its stream; null when it reported none. */
    private JsonNode usage(CallState call) {
        JsonNode usage = null;
        if (call.response != null) usage = call.response.get("usage");
        if (usage == null && call.stream != null) {
            if (call.stream.outcome() != null) usage = call.stream.outcome().usage();
            JsonNode completed = call.stream.completedResponse();
            if (usage == null && completed != null) usage = completed.get("usage");
        }
        if (usage != null && usage.isObject() && !usage.has("total_tokens")) {
            // Responses API usage names its parts input/output; the total is their sum
            long in = usage.path("input_tokens").asLong(0);
            long out = usage.path("output_tokens").asLong(0);
            return json.createObjectNode().put("total_tokens", in + out);
        }
        return usage != null && usage.isObject() ? usage : null;
    }

    private boolean guardsOutput(CallState call) {
        return switch (call.endpoint) {
            case CHAT_COMPLETIONS, COMPLETIONS, RESPONSES -> guardProperties.output() || !call.input.restore().isEmpty();
            case EMBEDDINGS -> false;
        };
    }

    /** A refusal's event: the Responses API names each event by its {@code type}; chat and completions chunks have no name. */
    private SseEvent event(GatewayEndpoint endpoint, String data) {
        if (endpoint != GatewayEndpoint.RESPONSES) return SseEvent.data(data);
        return SseEvent.named(json.readTree(data).path("type").asString(), data);
    }

    private static Instant at(long nanos, Instant nowInstant, long nowNanos) {
        return nowInstant.minusNanos(nowNanos - nanos);
    }

    private static String limiterKey(GatewayExchange exchange) {
        return exchange.keyId() != null ? exchange.keyId().toString() : exchange.keyPrefix();
    }

    private static CallState state(GatewayExchange exchange) {
        return (CallState) exchange.attributes().get(STATE);
    }
}
