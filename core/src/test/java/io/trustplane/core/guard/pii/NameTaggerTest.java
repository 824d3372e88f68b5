package io.trustplane.core.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned name and place tagger, through the PII detector as users meet it, and its model file. */
class NameTaggerTest {
    private final PiiDetector pii = PiiDetector.withDefaults();

    private List<Finding> find(String text, String type) {
        return pii.scan(TextSegment.input(text), ScanContext.EMPTY).findings().stream()
                .filter(f -> f.type().equals(type)).toList();
    }

    private static String covered(String text, Finding f) {
        return text.substring(f.start(), f.end());
    }

    @Test
    void findsNamesThatNoListHolds() {
        for (String word : List.of("chidubem", "ezeoke", "anyanwu", "ezeoke-anyanwu", "siosaia", "fifita")) {
            assertThat(Gazetteer.FIRST_NAMES).doesNotContain(word);
            assertThat(Gazetteer.LAST_NAMES).doesNotContain(word);
        }
        String spoke = "I spoke with Chidubem Ezeoke-Anyanwu yesterday about the invoice.";
        assertThat(find(spoke, "PERSON")).singleElement().satisfies(f -> {
            assertThat(covered(spoke, f)).isEqualTo("Chidubem Ezeoke-Anyanwu");
            assertThat(f.confidence()).isGreaterThanOrEqualTo(PiiDetector.DEFAULT_THRESHOLD);
        });
        String signed = "The contract was signed by Siosaia Fifita on behalf of the buyer.";
        assertThat(find(signed, "PERSON")).extracting(f -> covered(signed, f)).containsExactly("Siosaia Fifita");
    }

    @Test
    void findsNamesAndAddressesInLowerCaseText() {
        String text = "hi, this is maria kowalczyk, my address is 17 birchwood lane, apt 4, leeds";
        assertThat(find(text, "PERSON")).extracting(f -> covered(text, f)).containsExactly("maria kowalczyk");
        assertThat(find(text, "LOCATION")).anySatisfy(f -> {
            assertThat(covered(text, f)).contains("17 birchwood lane");
            assertThat(f.confidence()).isGreaterThanOrEqualTo(PiiDetector.DEFAULT_THRESHOLD);
        });
    }

    @Test
    void aStreetAddressIsFlaggedAPlaceAloneIsNot() {
        String address = "Ship it to 4821 Marlowe Crescent, Apt 5B, Springfield, IL 62704.";
        assertThat(find(address, "LOCATION")).singleElement().satisfies(f -> {
            assertThat(covered(address, f)).startsWith("4821 Marlowe Crescent");
            assertThat(f.confidence()).isGreaterThanOrEqualTo(PiiDetector.DEFAULT_THRESHOLD);
        });
        String city = "Our depot in Rotterdam ships on Mondays.";
        assertThat(find(city, "LOCATION")).allSatisfy(f -> assertThat(f.confidence()).isLessThan(PiiDetector.DEFAULT_THRESHOLD));
    }

    @Test
    void quantitiesAndCodeAreNotPersonalData() {
        for (String text : List.of(
                "Wait 20 days before retrying, then send 15 requests per minute.",
                "She ran 650 miles in 10 weeks and lost 5 pounds.",
                "import tools.jackson.databind.JsonNode; String name = node.get(\"name\").asString();",
                "SELECT id, created_at FROM traces WHERE project_id = ? ORDER BY created_at DESC LIMIT 50")) {
            assertThat(pii.scan(TextSegment.input(text), ScanContext.EMPTY).findings())
                    .as(text)
                    .noneMatch(f -> (f.type().equals("PERSON") || f.type().equals("LOCATION"))
                            && f.confidence() >= PiiDetector.DEFAULT_THRESHOLD);
        }
    }

    @Test
    void scriptsWithoutCapitalsAreNotTagged() {
        for (String text : List.of("请告诉我明天北京的天气。", "明日の東京の天気を教えてください。", "ما هو الطقس في القاهرة غدا؟",
                "कल दिल्ली का मौसम कैसा रहेगा?")) {
            assertThat(pii.scan(TextSegment.input(text), ScanContext.EMPTY).findings())
                    .as(text)
                    .noneMatch(f -> f.type().equals("PERSON") || f.type().equals("LOCATION"));
        }
    }

