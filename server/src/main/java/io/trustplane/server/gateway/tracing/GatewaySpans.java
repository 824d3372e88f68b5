package io.trustplane.server.gateway.tracing;

import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.Redactions;
import io.trustplane.core.guard.pii.RedactionMode;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.server.gateway.guard.GuardedRequest;
import io.trustplane.server.gateway.guard.JsonTexts;
import io.trustplane.server.gateway.guard.StreamOutcome;
import io.trustplane.server.gateway.openai.OpenAiTexts;
import io.trustplane.server.gateway.openai.TokenEstimator;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the trace span of a gateway call, in the native trace model: kind {@code llm}, the upstream's model and
 * name, input and output as the native model stores them (chat messages; a prompt; Responses input), tokens from the
 * {@code usage} block or estimated ({@link TokenEstimator}, marked {@code gateway.tokens_estimated}), cost from the
 * {@link PriceTable}, and the guard's decisions and findings (never the matched values) as attributes.
 *
 * <p>The input stored is what was forwarded: the redacted body when the guard redacted. A blocked request was never
 * forwarded; its stored texts have the redactable findings (PII, secrets, custom rules) replaced by type tags, so that
 * the record of a block does not keep the secret that caused it. The output stored is what the client received.
 */
public final class GatewaySpans {
    private GatewaySpans() {
    }

    public static Span build(GatewayCall call, PriceTable prices, JsonMapper json) {
        GuardedRequest in = call.input();
        GatewayEndpoint endpoint = in.endpoint();
        JsonNode request = storedRequest(in);
        JsonNode output = output(call, json);
        String model = call.stream() != null && call.stream().model() != null ? call.stream().model()
                : call.response() != null && call.response().path("model").isString() ? call.response().path("model").asString()
                : in.model();
        JsonNode usage = call.stream() != null ? call.stream().usage() : call.response() == null ? null : call.response().get("usage");
        Long inputTokens = null;
        Long outputTokens = null;
        Long totalTokens = null;
        boolean estimated = false;
        boolean forwarded = call.upstream() != null && !in.isBlocked();
        if (usage != null && usage.isObject()) {
            inputTokens = number(usage, "prompt_tokens", "input_tokens");
            outputTokens = number(usage, "completion_tokens", "output_tokens");
            if (outputTokens == null && inputTokens != null && endpoint == GatewayEndpoint.EMBEDDINGS) outputTokens = 0L;
            totalTokens = number(usage, "total_tokens", "total_tokens");
        }
        if (forwarded && call.error() == null && (inputTokens == null || outputTokens == null)) {
            estimated = true;
            inputTokens = TokenEstimator.promptTokens(endpoint, in.body());
            outputTokens = outputText(output);
        }
        if (totalTokens == null && inputTokens != null && outputTokens != null) totalTokens = inputTokens + outputTokens;

        ObjectNode attributes = json.createObjectNode();
        attributes.put("gateway.endpoint", endpoint.wireName());
        if (call.upstream() != null) attributes.put("gateway.upstream", call.upstream());
        if (in.model() != null) attributes.put("gateway.request_model", in.model());
        attributes.put("gateway.stream", in.stream());
        attributes.put("gateway.http_status", call.httpStatus());
        if (call.keyPrefix() != null) attributes.put("gateway.key", call.keyPrefix());
        if (estimated) attributes.put("gateway.tokens_estimated", true);
        if (call.firstToken() != null) attributes.put("gateway.ttft_ms", millis(Duration.between(call.start(), call.firstToken())));
        guard(attributes, "guard.input", in.decision(), in.findings());
        if (call.output() != null) guard(attributes, "guard.output", call.output().decision(), call.output().findings());
        StreamOutcome s = call.stream();
        if (s != null) {
            attributes.put("guard.output.action", s.action().wireName());
            attributes.put("guard.output.decided_by", s.decidedBy());
            attributes.put("guard.output.monitored_action", s.monitoredAction().wireName());
            attributes.put("guard.output.cut", s.cut());
            attributes.put("guard.output.checks", s.checks());
            if (s.leakedRedactions() > 0) attributes.put("guard.output.leaked_redactions", s.leakedRedactions());
            findings(attributes, "guard.output.findings", s.findings());
        } else if (in.stream() && call.output() == null && forwarded && endpoint == GatewayEndpoint.RESPONSES) {
            attributes.put("guard.output.action", "unguarded"); // Responses API streams are relayed without output checks
        }

        String blockedBy = in.isBlocked() ? in.decision().decidedBy()
                : call.output() != null && call.output().isBlocked() ? call.output().decision().decidedBy()
                : s != null && s.cut() ? s.decidedBy() : null;
        SpanStatus status = call.error() != null || call.httpStatus() >= 400 ? SpanStatus.ERROR : SpanStatus.OK;
        String statusMessage = call.error() != null ? call.error() : blockedBy != null ? "blocked by guard rule " + blockedBy : null;
        String user = in.body() != null && in.body().path("user").isString() ? in.body().path("user").asString() : null;
        return new Span(call.traceId() != null ? call.traceId() : randomHex(16), randomHex(8), call.parentSpanId(),
                endpoint.wireName() + (model != null ? " " + model : ""), SpanKind.LLM, call.start(), call.end(), status,
                statusMessage, model, call.upstream(), request == null ? null : json.writeValueAsString(request),
                output == null ? null : json.writeValueAsString(output), inputTokens, outputTokens, totalTokens,
                prices.cost(model, inputTokens, outputTokens), user, null, List.of("gateway"), json.writeValueAsString(attributes));
    }

