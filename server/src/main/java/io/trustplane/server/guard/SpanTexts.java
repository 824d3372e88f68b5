package io.trustplane.server.guard;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a span's input and output JSON into text segments to scan.
 *
 * <p>A string is one segment; chat messages ({@code {"role", "content"}} objects, anywhere in the JSON)
 * become one segment each with their role; other string values become segments named by their JSON path.
 * A message may also carry OpenTelemetry GenAI {@code parts} (the shape OTLP ingestion normalizes to): its tool
 * calls, tool results and other parts are scanned with the message's role, and its text parts once, since
 * {@code content} already joins them.
 * Segment ids are prefixed {@code input} or {@code output}, e.g. {@code input.messages[2]}.
 *
 * <p>What a tool or retrieval span returns is not the model's answer but content the model reads next, so
 * it is scanned as input with role TOOL or DOCUMENT: that is where indirect injection hides.
 */
final class SpanTexts {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_SEGMENTS = 256;

    private SpanTexts() {
    }

    static List<TextSegment> of(Span span, JsonMapper json, int maxChars) {
        List<TextSegment> segments = new ArrayList<>();
        TextRole fetched = span.kind() == SpanKind.TOOL ? TextRole.TOOL
                : span.kind() == SpanKind.RETRIEVAL ? TextRole.DOCUMENT : null;
        add(segments, "input", span.inputJson(), Direction.INPUT, fetched == null ? TextRole.USER : fetched, json, maxChars);
        if (fetched == null) {
            add(segments, "output", span.outputJson(), Direction.OUTPUT, TextRole.ASSISTANT, json, maxChars);
        } else {
            add(segments, "output", span.outputJson(), Direction.INPUT, fetched, json, maxChars);
        }
        return segments;
    }

    private static void add(List<TextSegment> out, String id, String jsonText, Direction direction, TextRole role,
                            JsonMapper json, int maxChars) {
        if (jsonText == null || jsonText.isEmpty()) return;
        JsonNode node;
        try {
            node = json.readTree(jsonText);
        } catch (JacksonException e) {
            segment(out, id, direction, role, jsonText, maxChars); // not JSON: scan it as text
            return;
        }
        walk(out, id, node, direction, role, json, maxChars, 0);
    }

    private static void walk(List<TextSegment> out, String path, JsonNode node, Direction direction, TextRole role,
                             JsonMapper json, int maxChars, int depth) {
        if (out.size() >= MAX_SEGMENTS || node == null || depth > MAX_DEPTH) return;
        if (node.isString()) {
            segment(out, path, direction, role, node.asString(), maxChars);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(out, path + "[" + i + "]", node.get(i), direction, role, json, maxChars, depth + 1);
            }
        } else if (node.isObject()) {
            JsonNode r = node.get("role");
            JsonNode content = node.get("content");
            JsonNode parts = node.get("parts");
            if (r != null && r.isString() && (content != null || parts != null)) {
                TextRole messageRole = TextRole.parse(r.asString());
                // the output of an LLM span is the assistant's, whatever a message claims
                TextRole effective = direction == Direction.OUTPUT ? TextRole.ASSISTANT : messageRole;
                if (content != null) walk(out, path, content, direction, effective, json, maxChars, depth + 1);
                if (parts != null) walkParts(out, path + ".parts", parts, content, direction, effective, json, maxChars, depth + 1);
                JsonNode toolCalls = node.get("tool_calls");
                if (toolCalls != null) walk(out, path + ".tool_calls", toolCalls, direction, effective, json, maxChars, depth + 1);
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                if (key.equals("type") || key.equals("id") || key.equals("role") || key.equals("name")) continue;
                walk(out, path + "." + key, e.getValue(), direction, role, json, maxChars, depth + 1);
            }
        }
    }

    /**
     * A message's OpenTelemetry GenAI {@code parts} (text, tool calls, tool call responses, ...), with the message's
     * role. TrustPlane's normalized messages join their text parts, in order, into {@code content}: a text part
     * found there (searching on from the previous one, within the scanned length) is not scanned again; any other
     * text is, so nothing hides in a part. Inline image, audio and video blobs (base64) are not text: skipped.
     */
    private static void walkParts(List<TextSegment> out, String path, JsonNode parts, JsonNode content, Direction direction,
                                  TextRole role, JsonMapper json, int maxChars, int depth) {
        if (!parts.isArray()) {
            walk(out, path, parts, direction, role, json, maxChars, depth);
            return;
        }
        String scanned = content != null && content.isString() ? content.asString() : null;
        if (scanned != null && scanned.length() > maxChars) scanned = scanned.substring(0, maxChars);
        int from = 0;
        for (int i = 0; i < parts.size() && out.size() < MAX_SEGMENTS; i++) {
            JsonNode part = parts.get(i);
            JsonNode type = part.get("type");
            String partType = type != null && type.isString() ? type.stringValue() : "";
            JsonNode text = part.get("content");
            if (partType.equals("text") && text != null && text.isString()) {
                String t = text.stringValue();
                if (t.isBlank()) continue;
                int at = scanned == null ? -1 : scanned.indexOf(t, from);
                if (at >= 0) { // already scanned as part of content
                    from = at + t.length();
                    continue;
                }
            }
            if (partType.equals("blob") && isMedia(part.get("modality"))) continue;
            walk(out, path + "[" + i + "]", part, direction, role, json, maxChars, depth + 1);
        }
    }

    private static boolean isMedia(JsonNode modality) {
        if (modality == null || !modality.isString()) return false;
        String m = modality.stringValue();
        return m.equals("image") || m.equals("audio") || m.equals("video");
    }

    private static void segment(List<TextSegment> out, String id, Direction direction, TextRole role, String text, int maxChars) {
        if (text.isBlank() || out.size() >= MAX_SEGMENTS) return;
        out.add(new TextSegment(id, direction, role, text.length() > maxChars ? text.substring(0, maxChars) : text));
    }
}