    @Test
    void inOtherLanguagesOnlyNamesTheListsKnowAreKept() {
        // the tagger learned English: in French, Turkish, Russian ... it took sentence-initial words ("Merhaba",
        // "Kannst") and words on a name list ("la mia") for names
        for (String text : List.of("Merci beaucoup pour ton aide, c'est très clair maintenant.",
                "Quelle est la meilleure façon d'apprendre le piano à quarante ans ?",
                "Necesito una receta de paella que no lleve mariscos.",
                "Guten Morgen! Kannst du mir erklären, wie ein Kühlschrank funktioniert?",
                "Ciao, come posso migliorare la mia pronuncia inglese?", "Merhaba, bugün hava nasıl olacak?",
                "Привет! Как приготовить борщ без мяса?", "Cześć, jak mogę nauczyć się programować w Pythonie?",
                "Hej! Vad är skillnaden mellan en sjö och ett hav?", "Merci beaucoup", "Buenos días", "Gracias por tu ayuda",
                "Dobrý den, jak se dělá svíčková?")) {
            assertThat(find(text, "PERSON")).as(text).noneMatch(f -> f.confidence() >= PiiDetector.DEFAULT_THRESHOLD);
        }
        String french = "Je m'appelle Marie Dubois et j'habite à Lyon.";
        assertThat(find(french, "PERSON")).extracting(f -> covered(french, f)).containsExactly("Marie Dubois");
        String spanish = "Mi nombre es Carlos García y vivo en Sevilla.";
        assertThat(find(spanish, "PERSON")).extracting(f -> covered(spanish, f)).containsExactly("Carlos García");
    }

    @Test
    void theLanguageGateLeavesEnglishAlone() {
        assertThat(find("Thandiwe Mokoena", "PERSON")).as("a name alone, no common word to judge the language by").hasSize(1);
        String text = "Please forward this to Siobhan Kowalczyk by Friday.";
        NameTokens t = NameTokens.of(text, NameTagger.MAX_TOKENS);
        t.vocabulary(NameTagger.bundled().lookup());
        assertThat(t.knownCommonWords(NameTagger.MIN_COMMON_WORDS)).isGreaterThanOrEqualTo(NameTagger.MIN_KNOWN_COMMON_WORDS);
        assertThat(find(text, "PERSON")).extracting(f -> covered(text, f)).containsExactly("Siobhan Kowalczyk");
    }

    @Test
    void tokensKeepNamesWholeAndSplitPunctuation() {
        String text = "O'Brien met Jean-Luc at 42nd St. John's\ncafé";
        NameTokens t = NameTokens.of(text, NameTagger.MAX_TOKENS);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < t.count; i++) {
            tokens.add(text.substring(t.start[i], t.end[i]));
        }
        assertThat(tokens).containsExactly("O'Brien", "met", "Jean-Luc", "at", "42nd", "St", ".", "John", "'", "s", "café");
        assertThat(t.lineBreakBefore[tokens.size() - 1]).isTrue();
        assertThat(t.shape(0)).isEqualTo(NameTokens.SHAPE_CAPITALISED);
        assertThat(t.shape(4)).isEqualTo(NameTokens.SHAPE_MIXED);
    }

    @Test
    void taggingIsBoundedOnHugeInput() {
        String text = "Anna Berg ".repeat(40_000);
        NameTokens t = NameTokens.of(text, NameTagger.MAX_TOKENS);
        assertThat(t.count).isEqualTo(NameTagger.MAX_TOKENS);
        assertThat(find(text, "PERSON")).isNotEmpty();
    }

    @Test
    void modelFileRoundTripsAndRejectsOtherFiles() throws IOException {
        NameTagger bundled = NameTagger.bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bundled.write(out);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.w).isEqualTo(bundled.w);
        assertThat(read.vocabulary).isEqualTo(bundled.vocabulary).isSorted();
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(gzip("not a model".getBytes()))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        java.nio.file.Path file = io.trustplane.core.guard.DatasetFiles.find("pii_train_dev.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(file), "dataset not available: " + file);
        var rows = NameTaggerTrainer.read(file);
        var sample = rows.subList(0, 200);
        NameTagger a = NameTaggerTrainer.train(sample, 0.1, 2);
        NameTagger b = NameTaggerTrainer.train(sample, 0.1, 2);
        assertThat(a.w).isEqualTo(b.w);
        assertThat(a.vocabulary).isEqualTo(b.vocabulary);
        assertThat(NameTaggerTrainer.score(a, sample)[2][3]).as("matched predictions on its own training rows").isPositive();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }
}
