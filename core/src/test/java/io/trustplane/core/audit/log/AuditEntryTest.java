package io.trustplane.core.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
    private static final AuditEntry ENTRY = new AuditEntry(0, Instant.parse("2026-11-23T10:15:30.000120Z"), "admin",
            "0196f1d2-7c1e-7a00-8000-000000000001", "api_key.created", "api_key:tpk_3f9a1c2b",
            "{ \"prefix\": \"tpk_3f9a1c2b\", \"name\": \"ci key\", \"n\": 3.0, \"\u00fc\": \"\u00e9\\n\" }", AuditEntry.GENESIS_PREV);

    /** Expected values from Python: json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False), SHA-256(0x00 || bytes). */
    @Test
    void leafIsTheCanonicalJsonOfAllFieldsAndHashesAsAnRfc6962Leaf() {
        assertThat(new String(ENTRY.leafBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"action\":\"api_key.created\",\"actor\":\"admin\",\"body\":{\"n\":3,\"name\":\"ci key\",\"prefix\":\"tpk_3f9a1c2b\","
                        + "\"\u00fc\":\"\u00e9\\n\"},\"prev\":\"" + "0".repeat(64) + "\",\"project\":\"0196f1d2-7c1e-7a00-8000-000000000001\","
                        + "\"seq\":0,\"target\":\"api_key:tpk_3f9a1c2b\",\"time\":\"2026-11-23T10:15:30.000120Z\"}");
        assertThat(ENTRY.leafHashHex()).isEqualTo("f4ef7375ef4bc0690123480cd8bd1912cb8bac56becddd06712b092827ddc932");
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        String h = ENTRY.leafHashHex();
        assertThat(new AuditEntry(1, ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(), ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time().plusNanos(1000), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(), ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), "tpk_00000000", ENTRY.project(), ENTRY.action(), ENTRY.target(), ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), null, ENTRY.action(), ENTRY.target(), ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), ENTRY.project(), "api_key.revoked", ENTRY.target(), ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), "api_key:x", ENTRY.body(), ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(), "{}", ENTRY.prev()).leafHashHex()).isNotEqualTo(h);
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(), ENTRY.body(), "1".repeat(64)).leafHashHex()).isNotEqualTo(h);
    }

    @Test
    void formattingOfTheBodyDoesNotChangeTheHash() {
        String canonical = AuditEntry.canonicalBody(ENTRY.body());
        assertThat(canonical).isEqualTo("{\"n\":3,\"name\":\"ci key\",\"prefix\":\"tpk_3f9a1c2b\",\"\u00fc\":\"\u00e9\\n\"}");
        assertThat(new AuditEntry(0, ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(), canonical, ENTRY.prev()).leafHashHex())
                .isEqualTo(ENTRY.leafHashHex());
    }

    @Test
    void aBodyMustBeAJsonObject() {
        assertThatThrownBy(() -> new AuditEntry(0, ENTRY.time(), "a", null, "x", "y", "[1]", AuditEntry.GENESIS_PREV).leafBytes())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(0, ENTRY.time(), "a", null, "x", "y", "{\"a\":", AuditEntry.GENESIS_PREV).leafBytes())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDirectLeafOfACanonicalBodyIsTheCanonicalJson() {
        AuditEntry canonical = new AuditEntry(ENTRY.seq(), ENTRY.time(), ENTRY.actor(), ENTRY.project(), ENTRY.action(), ENTRY.target(),
                AuditEntry.canonicalBody(ENTRY.body()), ENTRY.prev());
        assertThat(canonical.leafBytesOfCanonicalBody()).isEqualTo(ENTRY.leafBytes());
        assertThat(HexFormat.of().formatHex(canonical.leafHashOfCanonicalBody())).isEqualTo("f4ef7375ef4bc0690123480cd8bd1912cb8bac56becddd06712b092827ddc932");
    }

    /** The audit log writes leaves with the direct form and verifiers recompute them with the canonicaliser: they must never differ. */
    @Test
    void theDirectLeafEqualsTheCanonicaliserOnRandomEntries() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int i = 0; i < 5_000; i++) {
            String body = AuditEntry.canonicalBody(randomObject(random, 0));
            long seq = switch (random.nextInt(4)) {
                case 0 -> random.nextLong(1_000_000);
                case 1 -> (1L << 53) - random.nextLong(3);
                case 2 -> (1L << 53) + random.nextLong(1, 1_000);  // beyond exact doubles: falls back
                default -> random.nextLong(Long.MAX_VALUE);
            };
            AuditEntry e = new AuditEntry(seq, Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextLong(1_000_000_000)),
                    randomString(random), random.nextBoolean() ? null : randomString(random), randomString(random), randomString(random),
                    body, random.nextBoolean() ? AuditEntry.GENESIS_PREV : randomString(random));
            byte[] expected = e.leafBytes();
            if (!Arrays.equals(e.leafBytesOfCanonicalBody(), expected)) {
                assertThat(new String(e.leafBytesOfCanonicalBody(), StandardCharsets.UTF_8)).as("entry %d", i)
                        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            }
            assertThat(e.leafHashOfCanonicalBody()).isEqualTo(e.leafHash());
        }
    }

    @Test
    void aBodyThatIsNotCanonicalFallsBackToTheCanonicaliser() {
        AuditEntry spaced = new AuditEntry(0, ENTRY.time(), "a", null, "x", "y", " {\"b\": 1, \"a\": 2} ", AuditEntry.GENESIS_PREV);
        assertThat(spaced.leafBytesOfCanonicalBody()).isEqualTo(spaced.leafBytes());
        assertThatThrownBy(() -> new AuditEntry(0, ENTRY.time(), "a", null, "x", "y", "[1]", AuditEntry.GENESIS_PREV).leafBytesOfCanonicalBody())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String[] ALPHABET = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f",
            "\u007f", "\u00e9", "\u2028", "\u2029", "\ud83d\ude00", "\ud800", "\udc00", "\ufeff", "\uffff", "{", "}", ":", ",", "-", "."};

    private static String randomString(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        return s.toString();
    }

    /** A JSON object text with random keys, strings, numbers (integers, fractions, exponents), literals and nesting. */
    private static String randomObject(SplittableRandom random, int depth) {
        StringBuilder s = new StringBuilder("{");
        int n = random.nextInt(depth > 2 ? 2 : 5);
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(random.nextBoolean() ? ", " : ",");
            s.append(jsonString(randomString(random) + i)).append(':').append(randomValue(random, depth + 1));
        }
        return s.append('}').toString();
    }

    private static String randomValue(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> jsonString(randomString(random));
            case 1 -> Long.toString(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L));
            case 2 -> Double.toString(random.nextDouble(-1e6, 1e6));
            case 3 -> random.nextInt(10) + "." + random.nextInt(1000) + "e" + (random.nextInt(600) - 300);
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> "null";
            case 6 -> randomObject(random, depth);
            default -> "[" + randomValue(random, depth + 1) + (random.nextBoolean() ? "" : "," + randomValue(random, depth + 1)) + "]";
        };
    }

    private static String jsonString(String s) {
        return AuditEntry.quote(s);
    }
}
