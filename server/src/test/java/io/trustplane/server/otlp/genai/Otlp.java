package io.trustplane.server.otlp.genai;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds OTLP protobuf values the way exporters send them, and reads results for assertions. */
final class Otlp {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final GenAiConventions CONVENTIONS = new GenAiConventions(JSON);
    static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";
    static final String SPAN_ID = "eee19b7ec3c1b174";

    private Otlp() {
    }

    static AnyValue str(String s) {
        return AnyValue.newBuilder().setStringValue(s).build();
    }

    static AnyValue num(long n) {
        return AnyValue.newBuilder().setIntValue(n).build();
    }

    static AnyValue dbl(double d) {
        return AnyValue.newBuilder().setDoubleValue(d).build();
    }

    static AnyValue bool(boolean b) {
        return AnyValue.newBuilder().setBoolValue(b).build();
    }

    static AnyValue arr(AnyValue... values) {
        ArrayValue.Builder array = ArrayValue.newBuilder();
        for (AnyValue v : values) array.addValues(v);
        return AnyValue.newBuilder().setArrayValue(array).build();
    }

    static AnyValue strs(String... values) {
        ArrayValue.Builder array = ArrayValue.newBuilder();
        for (String v : values) array.addValues(str(v));
        return AnyValue.newBuilder().setArrayValue(array).build();
    }

    static AnyValue kvlist(KeyValue... entries) {
        KeyValueList.Builder list = KeyValueList.newBuilder();
        for (KeyValue kv : entries) list.addValues(kv);
        return AnyValue.newBuilder().setKvlistValue(list).build();
    }

    static KeyValue kv(String key, AnyValue value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    static KeyValue kv(String key, String value) {
        return kv(key, str(value));
    }

    static KeyValue kv(String key, long value) {
        return kv(key, num(value));
    }

    static Span.Builder span(String name, KeyValue... attributes) {
        return Span.newBuilder()
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID)).setName(name)
                .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(1_760_000_000_000_000_000L).setEndTimeUnixNano(1_760_000_001_000_000_000L)
                .addAllAttributes(java.util.List.of(attributes));
    }

    static Span.Event event(String name, KeyValue... attributes) {
        return Span.Event.newBuilder().setName(name).setTimeUnixNano(1_760_000_000_500_000_000L)
                .addAllAttributes(java.util.List.of(attributes)).build();
    }

    static Resource resource(KeyValue... attributes) {
        return Resource.newBuilder().addAllAttributes(java.util.List.of(attributes)).build();
    }

    static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    static GenAiFields extract(Span.Builder span) {
        return extract(span, Resource.getDefaultInstance());
    }

    static GenAiFields extract(Span.Builder span, Resource resource) {
        return CONVENTIONS.extract(span.build(), resource, InstrumentationScope.getDefaultInstance());
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
