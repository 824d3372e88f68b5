package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.GenAiMapping.Convention.OPENINFERENCE;
import static io.trustplane.server.otlp.genai.GenAiMapping.Convention.OPENLLMETRY;
import static io.trustplane.server.otlp.genai.GenAiMapping.Convention.OTEL;
import static io.trustplane.server.otlp.genai.GenAiMapping.Convention.OTEL_GENAI;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.AGENT_NAME;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.CONVERSATION_ID;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.EVALUATIONS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.FINISH_REASONS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.INPUT;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.INPUT_TOKENS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.KIND;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.METADATA;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.OPERATION;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.OUTPUT;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.OUTPUT_TOKENS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.PROVIDER;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.REQUEST_MODEL;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.RESPONSE_ID;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.RESPONSE_MODEL;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.SESSION_ID;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.TAGS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.TOOL_CALL_ID;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.TOOL_NAME;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.TOTAL_TOKENS;
import static io.trustplane.server.otlp.genai.GenAiMapping.Target.USER_ID;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.trustplane.core.trace.SpanKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GenAI conventions table: for each field TrustPlane takes from a span, the attributes and events that carry
 * it, in precedence order. For each target the first rule that yields a value wins; the rest are not read.
 *
 * <p>Precedence: the newest OpenTelemetry GenAI convention first, then older OpenTelemetry ones, then OpenLLMetry
 * (Traceloop), then OpenInference (Arize); within one convention, structured messages before plain values.
 * Attributes shared by several conventions ({@code gen_ai.system}, {@code gen_ai.usage.prompt_tokens}, also
 * written by OpenLLMetry) are listed once, under OpenTelemetry. Exceptions, both marked in the table: the span
 * kind inferred from a bare {@code gen_ai.system} (v1.26 and earlier had no operation name) comes after every
 * explicit kind; values derived from others ({@link GenAiConventions}: the model, the total, finish reasons
 * from the output messages) apply only when no rule gave the field.
 *
 * <p>Sources and versions (attribute names checked against them):
 * <ul>
 *   <li>OpenTelemetry GenAI semantic conventions, {@code open-telemetry/semantic-conventions} docs/gen-ai:
 *       v1.26 and earlier ({@code gen_ai.system}, {@code gen_ai.usage.prompt_tokens}/{@code completion_tokens},
 *       {@code gen_ai.content.prompt}/{@code gen_ai.content.completion} span events carrying {@code gen_ai.prompt}/
 *       {@code gen_ai.completion}); v1.27–v1.36 ({@code gen_ai.operation.name},
 *       {@code gen_ai.usage.input_tokens}/{@code output_tokens}, per-message events {@code gen_ai.system.message},
 *       {@code gen_ai.user.message}, {@code gen_ai.assistant.message}, {@code gen_ai.tool.message},
 *       {@code gen_ai.choice}, as log records or span events); v1.37+ ({@code gen_ai.provider.name},
 *       {@code gen_ai.input.messages}, {@code gen_ai.output.messages}, {@code gen_ai.system_instructions} as
 *       JSON strings or structured values, the {@code gen_ai.client.inference.operation.details} event); v1.38+
 *       ({@code gen_ai.tool.call.arguments}/{@code result}, the {@code gen_ai.evaluation.result} event). After
 *       v1.41 the GenAI conventions moved to {@code open-telemetry/semantic-conventions-genai}, which keeps these
 *       names.</li>
 *   <li>OpenLLMetry: {@code traceloop/openllmetry}, package {@code opentelemetry-semantic-conventions-ai}
 *       ({@code SpanAttributes}: {@code llm.request.type}, {@code llm.usage.total_tokens},
 *       {@code traceloop.span.kind}, {@code traceloop.entity.*}, {@code traceloop.association.properties}) and its
 *       instrumentations' indexed {@code gen_ai.prompt.{i}.*}/{@code gen_ai.completion.{i}.*}.</li>
 *   <li>OpenInference: {@code Arize-ai/openinference} spec/semantic_conventions.md ({@code openinference.span.kind},
 *       {@code llm.*}, {@code input.value}/{@code output.value}, {@code message.*}, {@code tool_call.*},
 *       {@code session.id}, {@code user.id}, {@code tag.tags}, {@code metadata}).</li>
 * </ul>
 * docs/OTLP.md shows this table; a test checks that every attribute named here appears there.
 */
