package io.trustplane.server.query;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Short human-readable previews of span inputs and outputs (a string, or the last chat message). */
final class Previews {
    static final int LENGTH = 200;

    private Previews() {
    }

    static String of(JsonMapper json, String jsonText) {
        if (jsonText == null) return null;
        String text;
        try {
            text = textOf(json.readTree(jsonText));
        } catch (JacksonException truncatedOrOdd) {
            text = jsonText;
        }
        return text == null ? null : text.length() <= LENGTH ? text : text.substring(0, LENGTH - 1) + "…";
    }

    private static String textOf(JsonNode node) {
        if (node.isString()) return node.asString();
        if (node.isArray() && !node.isEmpty()) {
            JsonNode last = node.get(node.size() - 1);
            JsonNode content = last.isObject() ? last.get("content") : null;
            if (content != null && content.isString()) return content.asString();
        }
        if (node.isObject() && node.get("content") != null && node.get("content").isString()) {
            return node.get("content").asString();
        }
        return node.toString();
    }
}
