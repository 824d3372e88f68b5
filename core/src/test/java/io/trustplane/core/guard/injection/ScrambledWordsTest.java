package io.trustplane.core.guard.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustplane.core.guard.DatasetFiles;
import io.trustplane.core.guard.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScrambledWordsTest {
    private static final ScrambledWords RULE_WORDS = LexicalScanner.SCRAMBLED;

    @Test
    void wordsWithTheirInnerLettersShuffledAreReadAsTheRuleWords() {
        assertThat(RULE_WORDS.unscramble("ignroe")).isEqualTo("ignore");
        assertThat(RULE_WORDS.unscramble("prevoius")).isEqualTo("previous");
        assertThat(RULE_WORDS.unscramble("insturctions")).isEqualTo("instructions");
        assertThat(RULE_WORDS.unscramble("bpyass")).isEqualTo("bypass");
        assertThat(RULE_WORDS.unscramble("revael")).isEqualTo("reveal");
        assertThat(RULE_WORDS.unscramble("pormpt")).isEqualTo("prompt");
    }

    @Test
    void otherWordsAreLeftAlone() {
        assertThat(RULE_WORDS.unscramble("ignore")).as("the word itself").isNull();
        assertThat(RULE_WORDS.unscramble("rlues")).as("five letters are enough").isEqualTo("rules");
        assertThat(RULE_WORDS.unscramble("yuor")).as("four are not: too many real words").isNull();
        assertThat(RULE_WORDS.unscramble("gnoire")).as("first letter moved").isNull();
        assertThat(RULE_WORDS.unscramble("ignora")).as("another letter").isNull();
        assertThat(RULE_WORDS.unscramble("cloud")).as("a real word scrambling 'could'").isNull();
        assertThat(RULE_WORDS.unscramble("reserve")).as("a real word scrambling 'reverse'").isNull();
        assertThat(RULE_WORDS.unscramble("ign0re")).isNull();
        assertThat(RULE_WORDS.unscramble("")).isNull();
    }

    @Test
    void twoRuleWordsThatScrambleEachOtherAreBothLeftOut() {
        ScrambledWords words = ScrambledWords.of(List.of("filters", "filtres", "ignore"));
        assertThat(words.unscramble("fitlers")).isNull();
        assertThat(words.unscramble("ignroe")).isEqualTo("ignore");
    }

    /**
     * Every word of the labelled data and the repository text (31,000 different words, in six languages): only typos of
     * rule words are read as them. A word here that is not a typo is a real word to add to
     * {@link ScrambledWords#REAL_WORDS}.
     */
    @Test
    void inTheDataOnlyTyposAreUnscrambled() throws IOException {
        Set<String> unscrambled = new TreeSet<>();
        int files = 0;
        for (String name : new String[] {"prompts_train_dev.jsonl", "pii_train_dev.jsonl", "secrets_train_dev.jsonl"}) {
            Path path = DatasetFiles.find(name);
            if (Files.isReadable(path)) {
                files++;
                unscrambled.addAll(unscrambledIn(path));
            }
        }
        assumeTrue(files == 3, "datasets not present");
        Path resources = Path.of("src/test/resources/io/trustplane/core/guard/injection");
        unscrambled.addAll(unscrambledIn(resources.resolve("benign_prompt_text.jsonl")));
        unscrambled.addAll(unscrambledIn(resources.resolve("benign_repo_text.jsonl")));
        assertThat(unscrambled).containsExactlyInAnyOrder("antyhing", "anwser", "asnwer", "awnser", "fullfil", "infromation",
                "propmted", "saftey");
    }

    /** Runs where a word list is installed ({@code apt-get install wamerican-large}): no English word is unscrambled. */
    @Test
    void noEnglishWordIsUnscrambled() throws IOException {
        Path dictionary = Path.of("/usr/share/dict/words");
        assumeTrue(Files.isReadable(dictionary), "no word list at " + dictionary);
        Set<String> unscrambled = new TreeSet<>();
        for (String word : Files.readAllLines(dictionary)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (RULE_WORDS.unscramble(w) != null) {
                unscrambled.add(w);
            }
        }
        assertThat(unscrambled).isEmpty();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static Set<String> unscrambledIn(Path jsonl) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(jsonl)) {
            Matcher w = WORD.matcher(TextNormalizer.normalize(JSON.readTree(line).get("text").asString()).text());
            while (w.find()) {
                if (RULE_WORDS.unscramble(w.group()) != null) {
                    out.add(w.group());
                }
            }
        }
        return out;
    }
}
