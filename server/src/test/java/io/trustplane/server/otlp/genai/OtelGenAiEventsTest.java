package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.Otlp.event;
import static io.trustplane.server.otlp.genai.Otlp.extract;
import static io.trustplane.server.otlp.genai.Otlp.kv;
import static io.trustplane.server.otlp.genai.Otlp.span;
import static io.trustplane.server.otlp.genai.Otlp.strs;
import static io.trustplane.server.otlp.genai.Otlp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.trace.SpanKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry GenAI semantic conventions v1.27–v1.36: {@code gen_ai.system}, {@code gen_ai.operation.name},
 * input/output token names, and one event per message ({@code gen_ai.system.message}, {@code gen_ai.user.message},
 * {@code gen_ai.assistant.message}, {@code gen_ai.tool.message}, {@code gen_ai.choice}) carried on the span, either
 * with the body's fields as event attributes or, as the Azure AI SDKs write them, as JSON in
 * {@code gen_ai.event.content}.
 */
class OtelGenAiEventsTest {
    static final String EXPECTED_INPUT = """
            [{"role":"system","content":"You are a helpful assistant.","parts":[{"type":"text","content":"You are a helpful assistant."}]},
             {"role":"user","content":"What is the weather in Paris?","parts":[{"type":"text","content":"What is the weather in Paris?"}]},
             {"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":"{\\"location\\":\\"Paris\\"}"}]},
             {"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":"rainy, 57°F"}]}]""";
    static final String EXPECTED_OUTPUT = """
            [{"role":"assistant","content":"It is rainy and 57°F in Paris.",
              "parts":[{"type":"text","content":"It is rainy and 57°F in Paris."}],"finish_reason":"stop"}]""";

    @Test
    void messageEventsWithTheirBodyAsAttributes() {
        GenAiFields f = extract(span("chat gpt-4o-mini",
                kv("gen_ai.system", "openai"),
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.request.model", "gpt-4o-mini"),
                kv("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
                kv("gen_ai.response.finish_reasons", strs("stop")),
                kv("gen_ai.usage.input_tokens", 81),
                kv("gen_ai.usage.output_tokens", 12))
                .addEvents(event("gen_ai.system.message", kv("gen_ai.system", "openai"), kv("content", "You are a helpful assistant.")))
                .addEvents(event("gen_ai.user.message", kv("gen_ai.system", "openai"), kv("content", "What is the weather in Paris?")))
                .addEvents(event("gen_ai.assistant.message", kv("gen_ai.system", "openai"),
                        kv("tool_calls", "[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
                                + "\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}}]")))
                .addEvents(event("gen_ai.tool.message", kv("gen_ai.system", "openai"), kv("content", "rainy, 57°F"), kv("id", "call_1")))
                .addEvents(event("gen_ai.choice", kv("gen_ai.system", "openai"), kv("index", 0), kv("finish_reason", "stop"),
                        kv("message", "{\"role\":\"assistant\",\"content\":\"It is rainy and 57°F in Paris.\"}"))));

        assertThat(f.kind()).isEqualTo(SpanKind.LLM);
        assertThat(f.provider()).isEqualTo("openai");
        assertThat(f.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(tree(f.inputJson())).isEqualTo(tree(EXPECTED_INPUT));
        assertThat(tree(f.outputJson())).isEqualTo(tree(EXPECTED_OUTPUT));
        assertThat(f.inputTokens()).isEqualTo(81L);
        assertThat(f.outputTokens()).isEqualTo(12L);
        assertThat(f.totalTokens()).isEqualTo(93L);
        assertThat(f.userId()).isNull();
        assertThat(f.sessionId()).isNull();
        assertThat(f.summary()).containsExactly(
                Map.entry("operation", "chat"),
                Map.entry("requestModel", "gpt-4o-mini"),
                Map.entry("responseModel", "gpt-4o-mini-2024-07-18"),
                Map.entry("finishReasons", List.of("stop")),
                Map.entry("convention", List.of("otel-genai")));
    }

    @Test
    void messageEventsWithJsonInGenAiEventContent() {
        GenAiFields f = extract(span("chat gpt-4o-mini",
                kv("gen_ai.system", "az.ai.inference"),
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.request.model", "gpt-4o-mini"))
                .addEvents(event("gen_ai.system.message", kv("gen_ai.system", "az.ai.inference"),
                        kv("gen_ai.event.content", "{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"}")))
                .addEvents(event("gen_ai.user.message", kv("gen_ai.system", "az.ai.inference"),
                        kv("gen_ai.event.content", "{\"role\":\"user\",\"content\":\"What is the weather in Paris?\"}")))
                .addEvents(event("gen_ai.assistant.message", kv("gen_ai.event.content",
                        "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                                + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}}]}")))
                .addEvents(event("gen_ai.tool.message", kv("gen_ai.event.content",
                        "{\"role\":\"tool\",\"content\":\"rainy, 57°F\",\"id\":\"call_1\"}")))
                .addEvents(event("gen_ai.choice", kv("gen_ai.event.content",
                        "{\"finish_reason\":\"stop\",\"index\":0,\"message\":{\"content\":\"It is rainy and 57°F in Paris.\"}}"))));

        assertThat(f.provider()).isEqualTo("az.ai.inference");
        assertThat(f.model()).isEqualTo("gpt-4o-mini");
        assertThat(tree(f.inputJson())).isEqualTo(tree(EXPECTED_INPUT));
        assertThat(tree(f.outputJson())).isEqualTo(tree(EXPECTED_OUTPUT));
        assertThat(f.summary()).as("finish reasons derived from the choice").containsEntry("finishReasons", List.of("stop"));
        assertThat(f.totalTokens()).isNull();
    }

    @Test
    void severalChoicesKeepTheirOrder() {
        GenAiFields f = extract(span("chat", kv("gen_ai.system", "openai"), kv("gen_ai.operation.name", "chat"))
                .addEvents(event("gen_ai.choice", kv("index", 0), kv("finish_reason", "stop"),
                        kv("message", "{\"content\":\"Paris\"}")))
                .addEvents(event("gen_ai.choice", kv("index", 1), kv("finish_reason", "length"),
                        kv("message", "{\"content\":\"The capital\"}"))));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","content":"Paris","parts":[{"type":"text","content":"Paris"}],"finish_reason":"stop"},
                 {"role":"assistant","content":"The capital","parts":[{"type":"text","content":"The capital"}],"finish_reason":"length"}]"""));
        assertThat(f.summary()).containsEntry("finishReasons", List.of("stop", "length"));
        assertThat(f.inputJson()).isNull();
    }
}
