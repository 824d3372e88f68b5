package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.GenAiMapping.CHOICE_EVENT;
import static io.trustplane.server.otlp.genai.GenAiMapping.EVALUATION_EVENT;
import static io.trustplane.server.otlp.genai.GenAiMapping.MESSAGE_EVENT_ROLES;
import static io.trustplane.server.otlp.genai.GenAiMapping.OPERATION_DETAILS_EVENT;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.server.otlp.genai.GenAiLogEvent.Side;
import io.trustplane.server.otlp.genai.GenAiMapping.Convention;
import io.trustplane.server.otlp.genai.GenAiMapping.Rule;
import io.trustplane.server.otlp.genai.GenAiMapping.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the GenAI semantic conventions say about OTLP spans and log records: the OpenTelemetry GenAI
 * conventions of every version since v1.26, OpenLLMetry (Traceloop) and OpenInference (Arize). Where each field
 * comes from, and which source wins a conflict, is the table in {@link GenAiMapping} (shown in docs/OTLP.md).
 *
 * <p>Input and output become a JSON array of normalized messages (see {@link Messages}): the current OTel
 * {@code parts} shape with a flat {@code content} string of the text parts, system instructions as a leading
 * {@code system} message. A convention that gives a plain value ({@code input.value},
 * {@code traceloop.entity.input}, {@code gen_ai.tool.call.arguments}) keeps it: parsed when it is JSON text
 * (or its MIME type says JSON), else a JSON string.
 *
 * <p>Odd input never throws: a value of the wrong type reads as absent, JSON that does not parse stays a string,
 * and the work is bounded ({@link Work}); when a bound cuts something off, {@code summary.truncated} is true.
 * Thread-safe.
 */
public final class GenAiConventions {
    private static final HexFormat HEX = HexFormat.of();

    private final JsonMapper json;

    public GenAiConventions(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Reads the span's attributes and events (and the resource's) by the conventions table. Never throws on odd
     * input.
     *
     * @param scope not consulted: the conventions are recognised by their attribute names, whatever library
     *     emitted them
     */
    public GenAiFields extract(Span span, Resource resource, InstrumentationScope scope) {
        if (span == null) return new GenAiFields(null, null, null, null, null, null, null, null, null, null, null, null);
        Work work = new Work(json);
        SpanSource source = new SpanSource(span, resource, work);
        Map<Target, Object> values = new EnumMap<>(Target.class);
        EnumSet<Convention> matched = EnumSet.noneOf(Convention.class);
        for (Rule rule : GenAiMapping.RULES) {
            if (values.containsKey(rule.target())) continue;
            Object value = read(rule, source);
            if (value != null) {
                values.put(rule.target(), value);
                matched.add(rule.convention());
            }
        }
        return fields(values, matched, work);
    }

    private static Object read(Rule rule, SpanSource source) {
        try {
            Object value = rule.reader().read(source);
            return rule.target().type.isInstance(value) ? value : null;
        } catch (RuntimeException e) { // a reader's bug must not lose the span: the raw attributes are kept anyway
            return null;
        }
    }