final class GenAiMapping {

    private GenAiMapping() {
    }

    /** Who defines a rule's source; the label is what {@code summary.convention} reports (none for generic ones). */
    enum Convention {
        OTEL_GENAI("otel-genai"),
        /** OpenTelemetry's general registry ({@code user.id}, {@code session.id}): not GenAI-specific. */
        OTEL(null),
        OPENLLMETRY("openllmetry"),
        OPENINFERENCE("openinference");

        final String label;

        Convention(String label) {
            this.label = label;
        }
    }

    /** A field the table fills, with the type its rules yield. */
    enum Target {
        KIND(SpanKind.class),
        OPERATION(String.class),
        PROVIDER(String.class),
        REQUEST_MODEL(String.class),
        RESPONSE_MODEL(String.class),
        RESPONSE_ID(String.class),
        INPUT_TOKENS(Long.class),
        OUTPUT_TOKENS(Long.class),
        TOTAL_TOKENS(Long.class),
        FINISH_REASONS(List.class),
        CONVERSATION_ID(String.class),
        SESSION_ID(String.class),
        USER_ID(String.class),
        TAGS(List.class),
        AGENT_NAME(String.class),
        TOOL_NAME(String.class),
        TOOL_CALL_ID(String.class),
        INPUT(JsonNode.class),
        OUTPUT(JsonNode.class),
        EVALUATIONS(List.class),
        METADATA(Map.class);

        final Class<?> type;

        Target(Class<?> type) {
            this.type = type;
        }
    }

    /** Reads one rule's value from a span, or null when the span does not carry it. */
    interface Reader {
        Object read(SpanSource s);
    }

    /**
     * One row of the table.
     *
     * @param version the convention version(s) the source belongs to
     * @param source the attributes or events read, names in backquotes (docs/OTLP.md names the same)
     */
    record Rule(Target target, Convention convention, String version, String source, Reader reader) {
    }

    static final Map<String, SpanKind> OPERATION_KINDS = Map.of(
            "chat", SpanKind.LLM, "text_completion", SpanKind.LLM, "generate_content", SpanKind.LLM,
            "embeddings", SpanKind.LLM, "execute_tool", SpanKind.TOOL, "invoke_agent", SpanKind.AGENT,
            "create_agent", SpanKind.AGENT, "invoke_workflow", SpanKind.CHAIN, "retrieval", SpanKind.RETRIEVAL);
    static final Map<String, SpanKind> TRACELOOP_KINDS = Map.of(
            "workflow", SpanKind.CHAIN, "task", SpanKind.CHAIN, "agent", SpanKind.AGENT, "tool", SpanKind.TOOL);
    static final Map<String, SpanKind> REQUEST_TYPE_KINDS = Map.of(
            "chat", SpanKind.LLM, "completion", SpanKind.LLM, "embedding", SpanKind.LLM, "rerank", SpanKind.RETRIEVAL);
    static final Map<String, SpanKind> OPENINFERENCE_KINDS = Map.of(
            "llm", SpanKind.LLM, "embedding", SpanKind.LLM, "tool", SpanKind.TOOL, "retriever", SpanKind.RETRIEVAL,
            "reranker", SpanKind.RETRIEVAL, "agent", SpanKind.AGENT, "chain", SpanKind.CHAIN,
            "guardrail", SpanKind.OTHER, "evaluator", SpanKind.OTHER, "prompt", SpanKind.OTHER);
    /** OpenLLMetry's {@code llm.request.type} values as OpenTelemetry operation names. */
    static final Map<String, String> REQUEST_TYPE_OPERATIONS = Map.of(
            "chat", "chat", "completion", "text_completion", "embedding", "embeddings", "rerank", "rerank");

    /** Message events of v1.27–v1.36 and the role each gives its message. */
    static final Map<String, String> MESSAGE_EVENT_ROLES = Map.of(
            "gen_ai.system.message", "system", "gen_ai.user.message", "user",
            "gen_ai.assistant.message", "assistant", "gen_ai.tool.message", "tool");
    static final String CHOICE_EVENT = "gen_ai.choice";
    static final String EVALUATION_EVENT = "gen_ai.evaluation.result";
    static final String OPERATION_DETAILS_EVENT = "gen_ai.client.inference.operation.details";

