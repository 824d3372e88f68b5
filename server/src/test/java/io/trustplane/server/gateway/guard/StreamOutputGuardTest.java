package io.trustplane.server.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trustplane.core.guard.Detectors;
import io.trustplane.core.guard.GuardEngine;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.pii.RedactionMode;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyCompiler;
import io.trustplane.core.guard.policy.PolicyRule;
import io.trustplane.core.guard.policy.RuleMode;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.guard.GuardEvaluator;
import io.trustplane.server.guard.GuardMetrics;
import io.trustplane.server.guard.PolicyDocument;
import io.trustplane.server.guard.ProjectPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hand-built chat-completions chunk sequences (and a Responses API event sequence) through the stream guard, with the
 * real detectors and CEL policies.
 */
class StreamOutputGuardTest {
    static final GuardEngine ENGINE = Detectors.defaultEngine();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOKEN = "ghp_R7x2Kq9LmZ4vT8pW1nB6cD3fH5jY0sA2eG7k";
    static final StreamWindow WINDOW = new StreamWindow(64, 8, 48);

    final List<GuardEvaluator.Evaluation> audited = new ArrayList<>();

    StreamOutputGuard guard(Action action, RuleMode mode, StreamWindow window, Map<String, String> restore) throws Exception {
        return guard(GatewayEndpoint.CHAT_COMPLETIONS, action, mode, window, restore);
    }

    StreamOutputGuard guard(GatewayEndpoint endpoint, Action action, RuleMode mode, StreamWindow window, Map<String, String> restore)
            throws Exception {
        List<PolicyRule> rules = List.of(new PolicyRule("secrets", "", "flagged.secrets", action, mode));
        ProjectPolicy policy = new ProjectPolicy(0, new PolicyDocument(List.of(), "pseudonym", List.of()),
                PolicyCompiler.compile(rules, 0), null, null, ENGINE);
        GuardEvaluator evaluator = new GuardEvaluator(null, new GuardMetrics(new SimpleMeterRegistry()));
        return new StreamOutputGuard(endpoint, window, r -> evaluator.evaluate(policy, r, "gateway"),
                ScanContext.EMPTY, Map.of(), () -> new RedactionSession(RedactionMode.PSEUDONYM, null), restore, audited::add, JSON);
    }

