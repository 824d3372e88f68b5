package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.pii.PseudonymRestorer;
import io.trustplane.core.guard.pii.RedactionMode;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.server.gateway.openai.OpenAiTexts;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.guard.GuardEvaluator;
import io.trustplane.server.guard.GuardService;
import io.trustplane.server.guard.PolicyDocument;
import io.trustplane.server.guard.PolicyService;
import io.trustplane.server.guard.ProjectPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's guard: checks a request before it is forwarded, and its answer before it is returned, with the
 * project's policy through the same services as {@code POST /api/v1/guard} (so decisions, metrics with source
 * {@code gateway}, and the audit of blocks and redactions are the same).
 *
 * <ul>
 *   <li>{@code allow}, {@code flag}: forwarded / returned unchanged; the decision is recorded in the trace.
 *   <li>{@code redact}: the redacted strings replace the originals at their JSON pointers; every other byte of
 *       meaning (unknown fields included) is kept.
 *   <li>{@code block}: an OpenAI-shaped 400 error, or the project's refusal ({@link Refusals}).
 *   <li>monitor-mode rules never change anything; they are in the decision's {@code monitoredAction} and matches.
 * </ul>
 * The output check uses the policy version the input check used, so one call is judged by one policy.
 */
@Service
public class GatewayPolicyCheck {
    /** The {@code source} of gateway decisions in guard metrics and the audit. */
    public static final String SOURCE = "gateway";

    private final PolicyService policies;
    private final GuardService guard;
    private final GuardEvaluator evaluator;
    private final GatewayGuardProperties properties;
    private final JsonMapper json;

    public GatewayPolicyCheck(PolicyService policies, GuardService guard, GuardEvaluator evaluator, GatewayGuardProperties properties,
                        JsonMapper json) {
        this.policies = policies;
        this.guard = guard;
        this.evaluator = evaluator;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Checks a request body before it is forwarded.
     *
     * @param attributes extra request context for policies ({@code request.*} in CEL), e.g. {@code provider}; the
     *     body's {@code model}, {@code user} and {@code stream}, and the endpoint, are added
     */
    public GuardedRequest checkInput(UUID projectId, GatewayEndpoint endpoint, JsonNode body, Map<String, Object> attributes) {
        ProjectPolicy policy = policies.current(projectId);
        String model = text(body, "model");
        boolean stream = body != null && body.path("stream").asBoolean(false);
        Map<String, Object> attrs = new LinkedHashMap<>(attributes);
        attrs.put("endpoint", endpoint.wireName());
        if (model != null) attrs.put("model", model);
        String user = text(body, "user");
        if (user != null) attrs.put("user", user);
        attrs.put("stream", stream);
        OpenAiTexts.Extracted texts = OpenAiTexts.request(endpoint, body);
        GuardRequest request = new GuardRequest(texts.segments(), new ScanContext(texts.systemPrompts(), Set.of(),
                Set.of()), attrs);
        if (!properties.input() || texts.segments().isEmpty()) {
            return new GuardedRequest(projectId, endpoint, policy, body, null, null, request, Map.of(), model, stream);
        }
        GuardService.Outcome outcome = guard.check(projectId, policy, request, SOURCE, null);
        PolicyDocument.Gateway settings = policy.document().gateway();
        if (outcome.action() == Action.BLOCK) {
            BlockedAnswer answer = Refusals.answer(endpoint, settings.refuses(), settings.refusalMessage(),
                    outcome.evaluation().decision().decidedBy(), false, model, stream, json);
            return new GuardedRequest(projectId, endpoint, policy, body, answer, outcome, request, Map.of(), model, stream);
        }
        JsonNode forward = outcome.action() == Action.REDACT ? JsonTexts.replace(body, outcome.redacted()) : body;
        Map<String, String> restore = settings.restorePseudonyms() && outcome.session() != null
                && outcome.session().mode() == RedactionMode.PSEUDONYM ? Map.copyOf(outcome.session().pseudonyms()) : Map.of();
        return new GuardedRequest(projectId, endpoint, policy, forward, null, outcome, request, restore, model, stream);
    }

    /** Checks a non-streamed answer before it is returned; restores pseudonyms when the project asked for it. */
    public GuardedResponse checkOutput(GuardedRequest input, JsonNode response) {
        List<TextSegment> segments = OpenAiTexts.response(input.endpoint(), response);
        GuardService.Outcome outcome = null;
        Map<String, String> texts = new LinkedHashMap<>();
        for (TextSegment s : segments) texts.put(s.id(), s.text());
        if (properties.output() && !segments.isEmpty()) {
            GuardRequest request = new GuardRequest(segments, input.scanned().scanContext(), input.scanned().attributes());
            outcome = guard.check(input.projectId(), input.policy(), request, SOURCE, input.session());
            if (outcome.action() == Action.BLOCK) {
                PolicyDocument.Gateway settings = input.policy().document().gateway();
                BlockedAnswer answer = Refusals.answer(input.endpoint(), settings.refuses(), settings.refusalMessage(),
                        outcome.evaluation().decision().decidedBy(), true, input.model(), false, json);
                return new GuardedResponse(response, answer, outcome);
            }
            if (outcome.action() == Action.REDACT) texts.putAll(outcome.redacted());
        }
        if (!input.restore().isEmpty()) texts.replaceAll((pointer, text) -> PseudonymRestorer.restore(text, input.restore()));
        return new GuardedResponse(JsonTexts.replace(response, texts), null, outcome);
    }

    /**
     * A guard for the streamed answer of this request, fed its SSE events in order; empty when there is nothing to do
     * (output guarding off and nothing to restore).
     */
    public Optional<StreamOutputGuard> streamGuard(GuardedRequest input) {
        GatewayEndpoint endpoint = input.endpoint();
        if (endpoint == GatewayEndpoint.EMBEDDINGS) return Optional.empty();
        if (!properties.output() && input.restore().isEmpty()) return Optional.empty();
        ProjectPolicy policy = input.policy();
        GuardRequest scanned = input.scanned();
        return Optional.of(new StreamOutputGuard(endpoint, properties.window(),
                properties.output() ? request -> evaluator.evaluate(policy, request, SOURCE) : GatewayPolicyCheck::nothing,
                scanned.scanContext(), scanned.attributes(),
                () -> input.session() != null ? input.session() : guard.session(input.projectId(), policy),
                input.restore(),
                evaluation -> guard.auditIfDecisive(input.projectId(), scanned, evaluation, SOURCE), json));
    }

    /** The check when output guarding is off: no detector, no rule. */
    private static GuardEvaluator.Evaluation nothing(GuardRequest request) {
        return new GuardEvaluator.Evaluation(new GuardReport(List.of(), 0),
                new PolicyDecision(Action.ALLOW, PolicyDecision.NO_RULE, Action.ALLOW, List.of(), List.of(), 0), null);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        return node != null && node.isString() ? node.asString() : null;
    }
}
