package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.Otlp.arr;
import static io.trustplane.server.otlp.genai.Otlp.dbl;
import static io.trustplane.server.otlp.genai.Otlp.event;
import static io.trustplane.server.otlp.genai.Otlp.extract;
import static io.trustplane.server.otlp.genai.Otlp.kv;
import static io.trustplane.server.otlp.genai.Otlp.kvlist;
import static io.trustplane.server.otlp.genai.Otlp.resource;
import static io.trustplane.server.otlp.genai.Otlp.span;
import static io.trustplane.server.otlp.genai.Otlp.str;
import static io.trustplane.server.otlp.genai.Otlp.strs;
import static io.trustplane.server.otlp.genai.Otlp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.trace.SpanKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry GenAI semantic conventions v1.37+ (content on span attributes, {@code gen_ai.provider.name}) and
 * v1.38+ (tool call arguments and result), as opentelemetry-python-contrib's util-genai writes them (JSON strings)
 * and as SDKs with structured attributes do (AnyValue arrays and key-value lists). The example is the
 * conventions' own: a chat that calls a tool, the tool, and the final answer.
 */
class OtelGenAiLatestTest {

    @Test
    void chatWithSystemInstructionsAndAToolCallAsJsonStrings() {
        GenAiFields f = extract(span("chat gpt-4o",
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.provider.name", "openai"),
                kv("gen_ai.request.model", "gpt-4o"),
                kv("gen_ai.response.model", "gpt-4o-2024-08-06"),
                kv("gen_ai.response.id", "chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l"),
                kv("gen_ai.response.finish_reasons", strs("tool_calls")),
                kv("gen_ai.usage.input_tokens", 52),
                kv("gen_ai.usage.output_tokens", 18),
                kv("gen_ai.conversation.id", "conv_5j66UpCpwteGg4YSxUnt7lPY"),
                kv("gen_ai.system_instructions", "[{\"type\":\"text\",\"content\":\"You are a weather assistant.\"}]"),
                kv("gen_ai.input.messages", "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Weather in Paris?\"}]}]"),
                kv("gen_ai.output.messages", "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\","
                        + "\"id\":\"call_VSPygqKTWdrhaFErNvMV18Yl\",\"name\":\"get_weather\",\"arguments\":{\"location\":\"Paris\"}}],"
                        + "\"finish_reason\":\"tool_calls\"}]")),
                resource(kv("service.name", "weather-bot"), kv("user.id", "u-42")));

        assertThat(f.kind()).isEqualTo(SpanKind.LLM);
        assertThat(f.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(f.provider()).isEqualTo("openai");
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"system","content":"You are a weather assistant.",
                  "parts":[{"type":"text","content":"You are a weather assistant."}]},
                 {"role":"user","content":"Weather in Paris?","parts":[{"type":"text","content":"Weather in Paris?"}]}]"""));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","parts":[{"type":"tool_call","id":"call_VSPygqKTWdrhaFErNvMV18Yl",
                  "name":"get_weather","arguments":{"location":"Paris"}}],"finish_reason":"tool_calls"}]"""));
        assertThat(f.inputTokens()).isEqualTo(52L);
        assertThat(f.outputTokens()).isEqualTo(18L);
        assertThat(f.totalTokens()).isEqualTo(70L);
        assertThat(f.userId()).as("from the resource").isEqualTo("u-42");
        assertThat(f.sessionId()).isEqualTo("conv_5j66UpCpwteGg4YSxUnt7lPY");
        assertThat(f.tags()).isEmpty();
        assertThat(f.summary()).containsExactly(
                Map.entry("operation", "chat"),
                Map.entry("requestModel", "gpt-4o"),
                Map.entry("responseModel", "gpt-4o-2024-08-06"),
                Map.entry("responseId", "chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l"),
                Map.entry("finishReasons", List.of("tool_calls")),
                Map.entry("conversationId", "conv_5j66UpCpwteGg4YSxUnt7lPY"),
                Map.entry("convention", List.of("otel-genai")));
    }

    @Test
    void followUpChatWithStructuredMessagesCarriesToolCallAndToolResponse() {
        GenAiFields f = extract(span("chat gpt-4o",
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.provider.name", "openai"),
                kv("gen_ai.request.model", "gpt-4o"),
                kv("gen_ai.usage.input_tokens", 97),
                kv("gen_ai.usage.output_tokens", 15),
                kv("gen_ai.input.messages", arr(
                        kvlist(kv("role", "user"), kv("parts", arr(kvlist(kv("type", "text"), kv("content", "Weather in Paris?"))))),
                        kvlist(kv("role", "assistant"), kv("parts", arr(kvlist(kv("type", "tool_call"), kv("id", "call_1"),
                                kv("name", "get_weather"), kv("arguments", kvlist(kv("location", "Paris"))))))),
                        kvlist(kv("role", "tool"), kv("parts", arr(kvlist(kv("type", "tool_call_response"), kv("id", "call_1"),
                                kv("response", "rainy, 57°F"))))))),
                kv("gen_ai.output.messages", arr(kvlist(kv("role", "assistant"),
                        kv("parts", arr(kvlist(kv("type", "text"),
                                kv("content", "The weather in Paris is currently rainy with a temperature of 57°F.")))),
                        kv("finish_reason", "stop"))))));

        assertThat(f.kind()).isEqualTo(SpanKind.LLM);
        assertThat(f.model()).as("no response model: the request model").isEqualTo("gpt-4o");
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"user","content":"Weather in Paris?","parts":[{"type":"text","content":"Weather in Paris?"}]},
                 {"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":{"location":"Paris"}}]},
                 {"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":"rainy, 57°F"}]}]"""));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","content":"The weather in Paris is currently rainy with a temperature of 57°F.",
                  "parts":[{"type":"text","content":"The weather in Paris is currently rainy with a temperature of 57°F."}],
                  "finish_reason":"stop"}]"""));
        assertThat(f.totalTokens()).isEqualTo(112L);
        assertThat(f.userId()).isNull();
        assertThat(f.sessionId()).isNull();
        assertThat(f.summary()).containsEntry("finishReasons", List.of("stop"))
                .containsEntry("requestModel", "gpt-4o")
                .doesNotContainKeys("responseModel", "conversationId", "truncated");
    }

    @Test
    void executeToolSpanIsAToolWithArgumentsInAndResultOut() {
        GenAiFields f = extract(span("execute_tool get_weather",
                kv("gen_ai.operation.name", "execute_tool"),
                kv("gen_ai.tool.name", "get_weather"),
                kv("gen_ai.tool.call.id", "call_1"),
                kv("gen_ai.tool.type", "function"),
                kv("gen_ai.tool.call.arguments", "{\"location\":\"Paris\"}"),
                kv("gen_ai.tool.call.result", "rainy, 57°F")));

        assertThat(f.kind()).isEqualTo(SpanKind.TOOL);
        assertThat(tree(f.inputJson())).isEqualTo(tree("{\"location\":\"Paris\"}"));
        assertThat(tree(f.outputJson()).stringValue()).isEqualTo("rainy, 57°F");
        assertThat(f.model()).isNull();
        assertThat(f.provider()).isNull();
        assertThat(f.inputTokens()).isNull();
        assertThat(f.totalTokens()).isNull();
        assertThat(f.summary()).containsExactly(
                Map.entry("operation", "execute_tool"),
                Map.entry("toolName", "get_weather"),
                Map.entry("toolCallId", "call_1"),
                Map.entry("convention", List.of("otel-genai")));
    }

    @Test
    void evaluationResultEventsBecomeSummaryEvaluations() {
        GenAiFields f = extract(span("chat gpt-4o",
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.provider.name", "openai"))
                .addEvents(event("gen_ai.evaluation.result",
                        kv("gen_ai.evaluation.name", "faithfulness"),
                        kv("gen_ai.evaluation.score.value", dbl(4.5)),
                        kv("gen_ai.evaluation.score.label", "good"),
                        kv("gen_ai.evaluation.explanation", "Every claim is supported by the context."),
                        kv("gen_ai.response.id", "chatcmpl-1")))
                .addEvents(event("gen_ai.evaluation.result",
                        kv("gen_ai.evaluation.name", "goal_completion"),
                        kv("gen_ai.evaluation.score.value", 1)))
                .addEvents(event("gen_ai.evaluation.result", kv("unrelated", "an event with no evaluation in it"))));

        assertThat(f.summary().get("evaluations")).isEqualTo(List.of(
                Map.of("name", "faithfulness", "scoreValue", 4.5, "scoreLabel", "good",
                        "explanation", "Every claim is supported by the context.", "responseId", "chatcmpl-1"),
                Map.of("name", "goal_completion", "scoreValue", 1.0)));
        assertThat(f.inputJson()).isNull();
        assertThat(f.outputJson()).isNull();
    }

    @Test
    void agentSpans() {
        GenAiFields invoke = extract(span("invoke_agent Math Tutor",
                kv("gen_ai.operation.name", "invoke_agent"),
                kv("gen_ai.provider.name", "openai"),
                kv("gen_ai.agent.name", "Math Tutor"),
                kv("gen_ai.agent.id", "asst_5j66UpCpwteGg4YSxUnt7lPY")));
        assertThat(invoke.kind()).isEqualTo(SpanKind.AGENT);
        assertThat(invoke.summary()).containsEntry("agentName", "Math Tutor").containsEntry("operation", "invoke_agent");

        assertThat(extract(span("create_agent", kv("gen_ai.operation.name", "create_agent"))).kind()).isEqualTo(SpanKind.AGENT);
        assertThat(extract(span("invoke_workflow", kv("gen_ai.operation.name", "invoke_workflow"))).kind()).isEqualTo(SpanKind.CHAIN);
        assertThat(extract(span("embeddings", kv("gen_ai.operation.name", "embeddings"))).kind()).isEqualTo(SpanKind.LLM);
        assertThat(extract(span("text_completion", kv("gen_ai.operation.name", "text_completion"))).kind()).isEqualTo(SpanKind.LLM);
        assertThat(extract(span("generate_content", kv("gen_ai.operation.name", "generate_content"))).kind()).isEqualTo(SpanKind.LLM);
    }

    @Test
    void systemInstructionsAsPlainTextAndUnknownPartsAreKept() {
        GenAiFields f = extract(span("chat",
                kv("gen_ai.operation.name", "chat"),
                kv("gen_ai.system_instructions", str("Be brief.")),
                kv("gen_ai.input.messages", "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Describe\"},"
                        + "{\"type\":\"blob\",\"modality\":\"image\",\"mime_type\":\"image/png\",\"content\":\"iVBORw0KGgo=\"},"
                        + "{\"type\":\"text\",\"content\":\"this image\"}]}]")));
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"system","content":"Be brief.","parts":[{"type":"text","content":"Be brief."}]},
                 {"role":"user","content":"Describe\\nthis image","parts":[{"type":"text","content":"Describe"},
                   {"type":"blob","modality":"image","mime_type":"image/png","content":"iVBORw0KGgo="},
                   {"type":"text","content":"this image"}]}]"""));
    }
}
