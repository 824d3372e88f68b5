package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OtlpBodiesTest {

    private static List<Span> spans(byte[] body) throws InvalidProtocolBufferException {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
        assertThat(request.getResourceSpansCount()).isEqualTo(1);
        assertThat(request.getResourceSpans(0).getScopeSpansCount()).isEqualTo(1);
        return request.getResourceSpans(0).getScopeSpans(0).getSpansList();
    }

    private static Map<String, AnyValue> attributes(List<KeyValue> keyValues) {
        return keyValues.stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
    }

    @Test
    void bodiesParseBackAsExportsOf512SpansWithUniqueIds() throws InvalidProtocolBufferException {
        OtlpBodies bodies = new OtlpBodies("run1", 3, 512);
        Set<ByteString> traceIds = new HashSet<>();
        for (long sequence : new long[] {0, 1, 987_654_321, Long.MAX_VALUE}) {
            byte[] body = bodies.body(sequence);
            assertThat(body).hasSize(bodies.size());
            List<Span> spans = spans(body);
            assertThat(spans).hasSize(512);
            Set<ByteString> inRequest = spans.stream().map(Span::getTraceId).collect(Collectors.toSet());
            assertThat(inRequest).containsExactly(ByteString.copyFrom(OtlpBodies.traceId("run1", 3, sequence)));
            traceIds.addAll(inRequest);
            assertThat(spans.stream().map(Span::getSpanId).distinct()).hasSize(512);
            assertThat(spans).allSatisfy(span -> {
                assertThat(span.getTraceId().size()).isEqualTo(16);
                assertThat(span.getSpanId().size()).isEqualTo(8);
                assertThat(span.getTraceId().toByteArray()).isNotEqualTo(new byte[16]);
            });
        }
        assertThat(traceIds).hasSize(4); // every request its own trace: nothing the server could deduplicate
        assertThat(spans(new OtlpBodies("run1", 4, 1).body(0)).get(0).getTraceId())
                .isNotEqualTo(spans(new OtlpBodies("run1", 3, 1).body(0)).get(0).getTraceId());
    }

    @Test
    void aStampedRequestBufferCarriesTheSameBodyAsAFreshCopy() {
        OtlpBodies bodies = new OtlpBodies("run1", 2, 5);
        byte[] head = "POST / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer request = bodies.request(head);
        assertThat(request.remaining()).isEqualTo(head.length + bodies.size());
        bodies.stamp(request, head.length, 42);
        bodies.stamp(request, head.length, 43);
        byte[] sent = new byte[request.remaining()];
        request.get(sent);
        byte[] expected = ByteBuffer.allocate(sent.length).put(head).put(bodies.body(43)).array();
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void spansAreGenAiCallsOfTheCurrentSemanticConventions() throws InvalidProtocolBufferException {
        byte[] body = new OtlpBodies("r", 0, 3).body(5);
        ResourceSpans resourceSpans = ExportTraceServiceRequest.parseFrom(body).getResourceSpans(0);
        assertThat(attributes(resourceSpans.getResource().getAttributesList()).get("service.name").getStringValue())
                .isEqualTo("bank-assistant");
        List<Span> spans = resourceSpans.getScopeSpans(0).getSpansList();
        Span root = spans.get(0);
        Span chat = spans.get(1);
        assertThat(root.getParentSpanId().isEmpty()).isTrue();
        assertThat(chat.getParentSpanId()).isEqualTo(root.getSpanId());
        assertThat(chat.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(chat.getName()).isEqualTo("chat gpt-4o-mini");
        assertThat(chat.getEndTimeUnixNano()).isGreaterThan(chat.getStartTimeUnixNano());

        Map<String, AnyValue> a = attributes(chat.getAttributesList());
        assertThat(a.get("gen_ai.operation.name").getStringValue()).isEqualTo("chat");
        assertThat(a.get("gen_ai.provider.name").getStringValue()).isEqualTo("openai");
        assertThat(a.get("gen_ai.request.model").getStringValue()).isEqualTo("gpt-4o-mini");
        assertThat(a.get("gen_ai.response.model").getStringValue()).startsWith("gpt-4o-mini");
        assertThat(a.get("gen_ai.usage.input_tokens").getIntValue()).isEqualTo(48);
        assertThat(a.get("gen_ai.usage.output_tokens").getIntValue()).isEqualTo(31);
        assertThat(a.get("gen_ai.response.finish_reasons").getArrayValue().getValues(0).getStringValue()).isEqualTo("stop");
        assertThat(attributes(root.getAttributesList()).get("gen_ai.operation.name").getStringValue()).isEqualTo("invoke_agent");

        // the same conversation as the native spans, in the conventions' message structure (role and parts)
        String input = a.get("gen_ai.input.messages").getStringValue();
        String output = a.get("gen_ai.output.messages").getStringValue();
        assertThat(input).startsWith("[{\"role\":\"system\",\"parts\":[{\"type\":\"text\",\"content\":")
                .contains(SpanBodies.SYSTEM_PROMPT, SpanBodies.USER_PROMPT);
        assertThat(output).startsWith("[{\"role\":\"assistant\"").contains(SpanBodies.ANSWER, "\"finish_reason\":\"stop\"");
        assertThat(new SpanBodies("r", 0, 1).body(0)).asString(StandardCharsets.UTF_8)
                .contains(SpanBodies.SYSTEM_PROMPT, SpanBodies.USER_PROMPT, SpanBodies.ANSWER);
    }

    @Test
    void aSpanTakesAboutAsManyBytesAsANativeOne() {
        double otlp = new OtlpBodies("r", 0, 512).size() / 512.0;
        double json = new SpanBodies("r", 0, 512).size() / 512.0;
        assertThat(otlp / json).isBetween(0.75, 1.5);
    }
}
