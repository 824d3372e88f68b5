package io.trustplane.server.otlp;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OTLP attribute values as JSON: strings, booleans, integers and doubles as themselves, arrays as arrays, key-value
 * lists as objects, bytes as base64 strings, an empty value as null. Nesting is bounded so a hostile payload cannot
 * overflow the stack.
 */
final class AnyValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 32;

    private AnyValues() {
    }

    static ObjectNode object(List<KeyValue> attributes) {
        return object(attributes, 0);
    }

    static JsonNode json(AnyValue value) {
        return json(value, 0);
    }

    private static ObjectNode object(List<KeyValue> attributes, int depth) {
        ObjectNode object = NODES.objectNode();
        for (KeyValue kv : attributes) object.set(kv.getKey(), json(kv.getValue(), depth + 1));
        return object;
    }

    private static JsonNode json(AnyValue value, int depth) {
        if (depth > MAX_DEPTH) return NODES.stringNode("(nested too deeply)");
        return switch (value.getValueCase()) {
            case STRING_VALUE -> NODES.stringNode(value.getStringValue());
            case BOOL_VALUE -> NODES.booleanNode(value.getBoolValue());
            case INT_VALUE -> NODES.numberNode(value.getIntValue());
            case DOUBLE_VALUE -> Double.isFinite(value.getDoubleValue()) ? NODES.numberNode(value.getDoubleValue())
                    : NODES.stringNode(Double.toString(value.getDoubleValue()));
            case BYTES_VALUE -> NODES.stringNode(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()));
            case ARRAY_VALUE -> {
                ArrayNode array = NODES.arrayNode();
                for (AnyValue item : value.getArrayValue().getValuesList()) array.add(json(item, depth + 1));
                yield array;
            }
            case KVLIST_VALUE -> object(value.getKvlistValue().getValuesList(), depth + 1);
            default -> NODES.nullNode();
        };
    }
}
