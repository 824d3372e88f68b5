package io.trustplane.server.otlp.genai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds normalized messages: the current OpenTelemetry GenAI shape (v1.37+ {@code gen_ai.input.messages}
 * JSON schema) with a flat {@code content} string added, so the guard scanner and the UI read every convention
 * the same way:
 *
 * <pre>{"role": "assistant", "content": "text parts joined by \n",
 *  "parts": [{"type": "text", "content": "..."},
 *            {"type": "tool_call", "id": "...", "name": "...", "arguments": ...},
 *            {"type": "tool_call_response", "id": "...", "response": ...}],
 *  "finish_reason": "stop"}</pre>
 *
 * Empty fields are omitted. Parts other than text, tool calls and tool responses (blobs, files, reasoning, images,
 * provider-specific ones) are kept as they came. Messages from older conventions ({@code {"role", "content",
 * "tool_calls"}} in the OpenAI style, choice bodies with a {@code message}, tool messages with a
 * {@code tool_call_id}) are converted to parts. Each {@link Side} keeps at most {@link Work#MAX_MESSAGES} messages
 * and {@link Work#MAX_PARTS} parts.
 */
final class Messages {
    private final Work work;

    Messages(Work work) {
        this.work = work;
    }

    Side side() {
        return new Side();
    }

    static String text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isEmpty() ? node.stringValue() : null;
    }

    private static boolean isToolRole(String role) {
        return role != null && (role.equalsIgnoreCase("tool") || role.equalsIgnoreCase("function"));
    }

    /** The normalized messages of one side (input or output), within the bounds. */
    final class Side {
        private final ArrayNode messages = work.array();
        private int partsLeft = Work.MAX_PARTS;

        /** The messages as a JSON array, or null when there are none. */
        JsonNode result() {
            return messages.isEmpty() ? null : messages;
        }

        void add(Message message) {
            if (message == null) return;
            ObjectNode node = message.build();
            if (node == null) return;
            if (messages.size() >= Work.MAX_MESSAGES) {
                work.truncated();
                return;
            }
            messages.add(node);
        }

        Message message(String role) {
            return new Message(this, role);
        }

        /**
         * Adds every message of a JSON array (one message for an object or a string); returns false, adding
         * nothing, for any other value.
         */
        boolean addAll(JsonNode value, String defaultRole) {
            if (value == null) return false;
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (messages.size() >= Work.MAX_MESSAGES) {
                        work.truncated();
                        break;
                    }
                    add(structured(item, defaultRole));
                }
                return true;
            }
            if (value.isObject() || value.isString()) {
                add(structured(value, defaultRole));
                return true;
            }
            return false;
        }

        /** System instructions ({@code gen_ai.system_instructions}: an array of parts) as one system message. */
        void addSystemInstructions(JsonNode value) {
            if (value == null || value.isNull()) return;
            Message m = message("system");
            if (value.isArray()) {
                for (JsonNode part : value) otelPart(m, part);
            } else {
                otelPart(m, value);
            }
            add(m);
        }

        /**
         * One message in any shape this package knows: the OTel parts shape, the OpenAI shape ({@code content},
         * {@code tool_calls}, {@code function_call}, {@code tool_call_id}), a choice ({@code {"index",
         * "finish_reason", "message"}}), or a bare string.
         */
        Message structured(JsonNode msg, String defaultRole) {
            if (msg == null || msg.isNull()) return null;
            if (msg.isString()) return message(defaultRole).text(msg.stringValue());
            if (!msg.isObject()) return null;
            JsonNode inner = msg.get("message");
            if (inner != null && inner.isObject() && msg.get("role") == null && msg.get("parts") == null
                    && msg.get("content") == null) {
                Message m = plain(inner, defaultRole);
                if (m.finishReason == null) m.finishReason = text(msg.get("finish_reason"));
                return m;
            }
            return plain(msg, defaultRole);
        }

        /** A message object that is not a choice wrapper. */
        private Message plain(JsonNode msg, String defaultRole) {
            String role = text(msg.get("role"));
            Message m = message(role == null ? defaultRole : role.toLowerCase(Locale.ROOT));
            JsonNode parts = msg.get("parts");
            if (parts != null && parts.isArray()) {
                for (JsonNode part : parts) otelPart(m, part);
            } else if (isToolRole(m.role)) {
                JsonNode id = msg.get("tool_call_id") != null ? msg.get("tool_call_id") : msg.get("id");
                JsonNode content = msg.get("content");
                if (content != null && !content.isNull() || id != null) m.toolResponse(id, content);
            } else {
                content(m, msg.get("content"));
            }
            JsonNode toolCalls = msg.get("tool_calls");
            if (toolCalls != null && toolCalls.isArray()) {
                for (JsonNode call : toolCalls) toolCall(m, call);
            }
            JsonNode functionCall = msg.get("function_call");
            if (functionCall != null && functionCall.isObject()) toolCall(m, functionCall);
            m.finishReason = text(msg.get("finish_reason"));
            return m;
        }

        /** An element of an OTel {@code parts} array. */
        private void otelPart(Message m, JsonNode part) {
            if (part == null || part.isNull()) return;
            if (part.isString()) {
                m.text(part.stringValue());
                return;
            }
            if (!part.isObject()) return;
            String type = text(part.get("type"));
            if ("text".equals(type) && text(part.get("content")) != null) {
                m.textPart(part, part.get("content").stringValue());
            } else if ("tool_call_response".equals(type) && part.get("response") == null && part.get("result") != null) {
                // the v1.37 events page's example writes "result"; the JSON schema says "response"
                ObjectNode fixed = ((ObjectNode) part).deepCopy();
                fixed.set("response", fixed.remove("result"));
                m.part(fixed);
            } else {
                m.part(part);
            }
        }

        /** OpenAI-style content: a string, an array of content parts, or one part. */
        private void content(Message m, JsonNode content) {
            if (content == null || content.isNull()) return;
            if (content.isArray()) {
                for (JsonNode item : content) contentItem(m, item);
            } else {
                contentItem(m, content);
            }
        }

        private void contentItem(Message m, JsonNode item) {
            if (item == null || item.isNull()) return;
            if (item.isString()) {
                m.text(item.stringValue());
                return;
            }
            if (!item.isObject()) {
                if (item.isValueNode()) m.text(item.asString());
                return;
            }
            String type = text(item.get("type"));
            JsonNode text = item.get("text");
            if (text == null && "text".equals(type)) text = item.get("content");
            if (text != null && text.isObject()) text = text.get("value"); // {"text": {"value": "..."}} (Azure AI agents)
            boolean textType = type == null || type.equals("text") || type.equals("input_text") || type.equals("output_text");
            if (textType && text(text) != null) {
                m.text(text.stringValue());
            } else if (type != null) {
                m.part(item);
            } else {
                ObjectNode generic = work.object();
                generic.put("type", "generic");
                generic.set("content", item);
                m.part(generic);
            }
        }

        /** An OpenAI tool call ({@code {"id", "function": {"name", "arguments"}}}) or a flat one ({@code {"id", "name", "arguments"}}). */
        private void toolCall(Message m, JsonNode call) {
            if (call == null || !call.isObject()) return;
            JsonNode function = call.get("function");
            JsonNode source = function != null && function.isObject() ? function : call;
            m.toolCall(call.get("id"), source.get("name"), source.get("arguments"));
        }
    }

    /** One message being built. */
    final class Message {
        private final Side side;
        final String role;
        private final List<JsonNode> parts = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        String finishReason;

        private Message(Side side, String role) {
            this.side = side;
            this.role = role;
        }

        private boolean take() {
            if (side.partsLeft <= 0) {
                work.truncated();
                return false;
            }
            side.partsLeft--;
            return true;
        }

        Message text(String text) {
            if (text == null || text.isEmpty()) return this;
            ObjectNode part = work.object();
            part.put("type", "text");
            part.put("content", text);
            return textPart(part, text);
        }

        private Message textPart(JsonNode part, String text) {
            if (take()) {
                parts.add(part);
                texts.add(text);
            }
            return this;
        }

        Message part(JsonNode part) {
            if (part != null && take()) parts.add(part);
            return this;
        }

        Message toolCall(JsonNode id, JsonNode name, JsonNode arguments) {
            ObjectNode part = work.object();
            part.put("type", "tool_call");
            putIfPresent(part, "id", id);
            putIfPresent(part, "name", name);
            putIfPresent(part, "arguments", arguments);
            return part(part);
        }

        Message toolResponse(JsonNode id, JsonNode response) {
            ObjectNode part = work.object();
            part.put("type", "tool_call_response");
            putIfPresent(part, "id", id);
            putIfPresent(part, "response", response);
            return part(part);
        }

        private void putIfPresent(ObjectNode node, String key, JsonNode value) {
            if (value != null && !value.isNull() && !(value.isString() && value.stringValue().isEmpty())) node.set(key, value);
        }

        /** The normalized message, or null when it says nothing (no role and no parts). */
        ObjectNode build() {
            if (role == null && parts.isEmpty()) return null;
            ObjectNode node = work.object();
            if (role != null) node.put("role", role);
            if (!texts.isEmpty()) node.put("content", String.join("\n", texts));
            if (!parts.isEmpty()) node.putArray("parts").addAll(parts);
            if (finishReason != null) node.put("finish_reason", finishReason);
            return node;
        }
    }
}
