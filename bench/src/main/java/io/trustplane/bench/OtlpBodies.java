package io.trustplane.bench;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Realistic OTLP/HTTP bodies ({@code POST /otlp/v1/traces}, {@code application/x-protobuf}): an
 * {@code ExportTraceServiceRequest} as an instrumented Python service would export it, one resource and one
 * instrumentation scope around the spans of one trace: an {@code invoke_agent} root and {@code chat} calls
 * under it, with the GenAI semantic conventions' attributes (operation, provider, request and response model,
 * response id, temperature, token usage, finish reasons, conversation id) and the chat itself as
 * {@code gen_ai.input.messages} / {@code gen_ai.output.messages} JSON, carrying the same texts as the native
 * spans of {@link SpanBodies}.
 *
 * <p>Each request has its own trace id: 4 bytes of the run, 4 of the connection, then 8 bytes of the request's
 * sequence number (big-endian), which {@link #write} overwrites in place. Trace ids are fixed-width bytes in
 * protobuf, so the encoding stays valid whatever the number.
 */
final class OtlpBodies extends BodyTemplate {
    static final String CONTENT_TYPE = "application/x-protobuf";
    private static final long MARK = 0x5EC0_5EC0_5EC0_5EC0L; // the template's sequence, replaced by each request's
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    static final String INPUT_MESSAGES = "[{\"role\":\"system\",\"parts\":[{\"type\":\"text\",\"content\":\""
            + SpanBodies.SYSTEM_PROMPT + "\"}]},{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\""
            + SpanBodies.USER_PROMPT + "\"}]}]";
    static final String OUTPUT_MESSAGES = "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\""
            + SpanBodies.ANSWER + "\"}],\"finish_reason\":\"stop\"}]";

    OtlpBodies(String runId, int connection, int spansPerRequest) {
        this(traceId(runId, connection, MARK), spansPerRequest);
    }

    private OtlpBodies(byte[] traceId, int spansPerRequest) {
        this(request(traceId, spansPerRequest).toByteArray(), traceId, spansPerRequest);
    }

    private OtlpBodies(byte[] template, byte[] traceId, int spansPerRequest) {
        super(template, sequenceOffsets(template, traceId, spansPerRequest));
    }

    @Override
    void write(ByteBuffer target, int position, long sequence) {
        target.putLong(position, sequence); // ByteBuffers are big-endian unless told otherwise
    }

    /** The trace id of request {@code sequence} of {@code connection}: never all zeros (the run part has its top bit set). */
    static byte[] traceId(String runId, int connection, long sequence) {
        return ByteBuffer.allocate(16).putInt(runId.hashCode() | 0x8000_0000).putInt(connection).putLong(sequence).array();
    }

    static ExportTraceServiceRequest request(byte[] traceId, int spans) {
        Resource resource = Resource.newBuilder()
                .addAttributes(string("service.name", "bank-assistant"))
                .addAttributes(string("service.version", "1.4.2"))
                .addAttributes(string("deployment.environment.name", "prod"))
                .addAttributes(string("cloud.region", "eu-west-1"))
                .addAttributes(string("telemetry.sdk.language", "python"))
                .addAttributes(string("telemetry.sdk.name", "opentelemetry"))
                .addAttributes(string("telemetry.sdk.version", "1.38.0"))
                .build();
        ScopeSpans.Builder scope = ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder()
                .setName("opentelemetry.instrumentation.openai_v2").setVersion("2.1b0"));
        for (int i = 0; i < spans; i++) {
            scope.addSpans(span(ByteString.copyFrom(traceId), i));
        }
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().setResource(resource).addScopeSpans(scope)
                        .setSchemaUrl("https://opentelemetry.io/schemas/1.37.0"))
                .build();
    }

    private static Span span(ByteString traceId, int index) {
        boolean root = index == 0;
        long start = START.getEpochSecond() * 1_000_000_000L + (index % 1000) * 1_000_000L;
        Span.Builder span = Span.newBuilder()
                .setTraceId(traceId)
                .setSpanId(spanId(index))
                .setName(root ? "invoke_agent bank-assistant" : "chat gpt-4o-mini")
                .setKind(root ? Span.SpanKind.SPAN_KIND_INTERNAL : Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(start)
                .setEndTimeUnixNano(start + 1_000_000_000L)
                .addAttributes(string("gen_ai.operation.name", root ? "invoke_agent" : "chat"))
                .addAttributes(string("gen_ai.provider.name", "openai"));
        if (root) {
            span.addAttributes(string("gen_ai.agent.name", "bank-assistant"));
        } else {
            span.setParentSpanId(spanId(0))
                    .addAttributes(string("server.address", "api.openai.com"))
                    .addAttributes(KeyValue.newBuilder().setKey("server.port").setValue(AnyValue.newBuilder().setIntValue(443)));
        }
        return span
                .addAttributes(string("gen_ai.request.model", "gpt-4o-mini"))
                .addAttributes(KeyValue.newBuilder().setKey("gen_ai.request.temperature").setValue(AnyValue.newBuilder().setDoubleValue(0.2)))
                .addAttributes(string("gen_ai.response.model", "gpt-4o-mini-2024-07-18"))
                .addAttributes(string("gen_ai.response.id", "chatcmpl-%04d".formatted(index)))
                .addAttributes(KeyValue.newBuilder().setKey("gen_ai.usage.input_tokens").setValue(AnyValue.newBuilder().setIntValue(48)))
                .addAttributes(KeyValue.newBuilder().setKey("gen_ai.usage.output_tokens").setValue(AnyValue.newBuilder().setIntValue(31)))
                .addAttributes(KeyValue.newBuilder().setKey("gen_ai.response.finish_reasons").setValue(AnyValue.newBuilder()
                        .setArrayValue(ArrayValue.newBuilder().addValues(AnyValue.newBuilder().setStringValue("stop")))))
                .addAttributes(string("gen_ai.conversation.id", "session-" + index % 13))
                .addAttributes(string("user.id", "user-" + index % 97))
                .addAttributes(string("gen_ai.input.messages", INPUT_MESSAGES))
                .addAttributes(string("gen_ai.output.messages", OUTPUT_MESSAGES))
                .build();
    }

    private static ByteString spanId(int index) {
        return ByteString.copyFrom(ByteBuffer.allocate(8).putLong(0x1000_0000_0000_0000L + index + 1).array());
    }

    private static KeyValue string(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    /** Where the sequence part of each span's trace id is: one per span, or the template is not what it seems. */
    private static int[] sequenceOffsets(byte[] template, byte[] traceId, int spans) {
        int[] offsets = occurrences(template, traceId);
        if (offsets.length != spans) {
            throw new IllegalStateException("found the trace id " + offsets.length + " times in a body of " + spans + " spans");
        }
        for (int i = 0; i < offsets.length; i++) offsets[i] += 8;
        return offsets;
    }
}
