package io.trustplane.core.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.guard.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PseudonymRestorerTest {

    @Test
    void restoresWhatAPseudonymSessionReplaced() {
        RedactionSession session = new RedactionSession(RedactionMode.PSEUDONYM, null);
        String prompt = "Write to jane@example.com and bob@example.com";
        String redacted = session.redact(prompt, List.of(
                new Finding("pii", "EMAIL_ADDRESS", 9, 25, 0.9, "e-mail"),
                new Finding("pii", "EMAIL_ADDRESS", 30, 45, 0.9, "e-mail")));
        assertThat(redacted).isEqualTo("Write to [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2]");

        String answer = "Sent to [EMAIL_ADDRESS_2] first, then [EMAIL_ADDRESS_1] and [EMAIL_ADDRESS_2] again.";
        assertThat(PseudonymRestorer.restore(answer, session.pseudonyms()))
                .isEqualTo("Sent to bob@example.com first, then jane@example.com and bob@example.com again.");
    }

    @Test
    void leavesUnknownAndMalformedBracketsAlone() {
        Map<String, String> map = Map.of("[PERSON_1]", "Ada");
        assertThat(PseudonymRestorer.restore("[PERSON_2] [x [PERSON_1]] [PERSON_1", map)).isEqualTo("[PERSON_2] [x Ada] [PERSON_1");
        String none = "no placeholders here";
        assertThat(PseudonymRestorer.restore(none, map)).isSameAs(none);
    }

    @Test
    void replacementMatchesWhatRedactWrites() {
        RedactionSession session = new RedactionSession(RedactionMode.PSEUDONYM, null);
        assertThat(session.replacement("PERSON", "Ada")).isEqualTo("[PERSON_1]");
        assertThat(session.redact("Ada", List.of(new Finding("pii", "PERSON", 0, 3, 0.9, "name")))).isEqualTo("[PERSON_1]");
        assertThat(session.replacement("PERSON", "Bob")).isEqualTo("[PERSON_2]");
    }
}
