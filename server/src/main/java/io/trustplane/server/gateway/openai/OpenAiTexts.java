package io.trustplane.server.gateway.openai;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds the texts to guard in OpenAI request and response bodies. Each becomes a {@link TextSegment} whose id is the
 * JSON pointer (RFC 6901) of the string it came from, e.g. {@code /messages/2/content} or
 * {@code /messages/0/content/1/text}, so findings point back into the body and a redaction rewrites exactly those
 * strings ({@code gateway.guard.JsonTexts}).
 *
 * <p>Guarded: message contents (strings, and content parts of type {@code text} / {@code input_text} /
 * {@code output_text}), with the message's role (system and developer prompts as SYSTEM, tool results as TOOL, which
 * the injection detector reads as possible indirect injection, earlier assistant turns as ASSISTANT input); the
 * arguments of earlier tool calls; completions' {@code prompt}; the Responses API's {@code instructions}, input items
 * and {@code function_call_output}s; embedding inputs (as DOCUMENT: they are usually texts being indexed for
 * retrieval, where an injection waits to be read). Not guarded: tool and function <em>definitions</em> (the
 * operator's own), images, audio, files, token-id arrays.
 */
public final class OpenAiTexts {
    private static final Set<String> TEXT_PARTS = Set.of("text", "input_text", "output_text");

    private OpenAiTexts() {
    }

    /**
     * The input texts of a request, and its system prompts (so the output check can detect their leakage).
     */
    public record Extracted(List<TextSegment> segments, List<String> systemPrompts) {
    }

    public static Extracted request(GatewayEndpoint endpoint, JsonNode body) {
        List<TextSegment> segments = new ArrayList<>();
        List<String> system = new ArrayList<>();
        if (body == null || !body.isObject()) return new Extracted(segments, system);
        switch (endpoint) {
            case CHAT_COMPLETIONS -> messages(body.get("messages"), "/messages", segments, system);
            case COMPLETIONS -> strings(body.get("prompt"), "/prompt", TextRole.USER, segments);
            case EMBEDDINGS -> strings(body.get("input"), "/input", TextRole.DOCUMENT, segments);
            case RESPONSES -> {
                JsonNode instructions = body.get("instructions");
                if (instructions != null && instructions.isString()) {
                    input(segments, "/instructions", TextRole.SYSTEM, instructions.asString());
                    system.add(instructions.asString());
                }
                JsonNode in = body.get("input");
                if (in != null && in.isString()) {
                    input(segments, "/input", TextRole.USER, in.asString());
                } else {
                    messages(in, "/input", segments, system);
                }
            }
        }
        return new Extracted(segments, system);
    }

    /** The model's texts in a (non-streamed) response: answers and tool-call arguments, as OUTPUT / ASSISTANT. */
    public static List<TextSegment> response(GatewayEndpoint endpoint, JsonNode body) {
        List<TextSegment> out = new ArrayList<>();
        if (body == null || !body.isObject()) return out;
        switch (endpoint) {
            case CHAT_COMPLETIONS -> forEach(body.get("choices"), "/choices", (choice, at) -> {
                JsonNode message = choice.get("message");
                if (message == null || !message.isObject()) return;
                content(message.get("content"), at + "/message/content", Direction.OUTPUT, TextRole.ASSISTANT, out, null);
                toolCalls(message, at + "/message", Direction.OUTPUT, out);
            });
            case COMPLETIONS -> forEach(body.get("choices"), "/choices", (choice, at) -> {
                JsonNode text = choice.get("text");
                if (text != null && text.isString()) out.add(output(at + "/text", text.asString()));
            });
            case RESPONSES -> forEach(body.get("output"), "/output", (item, at) -> {
                content(item.get("content"), at + "/content", Direction.OUTPUT, TextRole.ASSISTANT, out, null);
                JsonNode arguments = item.get("arguments");
                if (arguments != null && arguments.isString()) out.add(output(at + "/arguments", arguments.asString()));
            });
            case EMBEDDINGS -> {
            }
        }
        return out;
    }

    private interface Visitor {
        void visit(JsonNode element, String pointer);
    }

    private static void forEach(JsonNode array, String pointer, Visitor visitor) {
        if (array == null || !array.isArray()) return;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element != null && element.isObject()) visitor.visit(element, pointer + "/" + i);
        }
    }

    /** Chat messages, or Responses API input items (messages, function calls and their outputs). */
    private static void messages(JsonNode messages, String pointer, List<TextSegment> out, List<String> system) {
        forEach(messages, pointer, (message, at) -> {
            JsonNode roleNode = message.get("role");
            TextRole role = TextRole.parse(roleNode != null && roleNode.isString() ? roleNode.asString() : null);
            JsonNode type = message.get("type");
            if (type != null && "function_call_output".equals(type.asString(""))) {
                JsonNode output = message.get("output");
                if (output != null && output.isString()) input(out, at + "/output", TextRole.TOOL, output.asString());
                return;
            }
            JsonNode arguments = message.get("arguments");
            if (arguments != null && arguments.isString()) input(out, at + "/arguments", TextRole.ASSISTANT, arguments.asString());
            StringBuilder systemText = role == TextRole.SYSTEM ? new StringBuilder() : null;
            content(message.get("content"), at + "/content", Direction.INPUT, role, out, systemText);
            if (systemText != null && !systemText.isEmpty()) system.add(systemText.toString());
            toolCalls(message, at, Direction.INPUT, out);
        });
    }

    /** A content string, or content parts whose text parts are guarded one by one. */
    private static void content(JsonNode content, String pointer, Direction direction, TextRole role, List<TextSegment> out,
                                StringBuilder joined) {
        if (content == null) return;
        if (content.isString()) {
            out.add(new TextSegment(pointer, direction, role, content.asString()));
            if (joined != null) joined.append(content.asString());
            return;
        }
        forEach(content, pointer, (part, at) -> {
            JsonNode type = part.get("type");
            JsonNode text = part.get("text");
            if (type != null && TEXT_PARTS.contains(type.asString("")) && text != null && text.isString()) {
                out.add(new TextSegment(at + "/text", direction, role, text.asString()));
                if (joined != null) joined.append(joined.isEmpty() ? "" : "\n").append(text.asString());
            }
        });
    }

    /** {@code tool_calls[].function.arguments} and the legacy {@code function_call.arguments}, the model's own. */
    private static void toolCalls(JsonNode message, String pointer, Direction direction, List<TextSegment> out) {
        forEach(message.get("tool_calls"), pointer + "/tool_calls", (call, at) -> {
            JsonNode function = call.get("function");
            JsonNode arguments = function == null ? null : function.get("arguments");
            if (arguments != null && arguments.isString()) {
                out.add(new TextSegment(at + "/function/arguments", direction, TextRole.ASSISTANT, arguments.asString()));
            }
        });
        JsonNode legacy = message.get("function_call");
        JsonNode arguments = legacy == null ? null : legacy.get("arguments");
        if (arguments != null && arguments.isString()) {
            out.add(new TextSegment(pointer + "/function_call/arguments", direction, TextRole.ASSISTANT, arguments.asString()));
        }
    }

    /** A string, or an array whose string elements are guarded (token-id arrays are not text). */
    private static void strings(JsonNode node, String pointer, TextRole role, List<TextSegment> out) {
        if (node == null) return;
        if (node.isString()) {
            input(out, pointer, role, node.asString());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isString()) input(out, pointer + "/" + i, role, node.get(i).asString());
            }
        }
    }

    private static void input(List<TextSegment> out, String pointer, TextRole role, String text) {
        out.add(new TextSegment(pointer, Direction.INPUT, role, text));
    }

    private static TextSegment output(String pointer, String text) {
        return new TextSegment(pointer, Direction.OUTPUT, TextRole.ASSISTANT, text);
    }
}
