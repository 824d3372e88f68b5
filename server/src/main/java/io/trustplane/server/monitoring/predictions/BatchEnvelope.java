package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.monitoring.FieldChecks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch body {@code {"<items>": [...]}} in one streaming pass: the envelope token by token, each item as a small
 * JSON tree handed to an {@link ItemReader}, so a body of thousands of items never becomes one large tree, and every
 * problem of every item is collected (with its path) before anything is accepted.
 */
final class BatchEnvelope {
    private BatchEnvelope() {
    }

    /** Validates one item; returns null when it had problems (recorded in {@code checks}). */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode item, String path, FieldChecks checks);
    }

    static <T> List<T> read(JsonMapper json, byte[] body, String field, int maxItems, FieldChecks checks, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        boolean sawItems = false;
        // each item is read as a value in the middle of the body: what follows it is the rest of the array, not trailing garbage
        ObjectReader itemReader = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                checks.error("$", "must be a JSON object like {\"" + field + "\": [...]}");
                return items;
            }
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken value = p.nextToken();
                if (!field.equals(name)) {
                    checks.error(name, "is not a field of the batch; send {\"" + field + "\": [...]}");
                    p.skipChildren();
                    continue;
                }
                sawItems = true;
                if (value != JsonToken.START_ARRAY) {
                    checks.error(field, "must be an array");
                    p.skipChildren();
                    continue;
                }
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (index >= maxItems) {
                        checks.error(field, "must hold at most " + maxItems + " items per request; split the batch");
                        p.skipChildren();
                        while (p.nextToken() != JsonToken.END_ARRAY) p.skipChildren();
                        break;
                    }
                    JsonNode item = itemReader.readValue(p);
                    String path = field + "[" + index + "]";
                    if (!item.isObject()) {
                        checks.error(path, "must be a JSON object");
                    } else if (checks.count() < FieldChecks.MAX_ERRORS) {
                        T parsed = reader.read(item, path, checks);
                        if (parsed != null) items.add(parsed);
                    }
                    index++;
                }
            }
            if (p.nextToken() != null) checks.error("$", "unexpected content after the JSON object");
        } catch (JacksonException e) {
            checks.error("$", "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage());
            return items;
        }
        if (!sawItems) checks.error(field, "is required");
        else if (!checks.hasErrors() && items.isEmpty()) checks.error(field, "must hold at least one item");
        return items;
    }

    /** An optional RFC 3339 date-time with offset; {@code fallback} when absent. */
    static Instant time(JsonNode node, String path, Instant fallback, FieldChecks checks) {
        if (node == null || node.isNull()) return fallback;
        String text = node.isString() ? node.stringValue() : null;
        if (text != null && text.length() <= 64) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                // reported below
            }
        }
        checks.error(path, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T10:00:00.123Z");
        return null;
    }
}