    private GenAiFields fields(Map<Target, Object> values, EnumSet<Convention> matched, Work work) {
        String requestModel = get(values, Target.REQUEST_MODEL, String.class);
        String responseModel = get(values, Target.RESPONSE_MODEL, String.class);
        Long inputTokens = get(values, Target.INPUT_TOKENS, Long.class);
        Long outputTokens = get(values, Target.OUTPUT_TOKENS, Long.class);
        Long totalTokens = get(values, Target.TOTAL_TOKENS, Long.class);
        if (totalTokens == null) totalTokens = sum(inputTokens, outputTokens);
        JsonNode input = get(values, Target.INPUT, JsonNode.class);
        JsonNode output = get(values, Target.OUTPUT, JsonNode.class);
        List<?> finishReasons = get(values, Target.FINISH_REASONS, List.class);
        if (finishReasons == null) finishReasons = finishReasons(output);

        Map<String, Object> summary = new LinkedHashMap<>();
        put(summary, "operation", values.get(Target.OPERATION));
        put(summary, "requestModel", requestModel);
        put(summary, "responseModel", responseModel);
        put(summary, "responseId", values.get(Target.RESPONSE_ID));
        put(summary, "finishReasons", finishReasons);
        put(summary, "conversationId", values.get(Target.CONVERSATION_ID));
        put(summary, "agentName", values.get(Target.AGENT_NAME));
        put(summary, "toolName", values.get(Target.TOOL_NAME));
        put(summary, "toolCallId", values.get(Target.TOOL_CALL_ID));
        put(summary, "evaluations", values.get(Target.EVALUATIONS));
        put(summary, "metadata", values.get(Target.METADATA));
        List<String> conventions = new ArrayList<>();
        for (Convention c : matched) {
            if (c.label != null && !conventions.contains(c.label)) conventions.add(c.label);
        }
        if (!conventions.isEmpty()) summary.put("convention", conventions);
        if (work.wasTruncated() && !summary.isEmpty()) summary.put("truncated", true);

        @SuppressWarnings("unchecked")
        List<String> tags = get(values, Target.TAGS, List.class);
        return new GenAiFields(get(values, Target.KIND, SpanKind.class),
                responseModel != null ? responseModel : requestModel,
                get(values, Target.PROVIDER, String.class), work.write(input), work.write(output),
                inputTokens, outputTokens, totalTokens,
                get(values, Target.USER_ID, String.class), get(values, Target.SESSION_ID, String.class),
                tags, summary);
    }

