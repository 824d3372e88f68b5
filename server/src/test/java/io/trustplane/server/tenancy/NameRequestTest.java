package io.trustplane.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.server.web.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NameRequestTest {

    @Test
    void trimsOrdinaryAndUnicodeSpaces() {
        assertThat(new NameRequest("  acme\t").validName()).isEqualTo("acme");
        assertThat(new NameRequest("\u00a0\u3000Acme Corp\u202f").validName()).isEqualTo("Acme Corp");
    }

    @Test
    void acceptsPrintableTextInAnyScript() {
        assertThat(new NameRequest("Équipe 東京 – bots (prod) 🤖").validName()).isEqualTo("Équipe 東京 – bots (prod) 🤖");
        assertThat(new NameRequest("family 👩\u200d👩\u200d👧").validName()).isEqualTo("family 👩\u200d👩\u200d👧");
        assertThat(new NameRequest("x".repeat(100)).validName()).hasSize(100);
        assertThat(new NameRequest("🤖".repeat(100)).validName()).as("100 characters, 200 UTF-16 units").hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0", "\u00a0\u2003\u3000"})
    void blankNamesAreRequired(String name) {
        assertRejected(name, "is required");
    }

    @Test
    void aMissingNameIsRequired() {
        assertRejected(null, "is required");
    }

    @Test
    void longNamesAreRejected() {
        assertRejected("x".repeat(101), "must be at most 100 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "tab\tinside", "line\nbreak", "zero\u200bwidth", "bidi\u202eflip", "line\u2028sep",
            "lone\ud800surrogate", "private\ue000use"})
    void invisibleAndControlCharactersAreRejected(String name) {
        assertRejected(name, "must contain only printable characters");
    }

    private static void assertRejected(String name, String message) {
        assertThatThrownBy(() -> new NameRequest(name).validName())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("name");
                        assertThat(error.message()).isEqualTo(message);
                    });
                });
    }
}