    // ------------------------------------------------------------------------------------------------------
    // The table, in precedence order per target.
    // ------------------------------------------------------------------------------------------------------
    static final List<Rule> RULES = List.of(
            rule(KIND, OTEL_GENAI, "v1.27+", "`gen_ai.operation.name`", kind("gen_ai.operation.name", OPERATION_KINDS)),
            rule(KIND, OPENLLMETRY, "", "`traceloop.span.kind`", kind("traceloop.span.kind", TRACELOOP_KINDS)),
            rule(KIND, OPENLLMETRY, "", "`llm.request.type`", kind("llm.request.type", REQUEST_TYPE_KINDS)),
            rule(KIND, OPENINFERENCE, "", "`openinference.span.kind`", kind("openinference.span.kind", OPENINFERENCE_KINDS)),
            rule(KIND, OTEL_GENAI, "≤ v1.26, inferred", "`gen_ai.system` present (LLM)",
                    s -> s.attributes.has("gen_ai.system") ? SpanKind.LLM : null),

            rule(OPERATION, OTEL_GENAI, "v1.27+", "`gen_ai.operation.name`", text("gen_ai.operation.name")),
            rule(OPERATION, OPENLLMETRY, "", "`llm.request.type` (as the OTel name)",
                    s -> lookup(REQUEST_TYPE_OPERATIONS, s.attributes.string("llm.request.type"))),

            rule(PROVIDER, OTEL_GENAI, "v1.37+", "`gen_ai.provider.name`", text("gen_ai.provider.name")),
            rule(PROVIDER, OTEL_GENAI, "v1.26–v1.36 (also OpenLLMetry)", "`gen_ai.system`", text("gen_ai.system")),
            rule(PROVIDER, OPENINFERENCE, "", "`llm.provider`", text("llm.provider")),
            rule(PROVIDER, OPENINFERENCE, "", "`llm.system`", text("llm.system")),

            rule(REQUEST_MODEL, OTEL_GENAI, "v1.26+ (also OpenLLMetry)", "`gen_ai.request.model`", text("gen_ai.request.model")),
            rule(REQUEST_MODEL, OPENINFERENCE, "", "`llm.request.model_name`", text("llm.request.model_name")),

            rule(RESPONSE_MODEL, OTEL_GENAI, "v1.26+ (also OpenLLMetry)", "`gen_ai.response.model`", text("gen_ai.response.model")),
            rule(RESPONSE_MODEL, OPENINFERENCE, "", "`llm.response.model_name`", text("llm.response.model_name")),
            rule(RESPONSE_MODEL, OPENINFERENCE, "", "`llm.model_name`", text("llm.model_name")),
            rule(RESPONSE_MODEL, OPENINFERENCE, "", "`embedding.model_name`", text("embedding.model_name")),

            rule(RESPONSE_ID, OTEL_GENAI, "v1.26+", "`gen_ai.response.id`", text("gen_ai.response.id")),

            rule(INPUT_TOKENS, OTEL_GENAI, "v1.27+", "`gen_ai.usage.input_tokens`", count("gen_ai.usage.input_tokens")),
            rule(INPUT_TOKENS, OTEL_GENAI, "≤ v1.26 (also OpenLLMetry)", "`gen_ai.usage.prompt_tokens`", count("gen_ai.usage.prompt_tokens")),
            rule(INPUT_TOKENS, OPENINFERENCE, "", "`llm.token_count.prompt`", count("llm.token_count.prompt")),

            rule(OUTPUT_TOKENS, OTEL_GENAI, "v1.27+", "`gen_ai.usage.output_tokens`", count("gen_ai.usage.output_tokens")),
            rule(OUTPUT_TOKENS, OTEL_GENAI, "≤ v1.26 (also OpenLLMetry)", "`gen_ai.usage.completion_tokens`", count("gen_ai.usage.completion_tokens")),
            rule(OUTPUT_TOKENS, OPENINFERENCE, "", "`llm.token_count.completion`", count("llm.token_count.completion")),

            rule(TOTAL_TOKENS, OPENLLMETRY, "", "`llm.usage.total_tokens`", count("llm.usage.total_tokens")),
            rule(TOTAL_TOKENS, OPENINFERENCE, "", "`llm.token_count.total`", count("llm.token_count.total")),

            rule(FINISH_REASONS, OTEL_GENAI, "v1.26+", "`gen_ai.response.finish_reasons`", strings("gen_ai.response.finish_reasons")),
            rule(FINISH_REASONS, OPENLLMETRY, "", "`gen_ai.completion.{i}.finish_reason`", GenAiMapping::completionFinishReasons),
            rule(FINISH_REASONS, OPENLLMETRY, "", "`llm.response.finish_reason`", strings("llm.response.finish_reason")),
            rule(FINISH_REASONS, OPENINFERENCE, "", "`llm.finish_reason`", strings("llm.finish_reason")),

            rule(CONVERSATION_ID, OTEL_GENAI, "v1.37+ registry", "`gen_ai.conversation.id`", text("gen_ai.conversation.id")),

            rule(SESSION_ID, OTEL_GENAI, "v1.37+ registry", "`gen_ai.conversation.id`", text("gen_ai.conversation.id")),
            rule(SESSION_ID, OTEL, "general registry (also OpenInference)", "`session.id`", text("session.id")),
            rule(SESSION_ID, OPENLLMETRY, "", "`traceloop.association.properties.session_id`",
                    text("traceloop.association.properties.session_id")),

            rule(USER_ID, OTEL, "general registry (also OpenInference)", "`user.id`", text("user.id")),
            rule(USER_ID, OTEL, "general registry, deprecated", "`enduser.id`", text("enduser.id")),
            rule(USER_ID, OPENLLMETRY, "", "`traceloop.association.properties.user_id`",
                    text("traceloop.association.properties.user_id")),
            rule(USER_ID, OPENLLMETRY, "", "`llm.user`", text("llm.user")),

            rule(TAGS, OPENINFERENCE, "", "`tag.tags`", strings("tag.tags")),

            rule(AGENT_NAME, OTEL_GENAI, "v1.37+ registry", "`gen_ai.agent.name`", text("gen_ai.agent.name")),
            rule(AGENT_NAME, OPENLLMETRY, "", "`traceloop.entity.name` when `traceloop.span.kind` is agent",
                    entityNameOf("agent")),
            rule(AGENT_NAME, OPENINFERENCE, "", "`agent.name`", text("agent.name")),

            rule(TOOL_NAME, OTEL_GENAI, "v1.37+ registry", "`gen_ai.tool.name`", text("gen_ai.tool.name")),
            rule(TOOL_NAME, OPENLLMETRY, "", "`traceloop.entity.name` when `traceloop.span.kind` is tool",
                    entityNameOf("tool")),
            rule(TOOL_NAME, OPENINFERENCE, "", "`tool.name`", text("tool.name")),

            rule(TOOL_CALL_ID, OTEL_GENAI, "v1.37+ registry", "`gen_ai.tool.call.id`", text("gen_ai.tool.call.id")),
            rule(TOOL_CALL_ID, OPENINFERENCE, "", "`tool_call.id`", text("tool_call.id")),
            rule(TOOL_CALL_ID, OPENINFERENCE, "", "`tool.id`", text("tool.id")),

            rule(INPUT, OTEL_GENAI, "v1.37+", "`gen_ai.system_instructions` + `gen_ai.input.messages`",
                    s -> otelMessages(s.attributes, s.messages, "gen_ai.input.messages", "user", true)),
            rule(INPUT, OTEL_GENAI, "v1.38+", "`gen_ai.tool.call.arguments`", json("gen_ai.tool.call.arguments")),
            rule(INPUT, OTEL_GENAI, "v1.27–v1.36",
                    "events `gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`, `gen_ai.tool.message`",
                    GenAiMapping::messageEvents),
            rule(INPUT, OTEL_GENAI, "≤ v1.26", "event `gen_ai.content.prompt` with `gen_ai.prompt`; attribute `gen_ai.prompt`",
                    s -> legacyContent(s, "gen_ai.content.prompt", "gen_ai.prompt", "user")),
            rule(INPUT, OPENLLMETRY, "", "`gen_ai.prompt.{i}.role`, `.content`, `.tool_call_id`, `.tool_calls.{j}.id`/`.name`/`.arguments`",
                    s -> openLlmetryMessages(s, "gen_ai.prompt.", "user")),
            rule(INPUT, OPENLLMETRY, "", "`traceloop.entity.input`", json("traceloop.entity.input")),
            rule(INPUT, OPENINFERENCE, "",
                    "`llm.input_messages.{i}.message.role`, `.content`, `.contents.{k}.message_content.*`, `.tool_call_id`, `.tool_calls.{j}.tool_call.*`",
                    s -> openInferenceMessages(s, "llm.input_messages.", "user")),
            rule(INPUT, OPENINFERENCE, "", "`llm.prompts` / `llm.prompts.{i}.prompt.text`",
                    s -> openInferenceTexts(s, "llm.prompts", "prompt.text", "user")),
            rule(INPUT, OPENINFERENCE, "", "`input.value` (parsed when `input.mime_type` is JSON)",
                    s -> mimeValue(s.attributes, "input.value", "input.mime_type")),

            rule(OUTPUT, OTEL_GENAI, "v1.37+", "`gen_ai.output.messages`",
                    s -> otelMessages(s.attributes, s.messages, "gen_ai.output.messages", "assistant", false)),
            rule(OUTPUT, OTEL_GENAI, "v1.38+", "`gen_ai.tool.call.result`", json("gen_ai.tool.call.result")),
            rule(OUTPUT, OTEL_GENAI, "v1.27–v1.36", "events `gen_ai.choice`", GenAiMapping::choiceEvents),
            rule(OUTPUT, OTEL_GENAI, "≤ v1.26", "event `gen_ai.content.completion` with `gen_ai.completion`; attribute `gen_ai.completion`",
                    s -> legacyContent(s, "gen_ai.content.completion", "gen_ai.completion", "assistant")),
            rule(OUTPUT, OPENLLMETRY, "", "`gen_ai.completion.{i}.role`, `.content`, `.finish_reason`, `.tool_calls.{j}.id`/`.name`/`.arguments`",
                    s -> openLlmetryMessages(s, "gen_ai.completion.", "assistant")),
            rule(OUTPUT, OPENLLMETRY, "", "`traceloop.entity.output`", json("traceloop.entity.output")),
            rule(OUTPUT, OPENINFERENCE, "",
                    "`llm.output_messages.{i}.message.role`, `.content`, `.contents.{k}.message_content.*`, `.tool_calls.{j}.tool_call.function.name`/`.arguments`",
                    s -> openInferenceMessages(s, "llm.output_messages.", "assistant")),
            rule(OUTPUT, OPENINFERENCE, "", "`llm.choices.{i}.completion.text`",
                    s -> openInferenceTexts(s, "llm.choices", "completion.text", "assistant")),
            rule(OUTPUT, OPENINFERENCE, "", "`retrieval.documents.{i}.document.id`, `.content`, `.score`, `.metadata` "
                            + "(retriever spans: the documents, scanned as content the model reads next)",
                    GenAiMapping::openInferenceDocuments),
            rule(OUTPUT, OPENINFERENCE, "", "`output.value` (parsed when `output.mime_type` is JSON)",
                    s -> mimeValue(s.attributes, "output.value", "output.mime_type")),

            rule(EVALUATIONS, OTEL_GENAI, "v1.38+",
                    "events `gen_ai.evaluation.result`: `gen_ai.evaluation.name`, `gen_ai.evaluation.score.value`, "
                            + "`gen_ai.evaluation.score.label`, `gen_ai.evaluation.explanation`, `gen_ai.response.id`",
                    GenAiMapping::evaluationEvents),
            rule(EVALUATIONS, OPENINFERENCE, "", "`evaluations.{i}.evaluation.name`, `.score`, `.label`, `.explanation`",
                    GenAiMapping::openInferenceEvaluations),

            rule(METADATA, OPENLLMETRY, "", "`traceloop.association.properties.*`", GenAiMapping::associationProperties),
            rule(METADATA, OPENINFERENCE, "", "`metadata` (a JSON object)", GenAiMapping::openInferenceMetadata));

