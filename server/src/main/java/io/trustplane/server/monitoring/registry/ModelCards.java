package io.trustplane.server.monitoring.registry;

import io.trustplane.server.monitoring.FieldChecks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model card: documentation that travels with the model.
 *
 * <pre>
 * {"intendedUse": "...", "trainingData": "...", "limitations": "...", "owners": ["team-risk@example.com"],
 *  "riskLevel": "minimal | limited | high | unacceptable", ...any other fields, kept as sent}
 * </pre>
 *
 * The risk levels are the EU AI Act's categories. {@code unacceptable} marks a prohibited practice: such a model's
 * versions cannot be put in front of traffic (canary or production). Updates merge at the top level (RFC 7396 style):
 * a field sent replaces the stored one, a field sent as null removes it, fields not sent stay.
 */
public final class ModelCards {
    public static final List<String> RISK_LEVELS = List.of("minimal", "limited", "high", "unacceptable");
    static final int MAX_TEXT = 20_000;
    static final int MAX_OWNERS = 50;
    static final int MAX_CARD_BYTES = 64 * 1024;
    private static final Set<String> TEXT_FIELDS = Set.of("intendedUse", "trainingData", "limitations");

    private ModelCards() {
    }

    /** Checks the fields the card defines (the others are free-form); reports problems under {@code path}. */
    static void check(JsonNode card, String path, FieldChecks checks) {
        for (var property : card.properties()) {
            String field = property.getKey();
            JsonNode value = property.getValue();
            if (value.isNull()) continue; // removes the field in an update; absent in a new card
            String at = FieldChecks.path(path, field);
            if (TEXT_FIELDS.contains(field)) {
                checks.text(value, at, MAX_TEXT, false);
            } else if (field.equals("riskLevel")) {
                if (!value.isString() || !RISK_LEVELS.contains(value.stringValue())) {
                    checks.error(at, "must be one of " + RISK_LEVELS + " (the EU AI Act's risk categories)");
                }
            } else if (field.equals("owners")) {
                owners(value, at, checks);
            }
        }
    }

    private static void owners(JsonNode value, String path, FieldChecks checks) {
        if (!value.isArray()) {
            checks.error(path, "must be an array of strings (people or teams who answer for the model)");
            return;
        }
        if (value.size() > MAX_OWNERS) checks.error(path, "must list at most " + MAX_OWNERS + " owners");
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String owner = checks.text(value.get(i), path + "[" + i + "]", 256, true);
            if (owner != null && !seen.add(owner)) checks.error(path + "[" + i + "]", "repeats an owner listed before");
        }
    }

    /** The card {@code patch} makes of {@code stored}: fields replaced, null fields removed, the rest kept. */
    static ObjectNode merge(JsonNode stored, JsonNode patch, JsonMapper json) {
        ObjectNode merged = stored == null ? json.createObjectNode() : (ObjectNode) stored.deepCopy();
        for (var property : patch.properties()) {
            if (property.getValue().isNull()) merged.remove(property.getKey());
            else merged.set(property.getKey(), property.getValue());
        }
        return merged;
    }

    /** Reports a card that serializes to more than the size limit. */
    static void checkSize(JsonNode card, String path, FieldChecks checks, JsonMapper json) {
        int bytes = json.writeValueAsBytes(card).length;
        if (bytes > MAX_CARD_BYTES) checks.error(path, "must be at most " + MAX_CARD_BYTES + " bytes as JSON, not " + bytes);
    }

    /** The card's risk level, or null when it names none. */
    static String riskLevel(JsonNode card) {
        JsonNode level = card == null ? null : card.get("riskLevel");
        return level != null && level.isString() ? level.stringValue() : null;
    }
}
