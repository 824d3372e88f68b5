package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
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

/**
 * The JSON shapes of docs/AUDIT.md that the export files and the API share: an entry, a stored checkpoint,
 * a list of hex hashes. Every reader throws {@link IllegalArgumentException} naming the field at fault; the
 * sources add the file and line, or the URL.
 */
final class AuditJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private AuditJson() {
    }

    /** An entry as stored, with the leaf hash recorded beside it (null if the source has none). */
    record RecordedEntry(AuditEntry entry, byte[] leafHash) {
    }

    /** A checkpoint as stored: the size and root recorded beside the signed note (root null if not recorded). */
    record StoredCheckpoint(long size, byte[] root, String note) {
    }

    /**
     * Reads the entry object whose START_OBJECT the parser is at. {@code text} is the whole string the parser
     * reads: the body is cut out of it as it stands, so that exactly what is stored gets hashed (the verifier
     * canonicalizes it), never a re-serialization by this reader.
     */
    static RecordedEntry entry(JsonParser p, String text) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("an entry is a JSON object, not " + p.currentToken());
        }
        Long seq = null;
        String time = null, actor = null, project = null, action = null, target = null, body = null, prev = null, leafHash = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "seq" -> seq = integer(p, name);
                case "time" -> time = string(p, name);
                case "actor" -> actor = string(p, name);
                // absent and null alike: a writer that omits nulls changes nothing that is hashed
                case "project" -> project = p.currentToken() == JsonToken.VALUE_NULL ? null : string(p, name);
                case "action" -> action = string(p, name);
                case "target" -> target = string(p, name);
                case "body" -> body = raw(p, text);
                case "prev" -> prev = string(p, name);
                case "leafHash" -> leafHash = p.currentToken() == JsonToken.VALUE_NULL ? null : string(p, name);
                default -> p.skipChildren(); // fields that are not hashed, e.g. added by a later version
            }
        }
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
    }

    /** A line of checkpoints.jsonl, or an element of the API's checkpoint list: {@code {"size", "rootHash", "note"}}. */
    static StoredCheckpoint checkpoint(JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException("a checkpoint is a JSON object");
        JsonNode size = node.path("size");
        if (!size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw new IllegalArgumentException("the checkpoint has no size (a non-negative integer)");
        }
        JsonNode note = node.path("note");
        if (!note.isString()) {
            throw new IllegalArgumentException("the checkpoint of size " + size.longValue() + " has no note (a string)");
        }
        JsonNode root = node.path("rootHash");
        byte[] rootHash = root.isMissingNode() || root.isNull() ? null
                : hex(root.isString() ? root.stringValue() : root.toString(), "rootHash of the checkpoint of size " + size.longValue());
        return new StoredCheckpoint(size.longValue(), rootHash, note.stringValue());
    }

    /** An array of hex hashes, e.g. a consistency proof. */
    static List<byte[]> hashes(JsonNode array, String what) {
        if (!array.isArray()) throw new IllegalArgumentException(what + " is not a JSON array");
        List<byte[]> hashes = new ArrayList<>(array.size());
        for (JsonNode h : array) {
            if (!h.isString()) throw new IllegalArgumentException(what + " holds something other than hex strings");
            hashes.add(hex(h.stringValue(), what));
        }
        return hashes;
    }

    static byte[] hex(String text, String what) {
        try {
            return HEX.parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not hex: " + text, e);
        }
    }

    /** A Jackson error without the source excerpt Jackson appends (the caller names the file and line). */
    static String message(JacksonException e) {
        String m = e.getOriginalMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static long integer(JsonParser p, String name) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw new IllegalArgumentException(name + " is not an integer");
        return p.getLongValue();
    }

    private static String string(JsonParser p, String name) {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new IllegalArgumentException(name + " is not a string");
        return p.getString();
    }

    /** The value as it stands in {@code text}; a body that is not an object is passed on for the verifier to report. */
    private static String raw(JsonParser p, String text) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return String.valueOf((Object) p.readValueAsTree());
        }
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        return text.substring(start, (int) p.currentTokenLocation().getCharOffset() + 1);
    }
}
