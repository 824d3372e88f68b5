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
 * OpenTelemetry GenAI semantic conventions v1.26 and earlier: no operation name, {@code gen_ai.system},
 * {@code gen_ai.usage.prompt_tokens}/{@code completion_tokens}, and the whole prompt and completion as JSON text
 * in {@code gen_ai.prompt}/{@code gen_ai.completion} on {@code gen_ai.content.prompt}/{@code gen_ai.content.completion}
 * span events.
 */
class OtelGenAiLegacyTest {

    @Test
    void contentEventsAndPromptCompletionTokenNames() {
        GenAiFields f = extract(span("chat.completions gpt-3.5-turbo",
                kv("gen_ai.system", "openai"),
                kv("gen_ai.request.model", "gpt-3.5-turbo"),
                kv("gen_ai.response.model", "gpt-3.5-turbo-0125"),
                kv("gen_ai.response.id", "chatcmpl-123"),
                kv("gen_ai.response.finish_reasons", strs("stop")),
                kv("gen_ai.usage.prompt_tokens", 14),
                kv("gen_ai.usage.completion_tokens", 7))
                .addEvents(event("gen_ai.content.prompt", kv("gen_ai.prompt",
                        "[{\"role\":\"system\",\"content\":\"Answer in one word.\"},"
                                + "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}]")))
                .addEvents(event("gen_ai.content.completion", kv("gen_ai.completion",
                        "[{\"role\":\"assistant\",\"content\":\"Paris\"}]"))));

        assertThat(f.kind()).as("inferred from gen_ai.system").isEqualTo(SpanKind.LLM);
        assertThat(f.provider()).isEqualTo("openai");
        assertThat(f.model()).isEqualTo("gpt-3.5-turbo-0125");
        assertThat(tree(f.inputJson())).isEqualTo(tree("""
                [{"role":"system","content":"Answer in one word.","parts":[{"type":"text","content":"Answer in one word."}]},
                 {"role":"user","content":"What is the capital of France?","parts":[{"type":"text","content":"What is the capital of France?"}]}]"""));
        assertThat(tree(f.outputJson())).isEqualTo(tree("""
                [{"role":"assistant","content":"Paris","parts":[{"type":"text","content":"Paris"}]}]"""));
        assertThat(f.inputTokens()).isEqualTo(14L);
        assertThat(f.outputTokens()).isEqualTo(7L);
        assertThat(f.totalTokens()).isEqualTo(21L);
        assertThat(f.userId()).isNull();
        assertThat(f.sessionId()).isNull();
        assertThat(f.summary()).containsExactly(
                Map.entry("requestModel", "gpt-3.5-turbo"),
                Map.entry("responseModel", "gpt-3.5-turbo-0125"),
                Map.entry("responseId", "chatcmpl-123"),
                Map.entry("finishReasons", List.of("stop")),
                Map.entry("convention", List.of("otel-genai")));
    }

    @Test
    void aCompletionThatIsNotJsonStaysText() {
        GenAiFields f = extract(span("completion",
                kv("gen_ai.system", "openai"),
                kv("gen_ai.prompt", "Say hi"))
                .addEvents(event("gen_ai.content.completion", kv("gen_ai.completion", "Hi!"))));
        assertThat(tree(f.inputJson()).stringValue()).isEqualTo("Say hi");
        assertThat(tree(f.outputJson()).stringValue()).isEqualTo("Hi!");
    }

    @Test
    void newerNamesWinOverOlderOnes() {
        GenAiFields f = extract(span("chat",
                kv("gen_ai.provider.name", "azure.ai.openai"),
                kv("gen_ai.system", "openai"),
                kv("gen_ai.usage.input_tokens", 10),
                kv("gen_ai.usage.prompt_tokens", 99),
                kv("gen_ai.usage.output_tokens", 2),
                kv("gen_ai.usage.completion_tokens", 98)));
        assertThat(f.provider()).isEqualTo("azure.ai.openai");
        assertThat(f.inputTokens()).isEqualTo(10L);
        assertThat(f.outputTokens()).isEqualTo(2L);
        assertThat(f.totalTokens()).isEqualTo(12L);
    }
}
