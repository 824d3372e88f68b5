package io.trustplane.core.guard.pii;

import io.trustplane.core.guard.Finding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces findings in texts, for one request. Pseudonyms are consistent within the session: the same value
 * of the same type gets the same placeholder in every text redacted through it, so a conversation stays
 * readable ("[PERSON_1] wrote to [PERSON_2]") without revealing anyone.
 *
 * <ul>
 *   <li>{@link RedactionMode#MASK}: every character of the value becomes {@code *} (length kept).
 *   <li>{@link RedactionMode#TYPE_TAG}: {@code [EMAIL_ADDRESS]}.
 *   <li>{@link RedactionMode#PSEUDONYM}: {@code [EMAIL_ADDRESS_1]}, {@code [EMAIL_ADDRESS_2]}, ...; the mapping
 *       back is {@link #pseudonyms()}, for a caller that must restore values in a model's answer.
 *   <li>{@link RedactionMode#HASH}: {@code [EMAIL_ADDRESS:3f9a1c2b]}, the first 8 hex digits of
 *       HMAC-SHA256(key, type:value). Keyed, so a dictionary of likely values cannot be hashed offline to
 *       reverse it, and stable across requests, so the same value can be joined in analytics.
 * </ul>
 *
 * <p>Overlapping findings are merged (the earliest-starting type names the merged span). Not thread-safe:
 * one session per request.
 */
public final class RedactionSession {
    private final RedactionMode mode;
    private final byte[] key;
    private final Map<String, String> placeholderByValue = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, String> pseudonyms = new LinkedHashMap<>();

    /**
     * @param hmacKey the key for {@link RedactionMode#HASH}: at least 32 bytes; ignored by the other modes
     *     (may be null for them)
     */
    public RedactionSession(RedactionMode mode, byte[] hmacKey) {
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
        if (mode == RedactionMode.HASH && (hmacKey == null || hmacKey.length < 32)) {
            throw new IllegalArgumentException("HASH redaction needs a key of at least 32 bytes");
        }
        this.key = hmacKey == null ? null : hmacKey.clone();
    }

    public RedactionMode mode() {
        return mode;
    }

    /** The text with every finding's span replaced; findings may be unsorted and overlapping. */
    public String redact(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>();
        for (Finding f : findings) {
            if (f.end() <= text.length() && f.length() > 0) {
                sorted.add(f);
            }
        }
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        int i = 0;
        while (i < sorted.size()) {
            Finding first = sorted.get(i);
            int start = Math.max(first.start(), position);
            int end = first.end();
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                i++;
            }
            if (end <= start) {
                continue;
            }
            out.append(text, position, start);
            out.append(replacement(first.type(), text.substring(start, end)));
            position = end;
        }
        out.append(text, position, text.length());
        return out.toString();
    }

    /** Placeholder to original value, in order of first appearance ({@link RedactionMode#PSEUDONYM} only). */
    public Map<String, String> pseudonyms() {
        return java.util.Collections.unmodifiableMap(pseudonyms);
    }

    /**
     * What this session puts in place of one value of a type (the same placeholder {@link #redact} would write),
     * for a caller that rewrites text piecewise, such as a stream whose text arrives in chunks.
     */
    public String replacement(String type, String value) {
        return switch (mode) {
            case MASK -> "*".repeat(value.length());
            case TYPE_TAG -> "[" + type + "]";
            case PSEUDONYM -> placeholderByValue.computeIfAbsent(type + '\u0000' + value, k -> {
                String placeholder = "[" + type + "_" + counters.merge(type, 1, Integer::sum) + "]";
                pseudonyms.put(placeholder, value);
                return placeholder;
            });
            case HASH -> "[" + type + ":" + hmac(type + ":" + value).substring(0, 8) + "]";
        };
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "RedactionSession[" + mode + ", " + pseudonyms.size() + " pseudonyms]";
    }

}
