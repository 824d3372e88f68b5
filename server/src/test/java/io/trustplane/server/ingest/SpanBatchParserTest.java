package io.trustplane.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.core.validation.FieldError;
import io.trustplane.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SpanBatchParserTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final SpanBatchParser parser = new SpanBatchParser(json, 3);

    private List<Span> parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldError> errorsOf(String body) {
        try {
            parse(body);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a validation error for " + body);
    }

    @Test
    void parsesEveryFieldAndKeepsJsonValuesVerbatim() {
        List<Span> spans = parse("""
                {"spans":[{"traceId":"t1","spanId":"s1","parentSpanId":"s0","name":"chat","kind":"LLM",
                  "startTime":"2026-11-22T10:00:00.123456789+01:00","endTime":"2026-11-22T09:00:01.5Z",
                  "status":"ok","model":"gpt-4o","provider":"openai",
                  "input":[{"role":"user","content":"héllo \\"quoted\\""}], "output":"plain \\n text",
                  "inputTokens":10,"outputTokens":5,"cost":0.25,"userId":"u","sessionId":"sess",
                  "tags":["a","b","a"],"attributes":{"k":{"nested":[1,2]}}}]}""");
        Span s = spans.getFirst();
        assertThat(s.traceId()).isEqualTo("t1");
        assertThat(s.parentSpanId()).isEqualTo("s0");
        assertThat(s.kind()).isEqualTo(SpanKind.LLM);
        assertThat(s.startTime()).isEqualTo(Instant.parse("2026-11-22T09:00:00.123456789Z"));
        assertThat(s.durationMillis()).isCloseTo(1376.543211, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.status()).isEqualTo(SpanStatus.OK);
        assertThat(s.inputJson()).isEqualTo("[{\"role\":\"user\",\"content\":\"héllo \\\"quoted\\\"\"}]");
        assertThat(json.readTree(s.outputJson()).asString()).isEqualTo("plain \n text");
        assertThat(s.totalTokens()).isEqualTo(15L);
        assertThat(s.cost()).isEqualTo(0.25);
        assertThat(s.tags()).containsExactly("a", "b");
        assertThat(s.attributesJson()).isEqualTo("{\"k\":{\"nested\":[1,2]}}");
    }

    @Test
    void stringInputsAndOutputsStayValidJsonStrings() {
        for (String literal : List.of("\"\"", "\"\\u00e9\\\"x\\n\"", "\"日本語 ✓\"", "\"\\\\\"")) {
            Span s = parse("{\"spans\":[{\"traceId\":\"t\",\"spanId\":\"s\",\"name\":\"n\","
                    + "\"startTime\":\"2026-01-01T00:00:00Z\",\"input\":" + literal + ",\"output\":" + literal + "}]}").getFirst();
            String expected = json.readTree(literal).asString();
            assertThat(json.readTree(s.inputJson()).asString()).as(literal).isEqualTo(expected);
            assertThat(json.readTree(s.outputJson()).asString()).as(literal).isEqualTo(expected);
        }
    }

    @Test
    void defaultsKindAndStatusAndTreatsErrorAsAStatusMessage() {
        Span s = parse("""
                {"spans":[{"traceId":"t","spanId":"s","name":"n","startTime":"2026-01-01T00:00:00Z","error":"boom"}]}""")
                .getFirst();
        assertThat(s.kind()).isEqualTo(SpanKind.OTHER);
        assertThat(s.status()).isEqualTo(SpanStatus.ERROR);
        assertThat(s.statusMessage()).isEqualTo("boom");
        assertThat(s.endTime()).isNull();
        assertThat(s.durationMillis()).isNull();
    }

    @Test
    void unknownFieldsAreKeptInAttributesWithoutOverridingExplicitOnes() {
        Span s = parse("""
                {"spans":[{"traceId":"t","spanId":"s","name":"n","startTime":"2026-01-01T00:00:00Z",
                  "temperature":0.7,"k":"from-unknown","extra":{"a":[true,null]},"attributes":{"k":"explicit"}}]}""")
                .getFirst();
        var attributes = json.readTree(s.attributesJson());
        assertThat(attributes.get("k").asString()).isEqualTo("explicit");
        assertThat(attributes.get("temperature").asDouble()).isEqualTo(0.7);
        assertThat(attributes.get("extra").toString()).isEqualTo("{\"a\":[true,null]}");
    }

    @Test
    void reportsEveryFieldProblemWithItsPath() {
        List<FieldError> errors = errorsOf("""
                {"spans":[
                  {"traceId":"t","spanId":"s","name":"n","startTime":"2026-01-01T00:00:00Z"},
                  {"spanId":7,"name":"","kind":"robot","startTime":"yesterday","status":"fine",
                   "inputTokens":-1,"outputTokens":1.5,"cost":"cheap","tags":"x","attributes":[1]},
                  {"traceId":"t","spanId":"s","parentSpanId":"s","name":"n",
                   "startTime":"2026-01-01T00:00:01Z","endTime":"2026-01-01T00:00:00Z"}]}""");
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "spans[1].spanId", "spans[1].kind", "spans[1].startTime", "spans[1].status",
                "spans[1].inputTokens", "spans[1].outputTokens", "spans[1].cost", "spans[1].tags",
                "spans[1].attributes", "spans[1].traceId",
                "spans[2].parentSpanId", "spans[2].endTime");
        assertThat(errors).filteredOn(e -> e.field().equals("spans[1].kind"))
                .extracting(FieldError::message).first().asString().contains("llm").contains("robot");
    }

    @Test
    void rejectsBodiesThatAreNotASpanBatch() {
        assertThat(errorsOf("[]")).extracting(FieldError::field).containsExactly("$");
        assertThat(errorsOf("{}")).extracting(FieldError::message).containsExactly("is required");
        assertThat(errorsOf("{\"spans\":[]}")).extracting(FieldError::message)
                .containsExactly("must contain at least one span");
        assertThat(errorsOf("{\"spans\":{}}")).extracting(FieldError::field).containsExactly("spans");
        assertThat(errorsOf("{\"spans\":[1]}")).extracting(FieldError::field).containsExactly("spans[0]");
        assertThatThrownBy(() -> parse("{\"spans\":[{\"traceId\":"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not valid JSON");
        assertThat(errorsOf("{\"spans\":[{}]} trailing")).isNotEmpty();
    }

    @Test
    void limitsTheNumberOfSpansPerRequest() {
        String span = "{\"traceId\":\"t\",\"spanId\":\"s\",\"name\":\"n\",\"startTime\":\"2026-01-01T00:00:00Z\"}";
        assertThat(errorsOf("{\"spans\":[" + String.join(",", span, span, span, span) + "]}"))
                .extracting(FieldError::message).containsExactly("at most 3 spans per request");
    }

    @Test
    void encodedBatchesDecodeToEqualSpans() {
        List<Span> spans = parse("""
                {"spans":[{"traceId":"t1","spanId":"s1","name":"chat","kind":"llm","startTime":"2026-11-22T10:00:00Z",
                  "endTime":"2026-11-22T10:00:01Z","input":"ü","inputTokens":3,"cost":1e-9,"tags":["x"],"attributes":{}},
                  {"traceId":"t1","spanId":"s2","name":"tool","startTime":"2026-11-22T10:00:00.5Z"}]}""");
        SpanBatch batch = new SpanBatch(UUID.randomUUID(), Instant.parse("2026-11-22T10:00:02Z"), spans);
        assertThat(SpanBatchCodec.decode(SpanBatchCodec.encode(batch))).isEqualTo(batch);
    }
}