    // ------------------------------------------------------------------------------------------------------
    // Readers
    // ------------------------------------------------------------------------------------------------------

    private static Rule rule(Target target, Convention convention, String version, String source, Reader reader) {
        return new Rule(target, convention, version, source, reader);
    }

    private static Reader text(String key) {
        return s -> s.attributes.string(key);
    }

    private static Reader count(String key) {
        return s -> s.attributes.count(key);
    }

    private static Reader strings(String key) {
        return s -> s.attributes.strings(key);
    }

    private static Reader json(String key) {
        return s -> s.attributes.jsonOrString(key);
    }

    private static Reader kind(String key, Map<String, SpanKind> kinds) {
        return s -> lookup(kinds, s.attributes.string(key));
    }

    private static <T> T lookup(Map<String, T> values, String key) {
        return key == null ? null : values.get(key.strip().toLowerCase(Locale.ROOT));
    }

    private static Reader entityNameOf(String traceloopKind) {
        return s -> traceloopKind.equalsIgnoreCase(s.attributes.string("traceloop.span.kind"))
                ? s.attributes.string("traceloop.entity.name") : null;
    }

    /**
     * v1.37+ messages held by one attribute (JSON text or a structured value), with the system instructions
     * first on the input side. A value that is not JSON is kept as a JSON string.
     */
    static JsonNode otelMessages(Attributes a, Messages messages, String key, String defaultRole, boolean withInstructions) {
        JsonNode instructions = withInstructions ? a.jsonOrString("gen_ai.system_instructions") : null;
        JsonNode value = a.jsonOrString(key);
        if (instructions == null && value == null) return null;
        Messages.Side side = messages.side();
        side.addSystemInstructions(instructions);
        if (value != null && value.isString()) {
            if (side.result() == null) return value; // not JSON: keep the text as it came
            side.add(side.structured(value, defaultRole));
        } else {
            side.addAll(value, defaultRole);
        }
        return side.result();
    }

