package io.trustplane.server.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the OTLP/JSON encoding. It is the proto3 JSON mapping with one difference that a stock proto3 parser
 * gets wrong: trace and span ids are hex strings, not base64 (OTLP specification, "JSON Protobuf Encoding").
 * So the ids are rewritten to base64 first, and the rest is left to protobuf's own {@link JsonFormat} parser,
 * which already takes lowerCamelCase and original field names, enums as integers or names, and 64-bit integers
 * as numbers or strings; unknown fields are ignored, as the specification requires of receivers.
 */
final class OtlpJson {
    /** Field names that hold trace or span ids wherever they appear in the trace and logs messages. */
    private static final Set<String> ID_FIELDS = Set.of("traceId", "trace_id", "spanId", "span_id", "parentSpanId", "parent_span_id");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
    private static final HexFormat HEX = HexFormat.of();

    private OtlpJson() {
    }

    static void merge(byte[] body, Message.Builder builder) throws InvalidProtocolBufferException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("the body is not a JSON object");
        hexIdsToBase64(root, "$");
        PARSER.merge(root.toString(), builder);
    }

    private static void hexIdsToBase64(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (ID_FIELDS.contains(name) && value.isString()) {
                    object.put(name, base64OfHex(value.stringValue(), path + "." + name));
                } else if (value.isContainer()) {
                    hexIdsToBase64(value, path + "." + name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainer()) hexIdsToBase64(array.get(i), path + "[" + i + "]");
            }
        }
    }

    private static String base64OfHex(String hex, String path) {
        try {
            return Base64.getEncoder().encodeToString(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            String shown = hex.length() > 64 ? hex.substring(0, 64) + "..." : hex;
            throw new IllegalArgumentException(path + " must be a hex-encoded id (OTLP/JSON), not \"" + shown + "\"");
        }
    }
}
