package io.trustplane.core.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.guard.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionSessionTest {
    private static final String TEXT = "Mail bob@example.com or bob@example.com, card 4111111111111111.";
    private static final List<Finding> FINDINGS = List.of(
            new Finding("pii", "CREDIT_CARD", 46, 62, 0.95, "card"),
            new Finding("pii", "EMAIL_ADDRESS", 5, 20, 0.95, "e-mail"),
            new Finding("pii", "EMAIL_ADDRESS", 24, 39, 0.95, "e-mail"));
    private static final byte[] KEY = new byte[32];

    @Test
    void typeTags() {
        assertThat(new RedactionSession(RedactionMode.TYPE_TAG, null).redact(TEXT, FINDINGS))
                .isEqualTo("Mail [EMAIL_ADDRESS] or [EMAIL_ADDRESS], card [CREDIT_CARD].");
    }

    @Test
    void masksKeepTheLength() {
        assertThat(new RedactionSession(RedactionMode.MASK, null).redact(TEXT, FINDINGS))
                .isEqualTo("Mail *************** or ***************, card ****************.");
    }

    @Test
    void pseudonymsAreConsistentAcrossTextsOfTheSession() {
        RedactionSession session = new RedactionSession(RedactionMode.PSEUDONYM, null);
        assertThat(session.redact(TEXT, FINDINGS)).isEqualTo("Mail [EMAIL_ADDRESS_1] or [EMAIL_ADDRESS_1], card [CREDIT_CARD_1].");
        String other = "alice@example.org wrote to bob@example.com";
        assertThat(session.redact(other, List.of(new Finding("pii", "EMAIL_ADDRESS", 0, 17, 0.9, "e"),
                new Finding("pii", "EMAIL_ADDRESS", 27, 42, 0.9, "e")))).isEqualTo("[EMAIL_ADDRESS_2] wrote to [EMAIL_ADDRESS_1]");
        assertThat(session.pseudonyms()).containsExactly(Map.entry("[EMAIL_ADDRESS_1]", "bob@example.com"),
                Map.entry("[CREDIT_CARD_1]", "4111111111111111"), Map.entry("[EMAIL_ADDRESS_2]", "alice@example.org"));
    }

    @Test
    void hashesAreKeyedAndStable() {
        String a = new RedactionSession(RedactionMode.HASH, KEY).redact(TEXT, FINDINGS);
        String b = new RedactionSession(RedactionMode.HASH, KEY).redact(TEXT, FINDINGS);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String c = new RedactionSession(RedactionMode.HASH, otherKey).redact(TEXT, FINDINGS);
        assertThat(a).isEqualTo(b).isNotEqualTo(c).matches("Mail \\[EMAIL_ADDRESS:[0-9a-f]{8}] or \\[EMAIL_ADDRESS:[0-9a-f]{8}], card \\[CREDIT_CARD:[0-9a-f]{8}]\\.");
        assertThat(a).doesNotContain("bob");
        assertThatThrownBy(() -> new RedactionSession(RedactionMode.HASH, new byte[8])).hasMessageContaining("32 bytes");
    }

    @Test
    void overlappingFindingsAreMerged() {
        String text = "key sk-abc123 here";
        List<Finding> overlapping = List.of(new Finding("secrets", "OPENAI_API_KEY", 4, 13, 0.9, "k"),
                new Finding("custom", "CUSTOM_MATCH", 7, 10, 0.9, "c"));
        assertThat(new RedactionSession(RedactionMode.TYPE_TAG, null).redact(text, overlapping)).isEqualTo("key [OPENAI_API_KEY] here");
    }
}
