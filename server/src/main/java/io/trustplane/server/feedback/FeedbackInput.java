package io.trustplane.server.feedback;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A validated feedback record as posted. Identity and free text are personal data: {@link #content()} (the
 * texts and metadata) is sealed with the data subject's key, and the annotator is kept only as a pseudonym.
 *
 * <pre>
 * {"id": "client id (optional, makes retries idempotent)", "type": "rating|preference|correction",
 *  "traceId", "spanId", "annotator": "who judged (required)", "subject": "whose data this is (default: the annotator)",
 *  "score": 4.5, "label": "thumbs_up",                          -- rating (score required)
 *  "prompt", "chosen", "rejected",                               -- preference (chosen and rejected required)
 *  "original", "corrected",                                      -- correction (corrected required)
 *  "comment", "metadata": {...}}
 * </pre>
 */
public record FeedbackInput(String clientId, String type, String traceId, String spanId, String annotator, String subject,
                            Double score, String label, Map<String, Object> content) {
    static final List<String> TYPES = List.of("rating", "preference", "correction");
    private static final Set<String> FIELDS = Set.of("id", "type", "traceId", "spanId", "annotator", "subject", "score", "label",
            "prompt", "chosen", "rejected", "original", "corrected", "comment", "metadata");
    private static final int MAX_ID = 128;
    private static final int MAX_TEXT = 100_000;

    public static FeedbackInput parse(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("A feedback record is a JSON object.", List.of());
        }
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            String name = property.getKey();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is not a field of a feedback record; known fields: " + FIELDS.stream().sorted().toList()));
            }
        }
        String type = text(root, "type", 20, true, errors);
        if (type != null && !TYPES.contains(type)) errors.add(new FieldError("type", "must be one of " + TYPES));
        String clientId = text(root, "id", MAX_ID, false, errors);
        String traceId = text(root, "traceId", MAX_ID, false, errors);
        String spanId = text(root, "spanId", MAX_ID, false, errors);
        String annotator = text(root, "annotator", 256, true, errors);
        String subject = text(root, "subject", 256, false, errors);
        String label = text(root, "label", 100, false, errors);
        Double score = null;
        JsonNode scoreNode = root.get("score");
        if (scoreNode != null && !scoreNode.isNull()) {
            if (!scoreNode.isNumber() || !Double.isFinite(scoreNode.asDouble())) errors.add(new FieldError("score", "must be a finite number"));
            else score = scoreNode.asDouble();
        }
        Map<String, Object> content = new LinkedHashMap<>();
        for (String field : List.of("prompt", "chosen", "rejected", "original", "corrected", "comment")) {
            String value = text(root, field, MAX_TEXT, false, errors);
            if (value != null) content.put(field, value);
        }
        JsonNode metadata = root.get("metadata");
        if (metadata != null && !metadata.isNull()) {
            if (!metadata.isObject()) errors.add(new FieldError("metadata", "must be an object"));
            else content.put("metadata", metadata);
        }
        if ("rating".equals(type) && score == null) errors.add(new FieldError("score", "is required for a rating"));
        if ("preference".equals(type)) {
            if (!content.containsKey("chosen")) errors.add(new FieldError("chosen", "is required for a preference"));
            if (!content.containsKey("rejected")) errors.add(new FieldError("rejected", "is required for a preference"));
            if (content.containsKey("chosen") && content.get("chosen").equals(content.get("rejected"))) {
                errors.add(new FieldError("rejected", "must differ from chosen"));
            }
        }
        if ("correction".equals(type) && !content.containsKey("corrected")) {
            errors.add(new FieldError("corrected", "is required for a correction"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? "The feedback record is invalid: " + errors.getFirst().field() + " "
                    + errors.getFirst().message() : "The feedback record is invalid (" + errors.size() + " problems).", errors);
        }
        return new FeedbackInput(clientId, type, traceId, spanId, annotator, subject == null ? annotator : subject, score, label, content);
    }

    private static String text(JsonNode root, String field, int max, boolean required, List<FieldError> errors) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String value = node.asString();
        if (value.isEmpty() || value.length() > max) {
            errors.add(new FieldError(field, "must have 1 to " + max + " characters"));
            return null;
        }
        return value;
    }
}
