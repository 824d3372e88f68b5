package io.trustplane.server.gateway.guard;

import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites strings of a JSON body at JSON pointers, leaving everything else as it was: unknown fields, field order,
 * numbers, nulls. The body passed in is never modified; a copy is made only when some string actually changes.
 */
public final class JsonTexts {
    private JsonTexts() {
    }

    /**
     * The body with the string at each pointer replaced by its new text; the body itself when no text differs.
     *
     * @throws IllegalArgumentException when a pointer does not lead to a string of the body
     */
    public static JsonNode replace(JsonNode body, Map<String, String> textByPointer) {
        JsonNode copy = null;
        for (Map.Entry<String, String> e : textByPointer.entrySet()) {
            JsonPointer pointer = JsonPointer.compile(e.getKey());
            JsonNode current = body.at(pointer);
            if (!current.isString()) throw new IllegalArgumentException("no string at " + e.getKey());
            if (current.asString().equals(e.getValue())) continue;
            if (copy == null) copy = body.deepCopy();
            JsonNode parent = copy.at(pointer.head());
            JsonPointer last = pointer.last();
            if (parent instanceof ObjectNode object) {
                object.put(last.getMatchingProperty(), e.getValue());
            } else if (parent instanceof ArrayNode array) {
                array.set(last.getMatchingIndex(), array.stringNode(e.getValue()));
            }
        }
        return copy == null ? body : copy;
    }
}
