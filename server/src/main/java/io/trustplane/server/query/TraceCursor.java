package io.trustplane.server.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last trace of a page: its start time and id (the sort key, newest first).
 * Opaque to clients: base64url of {@code v1|<epoch micros>|<trace id>}.
 */
record TraceCursor(long startMicros, String traceId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1|" + startMicros + "|" + traceId).getBytes(StandardCharsets.UTF_8));
    }

    static TraceCursor of(Instant start, String traceId) {
        return new TraceCursor(start.getEpochSecond() * 1_000_000L + start.getNano() / 1_000, traceId);
    }

    /** Returns null when the text is not a cursor this server issued. */
    static TraceCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals("v1")) return null;
            return new TraceCursor(Long.parseLong(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