    static String chunk(String content) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1700000000).put("model", "gpt-test");
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("content", content);
        choice.putNull("finish_reason");
        return JSON.writeValueAsString(c);
    }

    static String role() {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-test\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}],\"x_vendor\":{\"a\":1}}";
    }

    static String finish() {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-test\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
    }

    /** Splits a text into chunks of a few characters, as a model streams tokens. */
    static List<String> stream(String text, int size) {
        List<String> events = new ArrayList<>();
        events.add(role());
        for (int i = 0; i < text.length(); i += size) events.add(chunk(text.substring(i, Math.min(text.length(), i + size))));
        events.add(finish());
        events.add(StreamOutputGuard.DONE);
        return events;
    }

    static String content(List<String> emitted) {
        StringBuilder text = new StringBuilder();
        for (String data : emitted) {
            if (data.equals(StreamOutputGuard.DONE)) continue;
            for (JsonNode choice : JSON.readTree(data).path("choices")) text.append(choice.path("delta").path("content").asString(""));
        }
        return text.toString();
    }

    /** A Responses API stream of one message, its text in deltas of {@code size} characters, as OpenAI sends it. */
    static List<String> responseEvents(String text, int size) {
        List<ObjectNode> events = new ArrayList<>();
        ObjectNode response = JSON.createObjectNode().put("id", "resp_1").put("object", "response").put("status", "in_progress")
                .put("model", "gpt-test");
        response.putArray("output");
        events.add(JSON.createObjectNode().put("type", "response.created").set("response", response));
        events.add(JSON.createObjectNode().put("type", "response.output_item.added").put("output_index", 0));
        events.add(part("response.content_part.added"));
        for (int i = 0; i < text.length(); i += size) {
            events.add(part("response.output_text.delta").put("delta", text.substring(i, Math.min(text.length(), i + size))));
        }
        events.add(part("response.output_text.done").put("text", text));
        events.add(part("response.content_part.done").set("part", JSON.createObjectNode().put("type", "output_text").put("text", text)));
        ObjectNode item = JSON.createObjectNode().put("type", "message").put("role", "assistant");
        item.putArray("content").addObject().put("type", "output_text").put("text", text);
        events.add(JSON.createObjectNode().put("type", "response.output_item.done").put("output_index", 0).set("item", item));
        ObjectNode completed = response.deepCopy().put("status", "completed");
        completed.putArray("output").add(item);
        completed.putObject("usage").put("input_tokens", 3).put("output_tokens", 20).put("total_tokens", 23);
        events.add(JSON.createObjectNode().put("type", "response.completed").set("response", completed));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) out.add(JSON.writeValueAsString(events.get(i).put("sequence_number", i)));
        return out;
    }

    private static ObjectNode part(String type) {
        return JSON.createObjectNode().put("type", type).put("item_id", "msg_1").put("output_index", 0).put("content_index", 0);
    }

    @Test
    void aResponsesStreamIsRedactedInItsDeltasAndInEveryEventThatRepeatsTheText() throws Exception {
        StreamOutputGuard guard = guard(GatewayEndpoint.RESPONSES, Action.REDACT, RuleMode.ENFORCE, WINDOW, Map.of());
        String text = "Here is the token you asked for: " + TOKEN + ", and please keep it somewhere safe.";
        List<String> events = responseEvents(text, 4);
        List<String> emitted = new ArrayList<>();
        for (String event : events) {
            StreamOutputGuard.Step step = guard.onEvent(event);
            assertThat(step.verdict()).isNotEqualTo(StreamOutputGuard.Verdict.CUT);
            emitted.addAll(step.emit());
        }
        emitted.addAll(guard.onEnd().emit());

        assertThat(emitted).hasSameSizeAs(events).noneMatch(e -> e.contains(TOKEN.substring(4, 20)));
        StringBuilder deltas = new StringBuilder();
        for (String e : emitted) {
            JsonNode event = JSON.readTree(e);
            if (event.path("type").asString().equals("response.output_text.delta")) deltas.append(event.path("delta").asString());
        }
        assertThat(deltas.toString()).startsWith("Here is the token you asked for: [").endsWith("], and please keep it somewhere safe.");
        // the events that repeat the whole text repeat what the deltas said
        assertThat(JSON.readTree(emitted.get(events.size() - 4)).path("text").asString()).isEqualTo(deltas.toString());
        assertThat(JSON.readTree(emitted.get(events.size() - 3)).at("/part/text").asString()).isEqualTo(deltas.toString());
        assertThat(JSON.readTree(emitted.get(events.size() - 2)).at("/item/content/0/text").asString()).isEqualTo(deltas.toString());
        JsonNode completed = JSON.readTree(emitted.getLast());
        assertThat(completed.at("/response/output/0/content/0/text").asString()).isEqualTo(deltas.toString());
        assertThat(completed.at("/response/usage/total_tokens").asInt()).isEqualTo(23);
        assertThat(emitted.getFirst()).isEqualTo(events.getFirst()); // unchanged events byte for byte
        StreamOutcome outcome = guard.outcome();
        assertThat(outcome.action()).isEqualTo(Action.REDACT);
        assertThat(outcome.leakedRedactions()).isZero();
        assertThat(outcome.choices().getFirst().content()).isEqualTo(deltas.toString());
        assertThat(outcome.usage().path("total_tokens").asInt()).isEqualTo(23);
    }

    @Test
    void benignStreamPassesUnchangedInOrderWithBoundedHoldBack() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, WINDOW, Map.of());
        String text = "The capital of France is Paris. It has been the capital for centuries, and it sits on the Seine. "
                + "Its museums include the Louvre and the Musée d'Orsay.";
        List<String> events = stream(text, 3);
        List<String> emitted = new ArrayList<>();
        int fed = 0;
        for (String event : events) {
            StreamOutputGuard.Step step = guard.onEvent(event);
            assertThat(step.verdict()).isNotEqualTo(StreamOutputGuard.Verdict.CUT);
            emitted.addAll(step.emit());
            fed += event.startsWith("{") ? content(List.of(event)).length() : 0;
            // what is held back: at most holdBack + stride - 1 characters, plus the last chunk
            assertThat(fed - content(emitted).length()).isLessThanOrEqualTo(WINDOW.holdBack() + WINDOW.stride() - 1 + 3);
        }
        assertThat(emitted).containsExactlyElementsOf(events); // byte for byte, same order, nothing added or lost
        StreamOutcome outcome = guard.outcome();
        assertThat(outcome.action()).isEqualTo(Action.ALLOW);
        assertThat(outcome.cut()).isFalse();
        assertThat(outcome.choices().getFirst().content()).isEqualTo(text);
        assertThat(outcome.checks()).isGreaterThan(1);
    }

    @Test
    void aSecretSplitAcrossChunksIsCutBeforeAnyOfItIsSent() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, WINDOW, Map.of());
        String text = "Sure, here is the token you asked for: " + TOKEN + " and that is all I can say about it today.";
        List<String> emitted = new ArrayList<>();
        StreamOutputGuard.Step last = null;
        List<String> events = stream(text, 4);
        int i = 0;
        for (; i < events.size(); i++) {
            last = guard.onEvent(events.get(i));
            emitted.addAll(last.emit());
            if (last.verdict() == StreamOutputGuard.Verdict.CUT) break;
        }
        assertThat(last.verdict()).isEqualTo(StreamOutputGuard.Verdict.CUT);
        assertThat(i).isLessThan(events.size() - 2); // cut while streaming, not at the end
        assertThat(content(emitted)).doesNotContain("ghp_").startsWith("Sure, here is");
        JsonNode finalChunk = JSON.readTree(emitted.get(emitted.size() - 2));
        assertThat(finalChunk.path("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(finalChunk.path("id").asString()).isEqualTo("chatcmpl-1");
        assertThat(finalChunk.path("choices").get(0).path("finish_reason").asString()).isEqualTo("content_filter");
        assertThat(emitted.getLast()).isEqualTo(StreamOutputGuard.DONE);
        // never a silent pass after the cut
        assertThat(guard.onEvent(events.get(i + 1)).emit()).isEmpty();
        assertThat(guard.onEvent(StreamOutputGuard.DONE).verdict()).isEqualTo(StreamOutputGuard.Verdict.CUT);
        assertThat(guard.outcome().cut()).isTrue();
        assertThat(guard.outcome().decidedBy()).isEqualTo("secrets");
        assertThat(guard.outcome().findings()).anySatisfy(f -> assertThat(f.finding().detector()).isEqualTo("secrets"));
        assertThat(audited).hasSize(1);
    }

    @Test
    void monitorModeNeverCutsButRecords() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.MONITOR, WINDOW, Map.of());
        List<String> events = stream("The token is " + TOKEN + ", keep it safe.", 5);
        List<String> emitted = new ArrayList<>();
        for (String e : events) {
            StreamOutputGuard.Step step = guard.onEvent(e);
            assertThat(step.verdict()).isNotEqualTo(StreamOutputGuard.Verdict.CUT);
            emitted.addAll(step.emit());
        }
        assertThat(emitted).containsExactlyElementsOf(events);
        StreamOutcome outcome = guard.outcome();
        assertThat(outcome.action()).isEqualTo(Action.ALLOW);
        assertThat(outcome.monitoredAction()).isEqualTo(Action.BLOCK);
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.finding().detector()).isEqualTo("secrets");
            // spans are absolute in the whole answer, not in a window
            assertThat(("The token is " + TOKEN + ", keep it safe.").substring(f.finding().start(), f.finding().end())).contains("ghp_");
        });
        assertThat(audited).isEmpty();
    }

    @Test
    void redactRewritesTheHeldTextSoTheSecretNeverGoesOut() throws Exception {
        StreamOutputGuard guard = guard(Action.REDACT, RuleMode.ENFORCE, WINDOW, Map.of());
        String text = "Use " + TOKEN + " to log in, then rotate it.";
        List<String> emitted = new ArrayList<>();
        for (String e : stream(text, 3)) emitted.addAll(guard.onEvent(e).emit());
        String sent = content(emitted);
        assertThat(sent).doesNotContain("ghp_").doesNotContain("R7x2").startsWith("Use [").endsWith(" to log in, then rotate it.");
        assertThat(emitted.getLast()).isEqualTo(StreamOutputGuard.DONE);
        assertThat(guard.outcome().action()).isEqualTo(Action.REDACT);
        assertThat(guard.outcome().leakedRedactions()).isZero();
        assertThat(guard.outcome().choices().getFirst().content()).isEqualTo(sent);
        // a rewritten event keeps the fields it had
        assertThat(JSON.readTree(emitted.getFirst()).path("x_vendor").path("a").asInt()).isEqualTo(1);
    }

    @Test
    void toolCallDeltasPassAndAreGuarded() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, WINDOW, Map.of());
        List<String> events = new ArrayList<>();
        events.add("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}");
        for (String part : List.of("{\"lo", "cation\": \"Pa", "ris, Fr", "ance\", \"unit\"", ": \"celsius\"}")) {
            events.add("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + JSON.writeValueAsString(part) + "}}]},"
                    + "\"finish_reason\":null}]}");
        }
        events.add("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"tool_calls\"}]}");
        events.add(StreamOutputGuard.DONE);
        List<String> emitted = new ArrayList<>();
        for (String e : events) emitted.addAll(guard.onEvent(e).emit());
        assertThat(emitted).containsExactlyElementsOf(events);
        assertThat(guard.outcome().choices().getFirst().toolArguments())
                .containsEntry(0, "{\"location\": \"Paris, France\", \"unit\": \"celsius\"}");
        assertThat(guard.outcome().checks()).isPositive();
    }

    @Test
    void aSecretInToolCallArgumentsIsCut() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, WINDOW, Map.of());
        String args = "{\"token\": \"" + TOKEN + "\"}";
        StreamOutputGuard.Step step = null;
        for (int i = 0; i < args.length(); i += 5) {
            String part = args.substring(i, Math.min(args.length(), i + 5));
            step = guard.onEvent("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + JSON.writeValueAsString(part) + "}}]},"
                    + "\"finish_reason\":null}]}");
            if (step.verdict() == StreamOutputGuard.Verdict.CUT) break;
        }
        assertThat(step.verdict()).isEqualTo(StreamOutputGuard.Verdict.CUT);
        assertThat(guard.outcome().findings().getFirst().segment()).isEqualTo("/choices/0/message/tool_calls/0/function/arguments");
    }

    @Test
    void restoresPseudonymsSplitAcrossChunks() throws Exception {
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, new StreamWindow(64, 1, 0),
                Map.of("[EMAIL_ADDRESS_1]", "jane@example.com"));
        List<String> emitted = new ArrayList<>();
        for (String e : stream("I wrote to [EMAIL_ADDRESS_1] and [x] yesterday [", 4)) emitted.addAll(guard.onEvent(e).emit());
        assertThat(content(emitted)).isEqualTo("I wrote to jane@example.com and [x] yesterday [");
    }

    @Test
    void aLongFindingIsStillCaughtByTheFinalWholeCheckBeforeTheFinishEvent() throws Exception {
        // a window too short to see the token whole while streaming, no hold-back: the finish check still decides
        StreamOutputGuard guard = guard(Action.BLOCK, RuleMode.ENFORCE, new StreamWindow(8, 4, 0), Map.of());
        List<String> events = stream("Token: " + TOKEN + " end. " + "x".repeat(20), 4);
        StreamOutputGuard.Step step = null;
        for (String e : events) {
            step = guard.onEvent(e);
            if (step.verdict() == StreamOutputGuard.Verdict.CUT) break;
        }
        assertThat(step.verdict()).isEqualTo(StreamOutputGuard.Verdict.CUT);
        assertThat(step.emit()).noneMatch(e -> e.contains("\"stop\""));
        assertThat(step.emit()).anyMatch(e -> e.contains("content_filter"));
    }
}