    /** The request's texts as the native model stores them: the messages, the prompt, the Responses input. */
    private static JsonNode storedRequest(GuardedRequest in) {
        JsonNode body = in.body();
        if (in.isBlocked() && in.outcome() != null) {
            Map<String, String> tagged = Redactions.apply(in.scanned(), in.outcome().evaluation().report(),
                    new RedactionSession(RedactionMode.TYPE_TAG, null));
            body = JsonTexts.replace(body, tagged);
        }
        if (body == null) return null;
        return switch (in.endpoint()) {
            case CHAT_COMPLETIONS -> body.get("messages");
            case COMPLETIONS -> body.get("prompt");
            case EMBEDDINGS -> body.get("input");
            case RESPONSES -> {
                ObjectNode r = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                if (body.has("instructions")) r.set("instructions", body.get("instructions"));
                if (body.has("input")) r.set("input", body.get("input"));
                yield r;
            }
        };
    }

    /** What the client received: the answer's messages or texts, the refusal, or the streamed text. */
    private static JsonNode output(GatewayCall call, JsonMapper json) {
        GuardedRequest in = call.input();
        if (in.isBlocked()) return in.blocked().refusal() && in.blocked().body() != null ? texts(in.endpoint(), in.blocked().body(), json) : null;
        if (call.stream() != null) {
            ArrayNode messages = json.createArrayNode();
            for (StreamOutcome.ChoiceText c : call.stream().choices()) {
                ObjectNode m = messages.addObject().put("role", "assistant").put("content", c.content());
                if (!c.toolArguments().isEmpty()) {
                    ArrayNode calls = m.putArray("tool_calls");
                    c.toolArguments().forEach((i, args) -> calls.addObject().put("index", i).putObject("function").put("arguments", args));
                }
            }
            return messages;
        }
        if (call.output() != null) {
            if (call.output().isBlocked()) {
                return call.output().blocked().refusal() ? texts(in.endpoint(), call.output().blocked().body(), json) : null;
            }
            return texts(in.endpoint(), call.output().body(), json);
        }
        return call.response() == null ? null : texts(in.endpoint(), call.response(), json);
    }

    private static JsonNode texts(GatewayEndpoint endpoint, JsonNode body, JsonMapper json) {
        return switch (endpoint) {
            case CHAT_COMPLETIONS -> {
                ArrayNode messages = json.createArrayNode();
                for (JsonNode choice : body.path("choices")) if (choice.has("message")) messages.add(choice.get("message"));
                yield messages;
            }
            case COMPLETIONS -> {
                ArrayNode texts = json.createArrayNode();
                for (JsonNode choice : body.path("choices")) texts.add(choice.path("text"));
                yield texts.size() == 1 ? texts.get(0) : texts;
            }
            case RESPONSES -> body.get("output");
            case EMBEDDINGS -> null;
        };
    }

    private static long outputText(JsonNode output) {
        if (output == null) return 0;
        if (output.isString()) return TokenEstimator.tokens(output.asString());
        long total = 0;
        for (String field : List.of("content", "arguments", "text")) {
            for (JsonNode n : output.findValues(field)) if (n.isString()) total += TokenEstimator.tokens(n.asString());
        }
        if (output.isArray()) for (JsonNode n : output) if (n.isString()) total += TokenEstimator.tokens(n.asString());
        return total;
    }

    private static void guard(ObjectNode attributes, String prefix, PolicyDecision decision, List<LocatedFinding> findings) {
        if (decision == null) return;
        attributes.put(prefix + ".action", decision.action().wireName());
        attributes.put(prefix + ".decided_by", decision.decidedBy());
        if (decision.monitoredAction() != Action.ALLOW) attributes.put(prefix + ".monitored_action", decision.monitoredAction().wireName());
        attributes.put(prefix + ".policy_version", decision.policyVersion());
        findings(attributes, prefix + ".findings", findings);
    }

    private static void findings(ObjectNode attributes, String key, List<LocatedFinding> findings) {
        if (findings.isEmpty()) return;
        ArrayNode list = attributes.putArray(key);
        for (LocatedFinding lf : findings) {
            list.addObject().put("segment", lf.segment()).put("detector", lf.finding().detector()).put("type", lf.finding().type())
                    .put("start", lf.finding().start()).put("end", lf.finding().end()).put("confidence", lf.finding().confidence());
        }
    }

    private static Long number(JsonNode usage, String name, String alternative) {
        JsonNode n = usage.has(name) ? usage.get(name) : usage.get(alternative);
        return n != null && n.isIntegralNumber() ? n.asLong() : null;
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1_000_000.0;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
