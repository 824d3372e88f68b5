package io.trustplane.server.monitoring.predictions;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last prediction of a page: its time and id (the sort key, newest first). Opaque to clients:
 * base64url of {@code p1|<epoch second>|<nano>|<prediction id>}.
 */
record PredictionCursor(Instant time, String id) {

    String encode() {
        String text = "p1|" + time.getEpochSecond() + "|" + time.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Null when the text is not a cursor this API issued. */
    static PredictionCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals("p1")) return null;
            return new PredictionCursor(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), parts[3]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }
}
