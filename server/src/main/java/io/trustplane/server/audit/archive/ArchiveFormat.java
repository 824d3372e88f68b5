package io.trustplane.server.audit.archive;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.server.audit.AuditController.EntryView;
import io.trustplane.server.audit.AuditRecord;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * The JSON of the archive's files (docs/AUDIT.md, "Export and archive format"): entries in the API's shape
 * ({@link EntryView}, with {@code leafHash}), checkpoint lines {@code {"size", "rootHash", "note"}}, and
 * {@code log.json} {@code {"origin", "keys"}}. Bodies are written exactly as stored and read back exactly as
 * written, so what the verifier hashes is the archived text, never a re-serialization of it.
 */
public final class ArchiveFormat {
    private static final HexFormat HEX = HexFormat.of();

    private final JsonMapper json;

    public ArchiveFormat(JsonMapper json) {
        this.json = json;
    }

    /** A checkpoint line. */
    public record CheckpointLine(long size, String rootHash, String note) {
    }

    /** The log's description. */
    public record LogDescription(String origin, List<String> keys) {
        public LogDescription {
            keys = List.copyOf(keys);
        }
    }

    /** An entry read back, with the leaf hash recorded beside it (null if the line has none). */
    public record RecordedEntry(AuditEntry entry, byte[] leafHash) {
    }

    // ---- writing

    /** One line of an entries file, without the newline. */
    public byte[] entryLine(AuditRecord record) {
        JsonNode body = json.getNodeFactory().rawValueNode(new RawValue(record.entry().body()));
        return json.writeValueAsBytes(EntryView.of(record, body));
    }

    public byte[] checkpointLine(CheckpointLine checkpoint) {
        return json.writeValueAsBytes(checkpoint);
    }

    public byte[] log(LogDescription description) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(description);
    }

    // ---- reading; each throws IllegalArgumentException naming the field at fault

    public RecordedEntry entry(String line) {
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("an entry is a JSON object");
            Long seq = null;
            String time = null, actor = null, project = null, action = null, target = null, body = null, prev = null, leafHash = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "seq" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) throw new IllegalArgumentException("seq is not an integer");
                        seq = p.getLongValue();
                    }
                    case "time" -> time = string(p, field);
                    case "actor" -> actor = string(p, field);
                    case "project" -> project = value == JsonToken.VALUE_NULL ? null : string(p, field);
                    case "action" -> action = string(p, field);
                    case "target" -> target = string(p, field);
                    case "body" -> body = raw(p, line);
                    case "prev" -> prev = string(p, field);
                    case "leafHash" -> leafHash = value == JsonToken.VALUE_NULL ? null : string(p, field);
                    default -> p.skipChildren(); // not hashed
                }
            }
            if (p.nextToken() != null) throw new IllegalArgumentException("more than one JSON value on the line");
            if (seq == null) throw new IllegalArgumentException("the entry has no seq");
            String missing = time == null ? "time" : actor == null ? "actor" : action == null ? "action"
                    : target == null ? "target" : body == null ? "body" : prev == null ? "prev" : null;
            if (missing != null) throw new IllegalArgumentException("entry " + seq + " has no " + missing);
            Instant instant;
            try {
                instant = Instant.parse(time);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("entry " + seq + " has a time that is not RFC 3339: " + time, e);
            }
            return new RecordedEntry(new AuditEntry(seq, instant, actor, project, action, target, body, prev),
                    leafHash == null ? null : hex(leafHash, "leafHash of entry " + seq));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public CheckpointLine checkpoint(String line) {
        JsonNode node = tree(line);
        JsonNode size = node.path("size");
        if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw new IllegalArgumentException("the checkpoint has no size (a non-negative integer)");
        }
        JsonNode note = node.path("note");
        if (!note.isString()) throw new IllegalArgumentException("the checkpoint of size " + size.longValue() + " has no note");
        JsonNode root = node.path("rootHash");
        String rootHash = root.isString() ? root.stringValue() : null;
        if (rootHash != null) hex(rootHash, "rootHash of the checkpoint of size " + size.longValue());
        return new CheckpointLine(size.longValue(), rootHash, note.stringValue());
    }

    public LogDescription log(String text) {
        JsonNode node = tree(text);
        JsonNode keys = node.path("keys");
        JsonNode origin = node.path("origin");
        if (!node.isObject() || !keys.isArray() || !origin.isString()) {
            throw new IllegalArgumentException("expected {\"origin\": \"...\", \"keys\": [\"<vkey>\", ...]}");
        }
        List<String> vkeys = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!key.isString()) throw new IllegalArgumentException("keys must be verifier-key strings");
            vkeys.add(key.stringValue());
        }
        return new LogDescription(origin.stringValue(), vkeys);
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static byte[] hex(String text, String what) {
        try {
            return HEX.parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not hex: " + text, e);
        }
    }

    private static String string(JsonParser p, String field) {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new IllegalArgumentException(field + " is not a string");
        return p.getString();
    }

    /** The text of the value the parser is at, cut from the line as it stands. */
    private static String raw(JsonParser p, String line) {
        long start = p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        long end = p.currentLocation().getCharOffset();
        if (start < 0 || end < start || end > line.length()) throw new IllegalArgumentException("the body cannot be located on the line");
        return line.substring((int) start, (int) end);
    }
}
