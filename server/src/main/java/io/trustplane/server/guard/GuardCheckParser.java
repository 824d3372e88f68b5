package io.trustplane.server.guard;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a guard request:
 * <pre>{@code
 * {"input": "...",                                   // a prompt, and/or
 *  "messages": [{"role": "system|user|assistant|tool", "content": "..." or [{"type":"text","text":"..."}]}],
 *  "documents": ["retrieved text", ...],             // RAG chunks, e-mails, files (scanned for indirect injection)
 *  "output": "...",                                   // the model's response, optional
 *  "context": {"model", "provider", "user", "session", "systemPrompt", "canaryTokens": [], "trustedDomains": [],
 *              "attributes": {...}}}
 * }</pre>
 * Every problem becomes a field error of one 400 answer.
 */
final class GuardCheckParser {
    static final int MAX_MESSAGES = 1000;
    static final int MAX_DOCUMENTS = 1000;
    private static final Set<String> FIELDS = Set.of("input", "messages", "documents", "output", "context");
    private static final Set<String> CONTEXT_FIELDS = Set.of("model", "provider", "user", "session", "systemPrompt",
            "canaryTokens", "trustedDomains", "attributes");

    private GuardCheckParser() {
    }

    static GuardCheck parse(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        GuardCheck check = parse(root, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? "The guard request is invalid: " + errors.getFirst().field()
                    + " " + errors.getFirst().message() : "The guard request is invalid (" + errors.size() + " problems).", errors);
        }
        return check;
    }

    static GuardCheck parse(JsonNode root, String prefix, List<FieldError> errors) {
        if (root == null || !root.isObject()) {
            errors.add(new FieldError(prefix.isEmpty() ? "$" : prefix, "must be a JSON object with input, messages or output"));
            return null;
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!FIELDS.contains(e.getKey())) {
                errors.add(new FieldError(prefix + e.getKey(), "is not a guard request field; known fields: " + FIELDS.stream().sorted().toList()));
            }
        }
        int errorsBefore = errors.size();
        List<TextSegment> segments = new ArrayList<>();
        List<String> systemPrompts = new ArrayList<>();

        String input = optionalString(root, "input", prefix, errors);
        if (input != null) segments.add(new TextSegment("input", Direction.INPUT, TextRole.USER, input));

        List<GuardCheck.Message> messages = new ArrayList<>();
        JsonNode messagesNode = root.get("messages");
        if (messagesNode != null && !messagesNode.isNull()) {
            if (!messagesNode.isArray()) {
                errors.add(new FieldError(prefix + "messages", "must be an array of {role, content}"));
            } else if (messagesNode.size() > MAX_MESSAGES) {
                errors.add(new FieldError(prefix + "messages", "has " + messagesNode.size() + " messages; at most " + MAX_MESSAGES));
            } else {
                for (int i = 0; i < messagesNode.size(); i++) {
                    GuardCheck.Message m = message(messagesNode.get(i), prefix + "messages[" + i + "]", errors);
                    if (m == null) continue;
                    messages.add(m);
                    TextRole role = TextRole.parse(m.role());
                    if (role == TextRole.SYSTEM) systemPrompts.add(m.content());
                    segments.add(new TextSegment("messages[" + i + "]", Direction.INPUT, role, m.content()));
                }
            }
        }

        List<String> documents = new ArrayList<>();
        JsonNode documentsNode = root.get("documents");
        if (documentsNode != null && !documentsNode.isNull()) {
            if (!documentsNode.isArray()) {
                errors.add(new FieldError(prefix + "documents", "must be an array of strings"));
            } else if (documentsNode.size() > MAX_DOCUMENTS) {
                errors.add(new FieldError(prefix + "documents", "has " + documentsNode.size() + " documents; at most " + MAX_DOCUMENTS));
            } else {
                for (int i = 0; i < documentsNode.size(); i++) {
                    JsonNode d = documentsNode.get(i);
                    if (!d.isString()) {
                        errors.add(new FieldError(prefix + "documents[" + i + "]", "must be a string"));
                        continue;
                    }
                    documents.add(d.asString());
                    segments.add(new TextSegment("documents[" + i + "]", Direction.INPUT, TextRole.DOCUMENT, d.asString()));
                }
            }
        }

        String output = optionalString(root, "output", prefix, errors);
        if (output != null) segments.add(new TextSegment("output", Direction.OUTPUT, TextRole.ASSISTANT, output));
        if (input == null && messages.isEmpty() && documents.isEmpty() && output == null && errors.size() == errorsBefore) {
            String field = prefix.isEmpty() ? "$" : prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
            errors.add(new FieldError(field, "needs at least one of input, messages, documents or output"));
        }

        Map<String, Object> attributes = new LinkedHashMap<>();
        Set<String> canaries = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        JsonNode context = root.get("context");
        if (context != null && !context.isNull()) {
            String at = prefix + "context";
            if (!context.isObject()) {
                errors.add(new FieldError(at, "must be an object"));
            } else {
                for (Map.Entry<String, JsonNode> e : context.properties()) {
                    if (!CONTEXT_FIELDS.contains(e.getKey())) {
                        errors.add(new FieldError(at + "." + e.getKey(), "is not a context field; known fields: "
                                + CONTEXT_FIELDS.stream().sorted().toList() + " (put your own keys under attributes)"));
                    }
                }
                JsonNode extra = context.get("attributes");
                if (extra != null && !extra.isNull()) {
                    if (!extra.isObject()) {
                        errors.add(new FieldError(at + ".attributes", "must be an object"));
                    } else {
                        for (Map.Entry<String, JsonNode> e : extra.properties()) {
                            attributes.put(e.getKey(), plain(e.getValue()));
                        }
                    }
                }
                for (String key : List.of("model", "provider", "user", "session")) {
                    String value = optionalString(context, key, at + ".", errors);
                    if (value != null) attributes.put(key, value);
                }
                String systemPrompt = optionalString(context, "systemPrompt", at + ".", errors);
                if (systemPrompt != null) systemPrompts.add(systemPrompt);
                canaries.addAll(stringList(context, "canaryTokens", at + ".", errors));
                domains.addAll(stringList(context, "trustedDomains", at + ".", errors));
            }
        }
        GuardRequest request = new GuardRequest(segments, new ScanContext(systemPrompts, canaries, domains), attributes);
        return new GuardCheck(request, input, messages, documents, output);
    }

    private static GuardCheck.Message message(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object {role, content}"));
            return null;
        }
        JsonNode role = node.get("role");
        if (role == null || !role.isString() || role.asString().isBlank()) {
            errors.add(new FieldError(at + ".role", "is required: system, user, assistant or tool"));
            return null;
        }
        JsonNode content = node.get("content");
        if (content == null || content.isNull()) {
            return new GuardCheck.Message(role.asString(), "");
        }
        if (content.isString()) {
            return new GuardCheck.Message(role.asString(), content.asString());
        }
        if (content.isArray()) { // OpenAI content parts: the text parts are scanned, images and audio are not
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                JsonNode t = part.isObject() ? part.get("text") : null;
                if (t != null && t.isString()) {
                    if (!text.isEmpty()) text.append('\n');
                    text.append(t.asString());
                }
            }
            return new GuardCheck.Message(role.asString(), text.toString());
        }
        errors.add(new FieldError(at + ".content", "must be a string or an array of content parts"));
        return null;
    }

    private static String optionalString(JsonNode node, String field, String prefix, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isString()) {
            errors.add(new FieldError(prefix + field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    private static List<String> stringList(JsonNode node, String field, String prefix, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return List.of();
        List<String> out = new ArrayList<>();
        if (!value.isArray()) {
            errors.add(new FieldError(prefix + field, "must be an array of strings"));
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode v = value.get(i);
            if (!v.isString() || v.asString().isBlank()) {
                errors.add(new FieldError(prefix + field + "[" + i + "]", "must be a non-empty string"));
            } else {
                out.add(v.asString());
            }
        }
        return out;
    }

    /** JSON → plain Java values (String, Long, Double, Boolean, List, Map) for policy attributes. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isString()) return node.asString();
        if (node.isBoolean()) return node.asBoolean();
        if (node.isIntegralNumber()) return node.asLong();
        if (node.isNumber()) return node.asDouble();
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) map.put(e.getKey(), plain(e.getValue()));
        return map;
    }
}
