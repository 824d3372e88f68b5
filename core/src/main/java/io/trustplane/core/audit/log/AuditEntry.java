package io.trustplane.core.audit.log;

import io.trustplane.core.audit.merkle.MerkleHashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * One entry of the audit log. Its Merkle leaf is the RFC 8785 (JCS) canonical JSON of
 * <pre>{"action","actor","body","prev","project","seq","target","time"}</pre>
 * with {@code time} as RFC 3339 UTC with exactly six fractional digits, {@code project} a string or null,
 * {@code body} the entry's JSON object and {@code prev} the lowercase hex leaf hash of entry {@code seq - 1}
 * ({@link #GENESIS_PREV} for entry 0). Every field is therefore covered by the leaf hash, and the leaf
 * hash of each entry by the next one.
 *
 * @param seq     position in the log, from 0; also the Merkle leaf index
 * @param time    when the log appended it (microsecond precision)
 * @param actor   who did it: a key prefix, {@code admin}, or {@code system}
 * @param project the project it concerns, or null for organization- or system-wide changes
 * @param action  what happened, e.g. {@code api_key.created}
 * @param target  what it happened to, e.g. {@code api_key:tpk_3f9a1c2b}
 * @param body    the details as a JSON object (any formatting; hashed canonically)
 * @param prev    lowercase hex of the previous entry's leaf hash
 */
public record AuditEntry(long seq, Instant time, String actor, String project, String action, String target,
                         String body, String prev) {
    public static final String GENESIS_PREV = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();
    /** Integers up to 2^53 are exact doubles, so JCS (which writes numbers as ECMAScript doubles) prints them as they are. */
    private static final long MAX_EXACT_SEQ = 1L << 53;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    public AuditEntry {
        if (seq < 0) throw new IllegalArgumentException("seq must not be negative: " + seq);
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(prev, "prev");
        time = time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The entry's time as it is hashed: RFC 3339, UTC, six fractional digits. */
    public String timeText() {
        return TIME.format(time);
    }

    /** The canonical JSON of the entry: the bytes of its Merkle leaf. Fails if {@code body} is not a JSON object. */
    public byte[] leafBytes() {
        String trimmed = body.strip();
        if (!trimmed.startsWith("{")) {
            throw new IllegalArgumentException("an audit entry's body must be a JSON object");
        }
        StringBuilder json = new StringBuilder(128 + body.length());
        json.append("{\"action\":").append(quote(action))
                .append(",\"actor\":").append(quote(actor))
                .append(",\"body\":").append(trimmed)
                .append(",\"prev\":").append(quote(prev))
                .append(",\"project\":").append(project == null ? "null" : quote(project))
                .append(",\"seq\":").append(seq)
                .append(",\"target\":").append(quote(target))
                .append(",\"time\":").append(quote(timeText()))
                .append('}');
        try {
            return new JsonCanonicalizer(json.toString()).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the audit entry's body is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #leafBytes()} for an entry whose body is already canonical, that is the output of {@link #canonicalBody}
     * (as the server's audit log stores it): the same bytes, written directly instead of parsing and re-serialising
     * the whole entry. The eight keys are written in JCS order, the strings escaped as JCS escapes them, and the
     * canonical body is copied as it is (canonicalisation is idempotent). Falls back to {@link #leafBytes()} when
     * the body does not look canonical or {@code seq} exceeds 2<sup>53</sup>.
     */
    public byte[] leafBytesOfCanonicalBody() {
        if (seq > MAX_EXACT_SEQ || !body.startsWith("{") || !body.endsWith("}")) {
            return leafBytes();
        }
        StringBuilder json = new StringBuilder(128 + action.length() + actor.length() + body.length() + prev.length()
                + (project == null ? 4 : project.length()) + target.length());
        jcsString(json.append("{\"action\":"), action);
        jcsString(json.append(",\"actor\":"), actor);
        json.append(",\"body\":").append(body);
        jcsString(json.append(",\"prev\":"), prev);
        json.append(",\"project\":");
        if (project == null) json.append("null"); else jcsString(json, project);
        json.append(",\"seq\":").append(seq);
        jcsString(json.append(",\"target\":"), target);
        jcsString(json.append(",\"time\":"), timeText());
        byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        assert Arrays.equals(bytes, leafBytes()) : "the direct leaf of entry " + seq + " differs from its canonical JSON; is its body canonical?";
        return bytes;
    }

    /** The RFC 6962 leaf hash of {@link #leafBytesOfCanonicalBody()}; equal to {@link #leafHash()} for a canonical body. */
    public byte[] leafHashOfCanonicalBody() {
        return MerkleHashes.leaf(leafBytesOfCanonicalBody());
    }

    /** The RFC 6962 leaf hash of {@link #leafBytes()}. */
    public byte[] leafHash() {
        return MerkleHashes.leaf(leafBytes());
    }

    public String leafHashHex() {
        return HEX.formatHex(leafHash());
    }

    /** A body in canonical form (sorted keys, no spaces), as the store keeps it. */
    public static String canonicalBody(String json) {
        try {
            String canonical = new JsonCanonicalizer(json).getEncodedString();
            if (!canonical.startsWith("{")) throw new IllegalArgumentException("an audit entry's body must be a JSON object");
            return canonical;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON string literal; the canonicalizer re-encodes it, so only validity matters here. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A JSON string as RFC 8785 (and the canonicaliser used by {@link #leafBytes()}) serialises it: the seven
     * two-character escapes, a six-character escape with lowercase hex for the other control characters, and
     * every other character as it is.
     */
    private static void jcsString(StringBuilder out, String s) {
        out.append('"');
        int plain = 0; // the common case: nothing to escape, copied at once
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') plain++;
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append("\\u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xf]);
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
