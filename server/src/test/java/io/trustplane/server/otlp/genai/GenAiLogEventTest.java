package io.trustplane.server.otlp.genai;

import static io.trustplane.server.otlp.genai.Otlp.CONVENTIONS;
import static io.trustplane.server.otlp.genai.Otlp.SPAN_ID;
import static io.trustplane.server.otlp.genai.Otlp.TRACE_ID;
import static io.trustplane.server.otlp.genai.Otlp.arr;
import static io.trustplane.server.otlp.genai.Otlp.bytes;
import static io.trustplane.server.otlp.genai.Otlp.dbl;
import static io.trustplane.server.otlp.genai.Otlp.kv;
import static io.trustplane.server.otlp.genai.Otlp.kvlist;
import static io.trustplane.server.otlp.genai.Otlp.str;
import static io.trustplane.server.otlp.genai.Otlp.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.resource.v1.Resource;
import io.trustplane.server.otlp.genai.GenAiLogEvent.Side;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * GenAI events as OTLP log records, the way opentelemetry-python-contrib's openai-v2 instrumentation emits them
 * (v1.27–v1.36 per-message events: {@code event_name}, {@code gen_ai.system} attribute, the body a key-value
 * list), the older {@code event.name} attribute, evaluation results, and the v1.37+
 * {@code gen_ai.client.inference.operation.details} event that carries a whole exchange.
 */
class GenAiLogEventTest {
    static final long TIME = 1_760_000_000_123_456_789L;
    static final Resource RESOURCE = Resource.newBuilder().addAttributes(kv("service.name", "weather-bot")).build();

    private static LogRecord.Builder record(String eventName, AnyValue body) {
        LogRecord.Builder b = LogRecord.newBuilder()
                .setTimeUnixNano(TIME).setObservedTimeUnixNano(TIME + 1000)
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                .setEventName(eventName)
                .addAttributes(kv("gen_ai.system", "openai"));
        if (body != null) b.setBody(body);
        return b;
    }

    private static GenAiLogEvent only(LogRecord.Builder record) {
        Optional<GenAiLogEvent> event = CONVENTIONS.fromLog(record.build(), RESOURCE);
        assertThat(event).isPresent();
        return event.get();
    }

    @Test
    void userMessage() {
        GenAiLogEvent e = only(record("gen_ai.user.message", kvlist(kv("content", "What's the weather in Paris?"))));
        assertThat(e.traceId()).isEqualTo(TRACE_ID);
        assertThat(e.spanId()).isEqualTo(SPAN_ID);
        assertThat(e.side()).isEqualTo(Side.INPUT);
        assertThat(e.time()).isEqualTo(Instant.ofEpochSecond(1_760_000_000L, 123_456_789L));
        assertThat(tree(e.messageJson())).isEqualTo(tree("""
                {"role":"user","content":"What's the weather in Paris?",
                 "parts":[{"type":"text","content":"What's the weather in Paris?"}]}"""));
    }

    @Test
    void assistantToolCallToolResultAndChoice() {
        GenAiLogEvent assistant = only(record("gen_ai.assistant.message", kvlist(kv("tool_calls", arr(kvlist(
                kv("id", "call_1"), kv("type", "function"),
                kv("function", kvlist(kv("name", "get_weather"), kv("arguments", "{\"location\": \"Paris\"}")))))))));
        assertThat(assistant.side()).isEqualTo(Side.INPUT);
        assertThat(tree(assistant.messageJson())).isEqualTo(tree("""
                {"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather",
                  "arguments":"{\\"location\\": \\"Paris\\"}"}]}"""));

        GenAiLogEvent tool = only(record("gen_ai.tool.message", kvlist(kv("content", "rainy, 57°F"), kv("id", "call_1"))));
        assertThat(tool.side()).isEqualTo(Side.INPUT);
        assertThat(tree(tool.messageJson())).isEqualTo(tree("""
                {"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":"rainy, 57°F"}]}"""));

        GenAiLogEvent choice = only(record("gen_ai.choice", kvlist(kv("index", 0), kv("finish_reason", "stop"),
                kv("message", kvlist(kv("role", "assistant"), kv("content", "It is rainy and 57°F."))))));
        assertThat(choice.side()).isEqualTo(Side.OUTPUT);
        assertThat(tree(choice.messageJson())).isEqualTo(tree("""
                {"role":"assistant","content":"It is rainy and 57°F.",
                 "parts":[{"type":"text","content":"It is rainy and 57°F."}],"finish_reason":"stop"}"""));
    }

