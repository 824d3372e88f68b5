package io.trustplane.server.otlp.genai;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the mapping table reads for one span: its attributes (over the resource's), its events, the bounds. */
final class SpanSource {
    final Work work;
    final Messages messages;
    final Attributes attributes;
    private final List<Span.Event> events;

    SpanSource(Span span, Resource resource, Work work) {
        this.work = work;
        this.messages = new Messages(work);
        this.attributes = Attributes.of(span.getAttributesList(),
                resource == null ? List.of() : resource.getAttributesList(), work);
        List<Span.Event> all = span.getEventsList();
        if (all.size() > Work.MAX_EVENTS) {
            work.truncated();
            all = all.subList(0, Work.MAX_EVENTS);
        }
        this.events = all;
    }

    /** The attributes of every span event with this name, in order. */
    List<Attributes> events(String name) {
        List<Attributes> out = new ArrayList<>();
        for (Span.Event event : events) {
            if (event.getName().equals(name)) out.add(Attributes.of(event.getAttributesList(), List.of(), work));
        }
        return out;
    }

    /** The span events in order, for readers that look at several names at once. */
    List<Span.Event> events() {
        return events;
    }

    Attributes attributesOf(Span.Event event) {
        return Attributes.of(event.getAttributesList(), List.of(), work);
    }

    /**
     * The body of a message event carried on a span (v1.27–v1.36): the JSON in {@code gen_ai.event.content} when
     * there is one (Azure AI SDKs), else the event's attributes as the body's fields.
     */
    static JsonNode eventBody(Attributes event, Work work) {
        AnyValue content = event.get("gen_ai.event.content");
        if (content != null) {
            JsonNode body = work.jsonOrString(content);
            if (body != null && body.isObject()) return body;
            ObjectNode wrapped = work.object();
            if (body != null) wrapped.set("content", body);
            return wrapped;
        }
        ObjectNode body = work.object();
        for (Map.Entry<String, AnyValue> e : event.withPrefix("").entrySet()) {
            String key = e.getKey();
            if (key.equals("gen_ai.system") || key.equals("gen_ai.provider.name") || key.equals("event.name")) continue;
            JsonNode value = key.equals("tool_calls") || key.equals("message")
                    ? work.jsonOrString(e.getValue()) : work.toJson(e.getValue());
            if (value != null) body.set(key, value);
        }
        return body;
    }
}