    /** v1.27–v1.36 message events on the span, in order. */
    private static JsonNode messageEvents(SpanSource s) {
        Messages.Side side = s.messages.side();
        for (Span.Event event : s.events()) {
            String role = MESSAGE_EVENT_ROLES.get(event.getName());
            if (role != null) side.add(side.structured(SpanSource.eventBody(s.attributesOf(event), s.work), role));
        }
        return side.result();
    }

    private static JsonNode choiceEvents(SpanSource s) {
        Messages.Side side = s.messages.side();
        for (Attributes event : s.events(CHOICE_EVENT)) {
            side.add(side.structured(SpanSource.eventBody(event, s.work), "assistant"));
        }
        return side.result();
    }

    /**
     * v1.26 and earlier: the prompt or completion as JSON text (an OpenAI-style message array), on a content
     * event or, as some instrumentations wrote it, on the span itself.
     */
    private static JsonNode legacyContent(SpanSource s, String eventName, String key, String defaultRole) {
        AnyValue value = null;
        for (Attributes event : s.events(eventName)) {
            value = event.get(key);
            if (value != null) break;
        }
        if (value == null) value = s.attributes.get(key);
        if (value == null) return null;
        JsonNode parsed = s.work.jsonOrString(value);
        if (parsed == null) return null;
        if (parsed.isString()) return parsed;
        Messages.Side side = s.messages.side();
        side.addAll(parsed, defaultRole);
        JsonNode result = side.result();
        return result != null ? result : parsed;
    }

