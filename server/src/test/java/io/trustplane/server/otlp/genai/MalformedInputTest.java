package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.Otlp.CONVENTIONS;
import static io.trustplane.server.otlp.genai.Otlp.arr;
import static io.trustplane.server.otlp.genai.Otlp.bool;
import static io.trustplane.server.otlp.genai.Otlp.dbl;
import static io.trustplane.server.otlp.genai.Otlp.event;
import static io.trustplane.server.otlp.genai.Otlp.extract;
import static io.trustplane.server.otlp.genai.Otlp.kv;
import static io.trustplane.server.otlp.genai.Otlp.kvlist;
import static io.trustplane.server.otlp.genai.Otlp.num;
import static io.trustplane.server.otlp.genai.Otlp.span;
import static io.trustplane.server.otlp.genai.Otlp.str;
import static io.trustplane.server.otlp.genai.Otlp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What instrumentations get wrong, and what an attacker might send: nothing throws, nothing unbounded. */
class MalformedInputTest {

    @Test
    void messagesThatAreNotJsonStayStrings() {
        GenAiFields f = extract(span("chat",
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.input.messages", "[{\"role\": \"user\", \"parts\": ["),
                kv("gen_ai.output.messages", "{not json")));
        assertThat(tree(f.inputJson()).stringValue()).isEqualTo("[{\"role\": \"user\", \"parts\": [");
        assertThat(tree(f.outputJson()).stringValue()).isEqualTo("{not json");

        GenAiFields withInstructions = extract(span("chat",
                kv("gen_ai.system_instructions", "[{\"type\":\"text\",\"content\":\"Be brief.\"}]"),
                kv("gen_ai.input.messages", "Hi, \"quoted\" and {broken")));
        assertThat(tree(withInstructions.inputJson())).isEqualTo(tree("""
                [{"role":"system","content":"Be brief.","parts":[{"type":"text","content":"Be brief."}]},
                 {"role":"user","content":"Hi, \\"quoted\\" and {broken","parts":[{"type":"text","content":"Hi, \\"quoted\\" and {broken"}]}]"""));
    }

    @Test
    void valuesOfTheWrongTypeReadAsAbsentOrAreCoerced() {
        GenAiFields f = extract(span("chat",
                kv("gen_ai.operation.name", arr(str("chat"))),
                kv("gen_ai.provider.name", num(42)),
                kv("gen_ai.request.model", kvlist(kv("name", "gpt-4o"))),
                kv("gen_ai.usage.input_tokens", "12"),
                kv("gen_ai.usage.output_tokens", bool(true)),
                kv("gen_ai.usage.prompt_tokens", "abc"),
                kv("gen_ai.usage.completion_tokens", num(-5)),
                kv("llm.usage.total_tokens", dbl(7.5)),
                kv("gen_ai.response.finish_reasons", "stop"),
                kv("tag.tags", "[\"a\", 1, \"b\"]"),
                kv("session.id", dbl(1.5)),
                kv("user.id", ""),
                kv("gen_ai.input.messages", arr(num(1), AnyValue.getDefaultInstance(), bool(true),
                        kvlist(kv("role", num(5)), kv("parts", "x")),
                        kvlist(kv("parts", arr(kvlist(kv("type", "text"), kv("content", num(7))), str("loose text"))))))));

        assertThat(f.kind()).isNull();
        assertThat(f.provider()).isEqualTo("42");
        assertThat(f.model()).isNull();
        assertThat(f.inputTokens()).isEqualTo(12L);
        assertThat(f.outputTokens()).as("a boolean, and a negative count under the older name").isNull();
        assertThat(f.totalTokens()).as("7.5 is not a count: the sum of what is known").isEqualTo(12L);
        assertThat(f.summary().get("finishReasons")).isEqualTo(List.of("stop"));
        assertThat(f.tags()).containsExactly("a", "b");
        assertThat(f.sessionId()).isNull();
        assertThat(f.userId()).isNull();
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"user"},
                 {"role":"user","content":"loose text","parts":[{"type":"text","content":7},{"type":"text","content":"loose text"}]}]"""));
    }

    @Test
    void hugeAndOddIndexesAreIgnored() {
        GenAiFields f = extract(span("openai.chat",
                kv("gen_ai.prompt.99999999999.content", "overflow"),
                kv("gen_ai.prompt.100001.content", "too far"),
                kv("gen_ai.prompt.-1.content", "negative"),
                kv("gen_ai.prompt.1e3.content", "exponent"),
                kv("gen_ai.prompt..content", "empty"),
                kv("gen_ai.prompt.3.role", "user"),
                kv("gen_ai.prompt.3.content", "kept"),
                kv("gen_ai.prompt.99999.content", "far but allowed")));
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"user","content":"kept","parts":[{"type":"text","content":"kept"}]},
                 {"role":"user","content":"far but allowed","parts":[{"type":"text","content":"far but allowed"}]}]"""));
    }

    @Test
    void thousandsOfMessagesAreCutAndMarked() {
        Span.Builder indexed = span("openai.chat");
        for (int i = 0; i < 2000; i++) indexed.addAttributes(kv("gen_ai.prompt." + i + ".content", "m" + i));
        GenAiFields f = extract(indexed);
        JsonNode input = tree(f.inputJson());
        assertThat(input.size()).isEqualTo(Work.MAX_MESSAGES);
        assertThat(input.get(0).get("content").stringValue()).isEqualTo("m0");
        assertThat(input.get(Work.MAX_MESSAGES - 1).get("content").stringValue()).isEqualTo("m" + (Work.MAX_MESSAGES - 1));
        assertThat(f.summary()).containsEntry("truncated", true);

        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"a\"},"
                    + "{\"type\":\"text\",\"content\":\"b\"},{\"type\":\"text\",\"content\":\"c\"}]}");
        }
        GenAiFields many = extract(span("chat", kv("gen_ai.operation.name", "chat"), kv("gen_ai.input.messages", json.append("]").toString())));
        JsonNode messages = tree(many.inputJson());
        assertThat(messages.size()).isLessThanOrEqualTo(Work.MAX_MESSAGES);
        int parts = 0;
        for (JsonNode m : messages) parts += m.path("parts").size();
        assertThat(parts).isLessThanOrEqualTo(Work.MAX_PARTS);
        assertThat(many.summary()).containsEntry("truncated", true);
    }

    @Test
    void deepNestingAndManyEventsAreBounded() {
        AnyValue deep = str("bottom");
        for (int i = 0; i < 200; i++) deep = kvlist(kv("d", deep));
        Span.Builder span = span("execute_tool", kv("gen_ai.operation.name", "execute_tool"), kv("gen_ai.tool.call.arguments", deep));
        for (int i = 0; i < 3000; i++) span.addEvents(event("gen_ai.user.message", kv("content", "hi " + i)));
        GenAiFields f = extract(span);
        assertThat(f.kind()).isEqualTo(io.trustplane.core.trace.SpanKind.TOOL);
        assertThat(f.inputJson()).isNotNull();
        assertThat(f.summary()).containsEntry("truncated", true);
    }

    @Test
    void oddEventsAndEmptyOrMissingInput() {
        GenAiFields f = extract(span("chat", kv("gen_ai.system", "openai"))
                .addEvents(event("gen_ai.choice", kv("message", "not json"), kv("index", "zero")))
                .addEvents(event("gen_ai.user.message", kv("gen_ai.event.content", "{broken")))
                .addEvents(event("gen_ai.content.prompt")));
        assertThat(tree(f.inputJson())).isEqualTo(tree(
                "[{\"role\":\"user\",\"content\":\"{broken\",\"parts\":[{\"type\":\"text\",\"content\":\"{broken\"}]}]"));
        assertThat(tree(f.outputJson())).isEqualTo(tree("[{\"role\":\"assistant\"}]"));

        GenAiFields empty = extract(span("GET /health"));
        assertThat(empty).isEqualTo(new GenAiFields(null, null, null, null, null, null, null, null, null, null, List.of(), java.util.Map.of()));
        assertThat(empty.isEmpty()).isTrue();

        GenAiFields none = CONVENTIONS.extract(null, null, null);
        assertThat(none.isEmpty()).isTrue();
        assertThat(CONVENTIONS.extract(Span.getDefaultInstance(), Resource.getDefaultInstance(),
                InstrumentationScope.getDefaultInstance()).isEmpty()).isTrue();
        assertThat(CONVENTIONS.eventsFromLog(LogRecord.getDefaultInstance(), null)).isEmpty();
    }
}
