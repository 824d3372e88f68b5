package io.trustplane.server.otlp.genai;

import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

// TEMPORARY (lead's local compile aid; replaced by the otlp-genai branch)
public final class GenAiConventions {
    public GenAiConventions(JsonMapper json) {
    }

    public GenAiFields extract(io.opentelemetry.proto.trace.v1.Span span, Resource resource, InstrumentationScope scope) {
        String model = null;
        for (var kv : span.getAttributesList()) if (kv.getKey().equals("gen_ai.request.model")) model = kv.getValue().getStringValue();
        return new GenAiFields(null, model, null, null, null, null, null, null, null, null, List.of(), Map.of());
    }

    public java.util.Optional<GenAiLogEvent> fromLog(io.opentelemetry.proto.logs.v1.LogRecord record, Resource resource) {
        return java.util.Optional.empty();
    }
}