    /** OpenLLMetry's indexed messages, rebuilt in the OpenAI shape and normalized. */
    private static JsonNode openLlmetryMessages(SpanSource s, String prefix, String defaultRole) {
        Messages.Side side = s.messages.side();
        for (Attributes m : s.attributes.indexed(prefix).values()) {
            ObjectNode msg = s.work.object();
            putText(msg, "role", m.string("role"));
            AnyValue content = m.get("content");
            if (content != null) msg.set("content", openLlmetryContent(content, s.work));
            putText(msg, "tool_call_id", m.string("tool_call_id"));
            putText(msg, "finish_reason", m.string("finish_reason"));
            List<ObjectNode> calls = new ArrayList<>();
            for (Attributes call : m.indexed("tool_calls.").values()) {
                calls.add(call(s.work, call.string("id"), call.string("name"), call.get("arguments")));
            }
            if (m.has("function_call.name")) {
                calls.add(call(s.work, null, m.string("function_call.name"), m.get("function_call.arguments")));
            }
            if (!calls.isEmpty()) msg.putArray("tool_calls").addAll(calls);
            if (!msg.isEmpty()) side.add(side.structured(msg, defaultRole));
        }
        return side.result();
    }

    /** OpenLLMetry writes list content (multimodal parts) as JSON text; anything else is the text itself. */
    private static JsonNode openLlmetryContent(AnyValue content, Work work) {
        if (content.getValueCase() != AnyValue.ValueCase.STRING_VALUE) return work.toJson(content);
        String text = content.getStringValue();
        if (text.strip().startsWith("[")) {
            JsonNode parsed = work.parse(text);
            if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
                boolean parts = true;
                for (JsonNode item : parsed) parts &= item.isObject() && item.get("type") != null;
                if (parts) return parsed;
            }
        }
        return work.nodes.stringNode(text);
    }

    /** OpenInference's indexed messages, rebuilt in the OpenAI shape and normalized. */
    private static JsonNode openInferenceMessages(SpanSource s, String prefix, String defaultRole) {
        Messages.Side side = s.messages.side();
        for (Attributes m : s.attributes.indexed(prefix).values()) {
            ObjectNode msg = s.work.object();
            putText(msg, "role", m.string("message.role"));
            var contents = m.indexed("message.contents.");
            if (!contents.isEmpty()) {
                var items = msg.putArray("content");
                for (Attributes c : contents.values()) items.add(openInferenceContent(c, s.work));
            } else {
                putText(msg, "content", m.string("message.content"));
            }
            putText(msg, "tool_call_id", m.string("message.tool_call_id"));
            List<ObjectNode> calls = new ArrayList<>();
            for (Attributes call : m.indexed("message.tool_calls.").values()) {
                calls.add(call(s.work, call.string("tool_call.id"), call.string("tool_call.function.name"),
                        call.get("tool_call.function.arguments")));
            }
            if (m.has("message.function_call_name")) {
                calls.add(call(s.work, null, m.string("message.function_call_name"),
                        m.get("message.function_call_arguments_json")));
            }
            if (!calls.isEmpty()) msg.putArray("tool_calls").addAll(calls);
            if (!msg.isEmpty()) side.add(side.structured(msg, defaultRole));
        }
        return side.result();
    }

    private static JsonNode openInferenceContent(Attributes c, Work work) {
        ObjectNode item = work.object();
        String type = c.string("message_content.type");
        item.put("type", type == null ? "text" : type);
        putText(item, "text", c.string("message_content.text"));
        putText(item, "url", c.string("message_content.image.image.url"));
        return item;
    }

    /** OpenInference's completions-API texts: a string array, or {@code prefix.{i}.suffix}. */
    private static JsonNode openInferenceTexts(SpanSource s, String prefix, String suffix, String role) {
        Messages.Side side = s.messages.side();
        List<String> array = s.attributes.strings(prefix);
        if (array != null) {
            for (String text : array) side.add(side.message(role).text(text));
        }
        for (Attributes item : s.attributes.indexed(prefix + ".").values()) {
            side.add(side.message(role).text(item.string(suffix)));
        }
        return side.result();
    }

    /**
     * OpenInference retrieved documents as {@code [{"id", "content", "score", "metadata"}]}: what a retriever span
     * returns is text the model reads next, where indirect injection hides, so it must reach the scanner.
     */
    private static JsonNode openInferenceDocuments(SpanSource s) {
        ArrayNode documents = s.work.array();
        for (Attributes d : s.attributes.indexed("retrieval.documents.").values()) {
            ObjectNode document = s.work.object();
            putText(document, "id", d.string("document.id"));
            putText(document, "content", d.string("document.content"));
            Double score = d.number("document.score");
            if (score != null) document.put("score", score);
            JsonNode metadata = d.jsonOrString("document.metadata"); // OpenInference writes it as JSON text
            if (metadata != null) document.set("metadata", metadata);
            if (!document.isEmpty()) documents.add(document);
        }
        return documents.isEmpty() ? null : documents;
    }

    /** OpenInference {@code input.value}/{@code output.value}: parsed JSON when the MIME type says so, else text. */
    private static JsonNode mimeValue(Attributes a, String key, String mimeKey) {
        AnyValue value = a.get(key);
        if (value == null) return null;
        if (value.getValueCase() != AnyValue.ValueCase.STRING_VALUE) return a.json(key);
        String mime = a.string(mimeKey);
        if (mime != null && mime.toLowerCase(Locale.ROOT).contains("json")) return a.jsonOrString(key);
        return a.json(key);
    }

    private static ObjectNode call(Work work, String id, String name, AnyValue arguments) {
        ObjectNode call = work.object();
        putText(call, "id", id);
        putText(call, "name", name);
        if (arguments != null) call.set("arguments", work.toJson(arguments));
        return call;
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (value != null) node.put(key, value);
    }

    private static List<String> completionFinishReasons(SpanSource s) {
        List<String> reasons = new ArrayList<>();
        for (Attributes m : s.attributes.indexed("gen_ai.completion.").values()) {
            String reason = m.string("finish_reason");
            if (reason != null && reasons.size() < Work.MAX_LIST) reasons.add(reason);
        }
        return reasons.isEmpty() ? null : reasons;
    }

    /** {@code gen_ai.evaluation.result} events on the span. */
    private static List<Map<String, Object>> evaluationEvents(SpanSource s) {
        return evaluations(s.events(EVALUATION_EVENT), a -> evaluation(a, "gen_ai.evaluation.name",
                "gen_ai.evaluation.score.value", "gen_ai.evaluation.score.label", "gen_ai.evaluation.explanation",
                "gen_ai.response.id"), s.work);
    }

    private static List<Map<String, Object>> openInferenceEvaluations(SpanSource s) {
        return evaluations(s.attributes.indexed("evaluations.").values(), a -> evaluation(a, "evaluation.name",
                "evaluation.score", "evaluation.label", "evaluation.explanation", null), s.work);
    }

    private static List<Map<String, Object>> evaluations(Iterable<Attributes> sources,
                                                         Function<Attributes, Map<String, Object>> read, Work work) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attributes a : sources) {
            Map<String, Object> evaluation = read.apply(a);
            if (evaluation == null) continue;
            if (out.size() >= Work.MAX_EVALUATIONS) {
                work.truncated();
                break;
            }
            out.add(evaluation);
        }
        return out.isEmpty() ? null : out;
    }

    /** One evaluation result as {@code {name, scoreValue, scoreLabel, explanation, responseId}}, or null if empty. */
    static Map<String, Object> evaluation(Attributes a, String name, String score, String label, String explanation,
                                          String responseId) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "name", a.string(name));
        putIfPresent(out, "scoreValue", a.number(score));
        putIfPresent(out, "scoreLabel", a.string(label));
        putIfPresent(out, "explanation", a.string(explanation));
        if (responseId != null) putIfPresent(out, "responseId", a.string(responseId));
        return out.isEmpty() ? null : out;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    private static Map<String, Object> associationProperties(SpanSource s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, AnyValue> e : s.attributes.withPrefix("traceloop.association.properties.").entrySet()) {
            if (out.size() >= Work.MAX_LIST) {
                s.work.truncated();
                break;
            }
            JsonNode value = s.work.toJson(e.getValue());
            if (value != null && value.isValueNode()) out.put(e.getKey(), s.work.json.treeToValue(value, Object.class));
        }
        return out.isEmpty() ? null : out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openInferenceMetadata(SpanSource s) {
        JsonNode metadata = s.attributes.jsonOrString("metadata");
        if (metadata == null || !metadata.isObject() || metadata.isEmpty()) return null;
        if (metadata.size() > Work.MAX_LIST) {
            s.work.truncated();
            return null;
        }
        return s.work.json.treeToValue(metadata, LinkedHashMap.class);
    }
}
