package io.trustplane.server.otlp.genai;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of one extraction: the JSON mapper, the bounds every reader respects, and whether one of them cut
 * something off. Not thread-safe; one per call.
 */
final class Work {
    /** Messages kept per side (input or output). */
    static final int MAX_MESSAGES = 256;
    /** Parts kept per side, over all its messages. */
    static final int MAX_PARTS = 512;
    /** The largest index read from an indexed attribute family ({@code gen_ai.prompt.{i}.*}). */
    static final int MAX_INDEX = 100_000;
    /** Span events looked at. */
    static final int MAX_EVENTS = 1024;
    /** Elements of one array or entries of one key-value list converted to JSON. */
    static final int MAX_ITEMS = 1024;
    /** Nesting of converted values. */
    static final int MAX_DEPTH = 32;
    /** Evaluations kept per span. */
    static final int MAX_EVALUATIONS = 64;
    /** Tags and finish reasons kept. */
    static final int MAX_LIST = 64;

    final JsonMapper json;
    final JsonNodeFactory nodes;
    private boolean truncated;

    Work(JsonMapper json) {
        this.json = json;
        this.nodes = json.getNodeFactory();
    }

    /** Records that a bound cut something off. */
    void truncated() {
        truncated = true;
    }

    boolean wasTruncated() {
        return truncated;
    }

    ObjectNode object() {
        return nodes.objectNode();
    }

    ArrayNode array() {
        return nodes.arrayNode();
    }

    /** Parses JSON text, or returns null when it is not JSON. */
    JsonNode parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return json.readTree(text);
        } catch (RuntimeException e) { // JacksonException, or a constraint violation on absurd input
            return null;
        }
    }

    /**
     * A JSON object or array when the text is one, the string when the text is a JSON string literal (how
     * serializers write a string result), else the text itself as a JSON string. Numbers and booleans stay text.
     */
    JsonNode jsonOrString(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.startsWith("{") || t.startsWith("[") || t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            JsonNode parsed = parse(t);
            if (parsed != null && (parsed.isContainer() || parsed.isString())) return parsed;
        }
        return nodes.stringNode(text);
    }

    /** Like {@link #jsonOrString(String)} for an attribute value: structured values become JSON as they are. */
    JsonNode jsonOrString(AnyValue value) {
        if (value == null) return null;
        if (value.getValueCase() == AnyValue.ValueCase.STRING_VALUE) return jsonOrString(value.getStringValue());
        return toJson(value);
    }

    String write(JsonNode node) {
        return node == null ? null : json.writeValueAsString(node);
    }

    /** Converts an OTLP value to JSON: key-value lists become objects, bytes base64 strings; bounded. */
    JsonNode toJson(AnyValue value) {
        return toJson(value, 0);
    }

    private JsonNode toJson(AnyValue value, int depth) {
        if (value == null) return null;
        if (depth > MAX_DEPTH) {
            truncated();
            return null;
        }
        return switch (value.getValueCase()) {
            case STRING_VALUE -> nodes.stringNode(value.getStringValue());
            case BOOL_VALUE -> nodes.booleanNode(value.getBoolValue());
            case INT_VALUE -> nodes.numberNode(value.getIntValue());
            case DOUBLE_VALUE -> Double.isFinite(value.getDoubleValue())
                    ? nodes.numberNode(value.getDoubleValue())
                    : nodes.stringNode(Double.toString(value.getDoubleValue()));
            case BYTES_VALUE -> nodes.stringNode(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()));
            case ARRAY_VALUE -> {
                ArrayNode array = nodes.arrayNode();
                for (AnyValue item : value.getArrayValue().getValuesList()) {
                    if (array.size() >= MAX_ITEMS) {
                        truncated();
                        break;
                    }
                    JsonNode node = toJson(item, depth + 1);
                    array.add(node == null ? nodes.nullNode() : node);
                }
                yield array;
            }
            case KVLIST_VALUE -> {
                ObjectNode object = nodes.objectNode();
                for (KeyValue kv : value.getKvlistValue().getValuesList()) {
                    if (object.size() >= MAX_ITEMS) {
                        truncated();
                        break;
                    }
                    JsonNode node = toJson(kv.getValue(), depth + 1);
                    object.set(kv.getKey(), node == null ? nodes.nullNode() : node);
                }
                yield object;
            }
            default -> null; // not set, or a dictionary index that only profiles use
        };
    }
}
