package io.trustplane.server.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.server.otlp.genai.GenAiConventions;
import io.trustplane.server.otlp.genai.GenAiFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an OTLP export request into spans of the trace model. The structure is mapped here (ids as lower-case hex,
 * nanosecond times, status, and every attribute, the resource, the scope, the events and the links kept in the
 * span's attributes, so nothing the client sent is lost); what the span means — kind, model, provider, messages,
 * tokens — comes from the GenAI conventions table ({@link GenAiConventions}). A span that cannot be stored (bad ids,
 * no start time, an end before its start) is rejected on its own and counted, as OTLP's partial success expects.
 */
final class OtlpSpanMapper {
    static final int MAX_NAME_LENGTH = 1024;
    static final int MAX_TAGS = 64;
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final GenAiConventions genAi;
    private final JsonMapper json;

    OtlpSpanMapper(GenAiConventions genAi, JsonMapper json) {
        this.genAi = genAi;
        this.json = json;
    }

    /** The spans to store, and how many were rejected with the first few reasons. */
    record Mapped(List<Span> spans, long rejected, List<String> problems) {
        String message() {
            if (rejected == 0) return "";
            return rejected + " span(s) rejected: " + String.join("; ", problems) + (rejected > problems.size() ? "; ..." : "");
        }
    }

    Mapped map(ExportTraceServiceRequest request) {
        List<Span> spans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long rejected = 0;
        for (int r = 0; r < request.getResourceSpansCount(); r++) {
            ResourceSpans resourceSpans = request.getResourceSpans(r);
            Resource resource = resourceSpans.getResource();
            ObjectNode resourceJson = AnyValues.object(resource.getAttributesList());
            for (int s = 0; s < resourceSpans.getScopeSpansCount(); s++) {
                ScopeSpans scopeSpans = resourceSpans.getScopeSpans(s);
                InstrumentationScope scope = scopeSpans.getScope();
                ObjectNode scopeJson = scope(scope);
                for (int i = 0; i < scopeSpans.getSpansCount(); i++) {
                    var span = scopeSpans.getSpans(i);
                    try {
                        spans.add(map(span, resource, scope, resourceJson, scopeJson));
                    } catch (IllegalArgumentException e) {
                        rejected++;
                        if (problems.size() < 5) {
                            problems.add("resourceSpans[" + r + "].scopeSpans[" + s + "].spans[" + i + "]: " + e.getMessage());
                        }
                    }
                }
            }
        }
        return new Mapped(spans, rejected, problems);
    }

    private Span map(io.opentelemetry.proto.trace.v1.Span span, Resource resource, InstrumentationScope scope,
                     ObjectNode resourceJson, ObjectNode scopeJson) {
        String traceId = id(span.getTraceId(), 16, "traceId");
        String spanId = id(span.getSpanId(), 8, "spanId");
        String parentSpanId = span.getParentSpanId().isEmpty() ? null : id(span.getParentSpanId(), 8, "parentSpanId");
        if (span.getStartTimeUnixNano() == 0) throw new IllegalArgumentException("startTimeUnixNano is missing");
        Instant start = instant(span.getStartTimeUnixNano());
        Instant end = span.getEndTimeUnixNano() == 0 ? null : instant(span.getEndTimeUnixNano());
        if (end != null && end.isBefore(start)) throw new IllegalArgumentException("endTimeUnixNano is before startTimeUnixNano");

        GenAiFields fields = genAi.extract(span, resource, scope);
        Status status = span.getStatus();
        SpanStatus spanStatus = switch (status.getCode()) {
            case STATUS_CODE_OK -> SpanStatus.OK;
            case STATUS_CODE_ERROR -> SpanStatus.ERROR;
            default -> SpanStatus.UNSET;
        };
        String statusMessage = status.getMessage().isEmpty() ? null : status.getMessage();
        if (statusMessage == null && spanStatus == SpanStatus.ERROR) statusMessage = errorType(span);

        String name = span.getName().isEmpty() ? "unnamed" : span.getName();
        if (name.length() > MAX_NAME_LENGTH) name = name.substring(0, MAX_NAME_LENGTH);
        List<String> tags = fields.tags() == null ? List.of()
                : fields.tags().stream().filter(t -> t != null && !t.isEmpty()).limit(MAX_TAGS).toList();

        return new Span(traceId, spanId, parentSpanId, name, fields.kind() == null ? SpanKind.OTHER : fields.kind(),
                start, end, spanStatus, statusMessage, fields.model(), fields.provider(), fields.inputJson(), fields.outputJson(),
                nonNegative(fields.inputTokens()), nonNegative(fields.outputTokens()), nonNegative(fields.totalTokens()), null,
                fields.userId(), fields.sessionId(), tags, attributes(span, resourceJson, scopeJson, fields));
    }

    /**
     * Every span attribute under its own key, then what OTLP carries beside them under reserved {@code otel.*} keys
     * (a namespace the OpenTelemetry specification keeps for itself, so no instrumentation's attribute collides),
     * and the normalized GenAI summary under {@code genai}.
     */
    private String attributes(io.opentelemetry.proto.trace.v1.Span span, ObjectNode resourceJson, ObjectNode scopeJson,
                              GenAiFields fields) {
        ObjectNode attributes = AnyValues.object(span.getAttributesList());
        attributes.put("otel.span_kind", spanKind(span.getKind()));
        if (!resourceJson.isEmpty()) attributes.set("otel.resource", resourceJson);
        if (!scopeJson.isEmpty()) attributes.set("otel.scope", scopeJson);
        if (span.getEventsCount() > 0) {
            ArrayNode events = attributes.putArray("otel.events");
            for (var event : span.getEventsList()) {
                ObjectNode e = events.addObject();
                e.put("name", event.getName());
                e.put("time", event.getTimeUnixNano() == 0 ? null : instant(event.getTimeUnixNano()).toString());
                if (event.getAttributesCount() > 0) e.set("attributes", AnyValues.object(event.getAttributesList()));
            }
        }
        if (span.getLinksCount() > 0) {
            ArrayNode links = attributes.putArray("otel.links");
            for (var link : span.getLinksList()) {
                ObjectNode l = links.addObject();
                l.put("traceId", HEX.formatHex(link.getTraceId().toByteArray()));
                l.put("spanId", HEX.formatHex(link.getSpanId().toByteArray()));
                if (!link.getTraceState().isEmpty()) l.put("traceState", link.getTraceState());
                if (link.getAttributesCount() > 0) l.set("attributes", AnyValues.object(link.getAttributesList()));
            }
        }
        if (!span.getTraceState().isEmpty()) attributes.put("otel.trace_state", span.getTraceState());
        long dropped = span.getDroppedAttributesCount() + span.getDroppedEventsCount() + span.getDroppedLinksCount();
        if (dropped > 0) {
            ObjectNode d = attributes.putObject("otel.dropped");
            d.put("attributes", span.getDroppedAttributesCount());
            d.put("events", span.getDroppedEventsCount());
            d.put("links", span.getDroppedLinksCount());
        }
        if (fields.summary() != null && !fields.summary().isEmpty()) attributes.set("genai", json.valueToTree(fields.summary()));
        return json.writeValueAsString(attributes);
    }

    private static ObjectNode scope(InstrumentationScope scope) {
        ObjectNode node = NODES.objectNode();
        if (!scope.getName().isEmpty()) node.put("name", scope.getName());
        if (!scope.getVersion().isEmpty()) node.put("version", scope.getVersion());
        if (scope.getAttributesCount() > 0) node.set("attributes", AnyValues.object(scope.getAttributesList()));
        return node;
    }

    private static String errorType(io.opentelemetry.proto.trace.v1.Span span) {
        for (var kv : span.getAttributesList()) {
            if (kv.getKey().equals("error.type") && kv.getValue().hasStringValue()) return kv.getValue().getStringValue();
        }
        return null;
    }

    private static String spanKind(io.opentelemetry.proto.trace.v1.Span.SpanKind kind) {
        return switch (kind) {
            case SPAN_KIND_INTERNAL -> "INTERNAL";
            case SPAN_KIND_SERVER -> "SERVER";
            case SPAN_KIND_CLIENT -> "CLIENT";
            case SPAN_KIND_PRODUCER -> "PRODUCER";
            case SPAN_KIND_CONSUMER -> "CONSUMER";
            default -> "UNSPECIFIED";
        };
    }

    /** An id of exactly {@code length} bytes, not all zero (W3C Trace Context: all-zero ids are invalid), as hex. */
    private static String id(ByteString bytes, int length, String field) {
        if (bytes.size() != length) {
            throw new IllegalArgumentException(field + " must be " + length + " bytes, not " + bytes.size());
        }
        for (int i = 0; i < length; i++) {
            if (bytes.byteAt(i) != 0) return HEX.formatHex(bytes.toByteArray());
        }
        throw new IllegalArgumentException(field + " must not be all zeros");
    }

    private static Instant instant(long unixNanos) {
        // fixed64 on the wire: read as unsigned, so a time past 2262 is not taken for one before 1970
        return Instant.ofEpochSecond(Long.divideUnsigned(unixNanos, 1_000_000_000L), Long.remainderUnsigned(unixNanos, 1_000_000_000L));
    }

    private static Long nonNegative(Long value) {
        return value == null || value < 0 ? null : value;
    }
}
