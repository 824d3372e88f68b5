package io.trustplane.core.guard.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** One pass of a {@link KeywordIndex} tells for each list exactly what {@link Keywords#anyIn} tells for it alone. */
class KeywordIndexProperties {

    @Property(tries = 500)
    void agreesWithOneIndexOfPerKeyword(@ForAll("keywordLists") List<List<String>> lists, @ForAll("texts") String text) {
        boolean[] present = new KeywordIndex(lists).present(text);
        assertThat(present).hasSize(lists.size());
        for (int i = 0; i < lists.size(); i++) {
            boolean expected = lists.get(i).isEmpty() || Keywords.anyIn(text, lists.get(i));
            assertThat(present[i]).as("list %d %s in '%s'", i, lists.get(i), text).isEqualTo(expected);
        }
    }

    @Example
    void overlappingKeywordsOneCharacterKeywordsAndTheEnds() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("sk-", "sk_"), List.of("sk-ant-"), List.of("$"), List.of(),
                List.of("password"), List.of("ab")));
        assertThat(index.present("sk-ant-api03")).containsExactly(true, true, false, true, false, false);
        assertThat(index.present("a $ at the end: ab")).containsExactly(false, false, true, true, false, true);
        assertThat(index.present("")).containsExactly(false, false, false, true, false, false);
        assertThat(index.present("passwor")).containsExactly(false, false, false, true, false, false);
        assertThatThrownBy(() -> new KeywordIndex(List.of(List.of("")))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Few letters, so keywords often overlap each other and occur in the texts; some hash to the same bucket. */
    @Provide
    Arbitrary<List<List<String>>> keywordLists() {
        Arbitrary<String> keyword = Arbitraries.strings().withChars("abc-_$é").ofMinLength(1).ofMaxLength(5);
        return keyword.list().ofMaxSize(4).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abc-_$é ").ofMaxLength(40);
    }
}
