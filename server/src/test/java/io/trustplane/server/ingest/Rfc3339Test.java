package io.trustplane.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

    private static String reference(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toString();
        } catch (DateTimeException e) {
            return "invalid";
        }
    }

    private static String fast(String text) {
        try {
            return Rfc3339.parse(text).toString();
        } catch (DateTimeException e) {
            return "invalid";
        }
    }

    @Test
    void agreesWithTheJdkFormatterOnTypicalAndEdgeInputs() {
        List<String> inputs = List.of("2026-11-22T10:00:00Z", "2026-11-22T10:00:00.1Z", "2026-11-22t10:00:00.123456789z",
                "2026-11-22T10:00:00.1234567891Z", "2026-11-22T10:00:00+05:30", "2026-11-22T10:00:00.5-08:00",
                "2024-02-29T00:00:00Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-22T24:00:00Z",
                "2026-11-22T23:59:60Z", "2026-11-22T10:00:00", "2026-11-22 10:00:00Z", "2026-11-22T10:00:00.Z",
                "2026-11-22T10:00Z", "2026-11-22T10:00:00+18:00", "2026-11-22T10:00:00+19:00", "+2026-11-22T10:00:00Z",
                "2026-11-22T10:00:00+0530", "2026-11-22T10:00:00+05:30:15", "0001-01-01T00:00:00Z", "garbage", "");
        for (String input : inputs) {
            assertThat(fast(input)).as(input).isEqualTo(reference(input));
        }
    }

    @Test
    void agreesWithTheJdkFormatterOnRandomisedInputs() {
        Random random = new Random(7);
        String alphabet = "0123456789-:T.Z+ z";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder(Instant.ofEpochSecond(random.nextLong(4_000_000_000L), random.nextInt(1_000_000_000)).toString());
            int mutations = random.nextInt(3);
            for (int m = 0; m < mutations && !s.isEmpty(); m++) {
                s.setCharAt(random.nextInt(s.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(fast(s.toString())).as(s.toString()).isEqualTo(reference(s.toString()));
        }
    }
}
