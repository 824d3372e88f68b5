package io.trustplane.core.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
}
