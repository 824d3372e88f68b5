package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.Otlp.extract;
import static io.trustplane.server.otlp.genai.Otlp.kv;
import static io.trustplane.server.otlp.genai.Otlp.span;
import static io.trustplane.server.otlp.genai.Otlp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.trustplane.core.trace.SpanKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenLLMetry (Traceloop): indexed {@code gen_ai.prompt.{i}.*} / {@code gen_ai.completion.{i}.*} attributes with
 * their tool calls, {@code llm.request.type}, {@code llm.usage.total_tokens}, association properties, and the
 * {@code traceloop.span.kind} workflow/task/agent/tool spans with {@code traceloop.entity.input}/{@code output},
 * as the openllmetry OpenAI instrumentation and the Traceloop SDK decorators write them.
 */
class OpenLlmetryTest {

    @Test
    void chatWithToolHistoryFromIndexedAttributes() {
        GenAiFields f = extract(span("openai.chat",
                kv("llm.request.type", "chat"),
                kv("gen_ai.system", "openai"),
                kv("gen_ai.request.model", "gpt-4o"),
                kv("gen_ai.response.model", "gpt-4o-2024-08-06"),
                kv("gen_ai.response.id", "chatcmpl-AB1"),
                kv("llm.is_streaming", AnyValue.newBuilder().setBoolValue(false).build()),
                kv("gen_ai.openai.api_base", "https://api.openai.com/v1/"),
                kv("gen_ai.prompt.0.role", "system"),
                kv("gen_ai.prompt.0.content", "You are a weather assistant."),
                kv("gen_ai.prompt.1.role", "user"),
                kv("gen_ai.prompt.1.content", "Weather in Paris?"),
                kv("gen_ai.prompt.2.role", "assistant"),
                kv("gen_ai.prompt.2.tool_calls.0.id", "call_1"),
                kv("gen_ai.prompt.2.tool_calls.0.name", "get_weather"),
                kv("gen_ai.prompt.2.tool_calls.0.arguments", "{\"location\": \"Paris\"}"),
                kv("gen_ai.prompt.3.role", "tool"),
                kv("gen_ai.prompt.3.content", "rainy, 57°F"),
                kv("gen_ai.prompt.3.tool_call_id", "call_1"),
                kv("gen_ai.completion.0.finish_reason", "stop"),
                kv("gen_ai.completion.0.role", "assistant"),
                kv("gen_ai.completion.0.content", "It is rainy and 57°F in Paris."),
                kv("gen_ai.usage.prompt_tokens", 82),
                kv("gen_ai.usage.completion_tokens", 17),
                kv("llm.usage.total_tokens", 100),
                kv("traceloop.workflow.name", "weather"),
                kv("traceloop.association.properties.user_id", "u-7"),
                kv("traceloop.association.properties.session_id", "s-9")));

        assertThat(f.kind()).isEqualTo(SpanKind.LLM);
        assertThat(f.provider()).isEqualTo("openai");
        assertThat(f.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"system","content":"You are a weather assistant.","parts":[{"type":"text","content":"You are a weather assistant."}]},
                 {"role":"user","content":"Weather in Paris?","parts":[{"type":"text","content":"Weather in Paris?"}]},
                 {"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":"{\\"location\\": \\"Paris\\"}"}]},
                 {"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":"rainy, 57°F"}]}]"""));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","content":"It is rainy and 57°F in Paris.",
                  "parts":[{"type":"text","content":"It is rainy and 57°F in Paris."}],"finish_reason":"stop"}]"""));
        assertThat(f.inputTokens()).isEqualTo(82L);
        assertThat(f.outputTokens()).isEqualTo(17L);
        assertThat(f.totalTokens()).as("the given total, not the sum").isEqualTo(100L);
        assertThat(f.userId()).isEqualTo("u-7");
        assertThat(f.sessionId()).isEqualTo("s-9");
        assertThat(f.tags()).isEmpty();
        assertThat(f.summary()).containsExactly(
                Map.entry("operation", "chat"),
                Map.entry("requestModel", "gpt-4o"),
                Map.entry("responseModel", "gpt-4o-2024-08-06"),
                Map.entry("responseId", "chatcmpl-AB1"),
                Map.entry("finishReasons", List.of("stop")),
                Map.entry("metadata", Map.of("user_id", "u-7", "session_id", "s-9")),
                Map.entry("convention", List.of("otel-genai", "openllmetry")));
    }

    @Test
    void completionThatCallsToolsAndMultimodalPrompt() {
        GenAiFields f = extract(span("openai.chat",
                kv("llm.request.type", "chat"),
                kv("gen_ai.system", "openai"),
                kv("gen_ai.request.model", "gpt-4o"),
                kv("gen_ai.prompt.0.role", "user"),
                kv("gen_ai.prompt.0.content", "[{\"type\": \"text\", \"text\": \"Where is this?\"}, "
                        + "{\"type\": \"image_url\", \"image_url\": {\"url\": \"https://example.com/tower.png\"}}]"),
                kv("gen_ai.completion.0.finish_reason", "tool_calls"),
                kv("gen_ai.completion.0.role", "assistant"),
                kv("gen_ai.completion.0.tool_calls.0.id", "call_a"),
                kv("gen_ai.completion.0.tool_calls.0.name", "lookup_landmark"),
                kv("gen_ai.completion.0.tool_calls.0.arguments", "{\"name\": \"Eiffel Tower\"}"),
                kv("gen_ai.completion.0.tool_calls.1.id", "call_b"),
                kv("gen_ai.completion.0.tool_calls.1.name", "get_weather"),
                kv("gen_ai.completion.0.tool_calls.1.arguments", "{\"location\": \"Paris\"}")));

        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"user","content":"Where is this?","parts":[{"type":"text","content":"Where is this?"},
                  {"type":"image_url","image_url":{"url":"https://example.com/tower.png"}}]}]"""));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","parts":[
                   {"type":"tool_call","id":"call_a","name":"lookup_landmark","arguments":"{\\"name\\": \\"Eiffel Tower\\"}"},
                   {"type":"tool_call","id":"call_b","name":"get_weather","arguments":"{\\"location\\": \\"Paris\\"}"}],
                  "finish_reason":"tool_calls"}]"""));
        assertThat(f.summary()).containsEntry("finishReasons", List.of("tool_calls"));
        assertThat(f.model()).isEqualTo("gpt-4o");
        assertThat(f.totalTokens()).isNull();
    }

    @Test
    void workflowTaskAgentAndToolSpans() {
        GenAiFields workflow = extract(span("weather_flow.workflow",
                kv("traceloop.span.kind", "workflow"),
                kv("traceloop.entity.name", "weather_flow"),
                kv("traceloop.workflow.name", "weather_flow"),
                kv("traceloop.entity.input", "{\"args\": [\"Paris\"], \"kwargs\": {}}"),
                kv("traceloop.entity.output", "\"It is rainy.\"")));
        assertThat(workflow.kind()).isEqualTo(SpanKind.CHAIN);
        assertThat(tree(workflow.inputJson())).isEqualTo(tree("{\"args\": [\"Paris\"], \"kwargs\": {}}"));
        assertThat(tree(workflow.outputJson()).stringValue()).isEqualTo("It is rainy.");
        assertThat(workflow.summary()).containsExactly(Map.entry("convention", List.of("openllmetry")));

        GenAiFields task = extract(span("summarize.task", kv("traceloop.span.kind", "task"),
                kv("traceloop.entity.input", "not json at all")));
        assertThat(task.kind()).isEqualTo(SpanKind.CHAIN);
        assertThat(tree(task.inputJson()).stringValue()).isEqualTo("not json at all");

        GenAiFields agent = extract(span("planner.agent", kv("traceloop.span.kind", "agent"), kv("traceloop.entity.name", "planner")));
        assertThat(agent.kind()).isEqualTo(SpanKind.AGENT);
        assertThat(agent.summary()).containsEntry("agentName", "planner");

        GenAiFields tool = extract(span("get_weather.tool",
                kv("traceloop.span.kind", "tool"),
                kv("traceloop.entity.name", "get_weather"),
                kv("traceloop.entity.input", "{\"args\": [], \"kwargs\": {\"location\": \"Paris\"}}"),
                kv("traceloop.entity.output", "\"rainy, 57°F\"")));
        assertThat(tool.kind()).isEqualTo(SpanKind.TOOL);
        assertThat(tool.summary()).containsEntry("toolName", "get_weather").doesNotContainKey("agentName");
        assertThat(tree(tool.inputJson()).at("/kwargs/location").stringValue()).isEqualTo("Paris");
        assertThat(tree(tool.outputJson()).stringValue()).isEqualTo("rainy, 57°F");
    }

    @Test
    void requestTypesBecomeKindsAndOperations() {
        GenAiFields embedding = extract(span("openai.embeddings", kv("llm.request.type", "embedding"),
                kv("gen_ai.system", "openai"), kv("gen_ai.usage.prompt_tokens", 8)));
        assertThat(embedding.kind()).isEqualTo(SpanKind.LLM);
        assertThat(embedding.summary()).containsEntry("operation", "embeddings");
        assertThat(embedding.totalTokens()).as("only input tokens: the total is them").isEqualTo(8L);

        GenAiFields completion = extract(span("openai.completion", kv("llm.request.type", "completion")));
        assertThat(completion.summary()).containsEntry("operation", "text_completion");

        GenAiFields rerank = extract(span("cohere.rerank", kv("llm.request.type", "rerank")));
        assertThat(rerank.kind()).isEqualTo(SpanKind.RETRIEVAL);
    }
}