    private static <T> T get(Map<Target, Object> values, Target target, Class<T> type) {
        Object value = values.get(target);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    /** The total when the convention gives none: the sum of the counts it gives (an embedding has only input). */
    private static Long sum(Long a, Long b) {
        if (a == null) return b;
        if (b == null) return a;
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Derived: the finish reasons of the normalized output messages, in order. */
    private static List<String> finishReasons(JsonNode output) {
        if (output == null || !output.isArray()) return null;
        List<String> reasons = new ArrayList<>();
        for (JsonNode message : output) {
            String reason = Messages.text(message.get("finish_reason"));
            if (reason != null && reasons.size() < Work.MAX_LIST) reasons.add(reason);
        }
        return reasons.isEmpty() ? null : reasons;
    }

    /**
     * A GenAI content log event (OTLP logs: event name from LogRecord.event_name or the {@code event.name}
     * attribute), or empty when the record is not one: which span it belongs to, whether it is input or output,
     * the message in the normalized shape, or an evaluation result.
     *
     * <p>Records that carry several messages ({@code gen_ai.client.inference.operation.details}, v1.37+, and a
     * {@code gen_ai.content.prompt} with more than one message) are not one message: this returns empty for them;
     * {@link #eventsFromLog} returns each message.
     *
     * @param resource not consulted (the record's own attributes and body say everything the conventions define)
     */
    public Optional<GenAiLogEvent> fromLog(LogRecord record, Resource resource) {
        List<GenAiLogEvent> events = eventsFromLog(record, resource);
        return events.size() == 1 ? Optional.of(events.getFirst()) : Optional.empty();
    }

    /**
     * Every GenAI event in a log record, in order: one for a per-message event (v1.27–v1.36) or an evaluation,
     * one per message for the records that carry several. Empty when the record is not a GenAI event. Never
     * throws on odd input.
     */
    public List<GenAiLogEvent> eventsFromLog(LogRecord record, Resource resource) {
        if (record == null) return List.of();
        try {
            return readLog(record);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private List<GenAiLogEvent> readLog(LogRecord record) {
        Work work = new Work(json);
        Attributes attributes = Attributes.of(record.getAttributesList(), bodyEntries(record.getBody()), work);
        String name = record.getEventName().isEmpty() ? attributes.string("event.name") : record.getEventName();
        if (name == null) return List.of();
        LogContext at = new LogContext(hex(record.getTraceId(), 16), hex(record.getSpanId(), 8), time(record), work);
        Messages.Side side = new Messages(work).side();

        String role = MESSAGE_EVENT_ROLES.get(name);
        if (role != null || name.equals(CHOICE_EVENT)) {
            side.add(side.structured(body(record.getBody(), work), role != null ? role : "assistant"));
            return at.events(role != null ? Side.INPUT : Side.OUTPUT, side.result());
        }
        if (name.equals(EVALUATION_EVENT)) {
            Map<String, Object> evaluation = GenAiMapping.evaluation(attributes, "gen_ai.evaluation.name",
                    "gen_ai.evaluation.score.value", "gen_ai.evaluation.score.label", "gen_ai.evaluation.explanation",
                    "gen_ai.response.id");
            if (evaluation == null) return List.of();
            return List.of(new GenAiLogEvent(at.traceId, at.spanId, Side.EVALUATION, at.time,
                    json.writeValueAsString(evaluation)));
        }
        List<GenAiLogEvent> out = new ArrayList<>();
        if (name.equals(OPERATION_DETAILS_EVENT)) {
            Messages messages = new Messages(work);
            out.addAll(at.events(Side.INPUT, asMessages(
                    GenAiMapping.otelMessages(attributes, messages, "gen_ai.input.messages", "user", true), "user", work)));
            out.addAll(at.events(Side.OUTPUT, asMessages(
                    GenAiMapping.otelMessages(attributes, messages, "gen_ai.output.messages", "assistant", false), "assistant", work)));
        } else if (name.equals("gen_ai.content.prompt") || name.equals("gen_ai.content.completion")) {
            boolean prompt = name.equals("gen_ai.content.prompt");
            String defaultRole = prompt ? "user" : "assistant";
            JsonNode value = attributes.jsonOrString(prompt ? "gen_ai.prompt" : "gen_ai.completion");
            if (value != null) {
                side.addAll(value, defaultRole);
                out.addAll(at.events(prompt ? Side.INPUT : Side.OUTPUT, side.result()));
            }
        }
        return out;
    }

    /** A result that stayed a string (not JSON) as one text message, so every event holds a message. */
    private static JsonNode asMessages(JsonNode result, String role, Work work) {
        if (result == null || !result.isString()) return result;
        Messages.Side side = new Messages(work).side();
        side.add(side.message(role).text(result.stringValue()));
        return side.result();
    }

    /** Where log events are attached, and when. */
    private record LogContext(String traceId, String spanId, Instant time, Work work) {
        List<GenAiLogEvent> events(Side side, JsonNode messages) {
            if (messages == null || !messages.isArray()) return List.of();
            List<GenAiLogEvent> out = new ArrayList<>();
            for (JsonNode message : messages) out.add(new GenAiLogEvent(traceId, spanId, side, time, work.write(message)));
            return out;
        }
    }

    /** A message event's body: an object (a key-value list), or a string holding JSON or the content itself. */
    private static JsonNode body(AnyValue body, Work work) {
        JsonNode node = work.jsonOrString(body);
        if (node == null || node.isObject()) return node == null ? work.object() : node;
        var wrapped = work.object();
        wrapped.set("content", node);
        return wrapped;
    }

    /** A key-value-list body's entries, read after the attributes (some emitters put event fields there). */
    private static List<KeyValue> bodyEntries(AnyValue body) {
        return body != null && body.getValueCase() == AnyValue.ValueCase.KVLIST_VALUE
                ? body.getKvlistValue().getValuesList() : List.of();
    }

    private static String hex(ByteString id, int length) {
        if (id == null || id.size() != length) return null;
        for (int i = 0; i < length; i++) {
            if (id.byteAt(i) != 0) return HEX.formatHex(id.toByteArray());
        }
        return null; // all zero: no id
    }

    private static Instant time(LogRecord record) {
        long nanos = record.getTimeUnixNano() != 0 ? record.getTimeUnixNano() : record.getObservedTimeUnixNano();
        if (nanos <= 0) return null;
        return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    }
}