    @Test
    void olderRecordsNameTheEventInAnAttributeAndMayHaveNoTimeOrContent() {
        LogRecord.Builder b = LogRecord.newBuilder()
                .setObservedTimeUnixNano(TIME)
                .addAttributes(kv("event.name", "gen_ai.system.message"))
                .addAttributes(kv("gen_ai.system", "openai"));
        GenAiLogEvent e = only(b);
        assertThat(e.traceId()).as("no trace context").isNull();
        assertThat(e.spanId()).isNull();
        assertThat(e.time()).as("the observed time").isEqualTo(Instant.ofEpochSecond(1_760_000_000L, 123_456_789L));
        assertThat(tree(e.messageJson())).as("content capture off: the role only").isEqualTo(tree("{\"role\":\"system\"}"));
    }

    @Test
    void aBodyThatIsAStringIsTheContent() {
        GenAiLogEvent e = only(record("gen_ai.user.message", str("Hello")));
        assertThat(tree(e.messageJson())).isEqualTo(tree(
                "{\"role\":\"user\",\"content\":\"Hello\",\"parts\":[{\"type\":\"text\",\"content\":\"Hello\"}]}"));
    }

    @Test
    void evaluationResult() {
        GenAiLogEvent e = only(LogRecord.newBuilder()
                .setTimeUnixNano(TIME)
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                .setEventName("gen_ai.evaluation.result")
                .addAttributes(kv("gen_ai.evaluation.name", "Relevance"))
                .addAttributes(kv("gen_ai.evaluation.score.value", dbl(4.0)))
                .addAttributes(kv("gen_ai.evaluation.score.label", "relevant"))
                .addAttributes(kv("gen_ai.evaluation.explanation", "Answers the question."))
                .addAttributes(kv("gen_ai.response.id", "chatcmpl-123")));
        assertThat(e.side()).isEqualTo(Side.EVALUATION);
        assertThat(e.spanId()).isEqualTo(SPAN_ID);
        assertThat(tree(e.messageJson())).isEqualTo(tree("""
                {"name":"Relevance","scoreValue":4.0,"scoreLabel":"relevant","explanation":"Answers the question.",
                 "responseId":"chatcmpl-123"}"""));
    }

    @Test
    void operationDetailsCarriesSeveralMessages() {
        LogRecord record = LogRecord.newBuilder()
                .setTimeUnixNano(TIME)
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                .setEventName("gen_ai.client.inference.operation.details")
                .addAttributes(kv("gen_ai.operation.name", "chat"))
                .addAttributes(kv("gen_ai.system_instructions", arr(kvlist(kv("type", "text"), kv("content", "Be brief.")))))
                .addAttributes(kv("gen_ai.input.messages", arr(kvlist(kv("role", "user"),
                        kv("parts", arr(kvlist(kv("type", "text"), kv("content", "Hi"))))))))
                .addAttributes(kv("gen_ai.output.messages", arr(kvlist(kv("role", "assistant"),
                        kv("parts", arr(kvlist(kv("type", "text"), kv("content", "Hello!")))), kv("finish_reason", "stop")))))
                .build();

        assertThat(CONVENTIONS.fromLog(record, RESOURCE)).as("not one message").isEmpty();
        List<GenAiLogEvent> events = CONVENTIONS.eventsFromLog(record, RESOURCE);
        assertThat(events).extracting(GenAiLogEvent::side).containsExactly(Side.INPUT, Side.INPUT, Side.OUTPUT);
        assertThat(events).extracting(e -> tree(e.messageJson()).get("role").stringValue())
                .containsExactly("system", "user", "assistant");
        assertThat(tree(events.get(2).messageJson()).get("finish_reason").stringValue()).isEqualTo("stop");
        assertThat(events).allSatisfy(e -> assertThat(e.spanId()).isEqualTo(SPAN_ID));
    }

    @Test
    void otherRecordsAreNotGenAiEvents() {
        assertThat(CONVENTIONS.fromLog(LogRecord.newBuilder().setBody(str("GET /health 200")).build(), RESOURCE)).isEmpty();
        assertThat(CONVENTIONS.fromLog(record("http.request", kvlist(kv("content", "x"))).build(), RESOURCE)).isEmpty();
        assertThat(CONVENTIONS.fromLog(record("gen_ai.evaluation.result", null).build(), RESOURCE))
                .as("an evaluation that names nothing").isEmpty();
        assertThat(CONVENTIONS.eventsFromLog(null, RESOURCE)).isEmpty();
    }

    @Test
    void zeroOrShortIdsAreAbsent() {
        GenAiLogEvent e = only(record("gen_ai.user.message", kvlist(kv("content", "x")))
                .setTraceId(bytes("00000000000000000000000000000000")).setSpanId(bytes("0102")));
        assertThat(e.traceId()).isNull();
        assertThat(e.spanId()).isNull();
    }
}
