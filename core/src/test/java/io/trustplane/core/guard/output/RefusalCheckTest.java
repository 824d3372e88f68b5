package io.trustplane.core.guard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustplane.core.guard.DatasetFiles;
import io.trustplane.core.guard.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The word check in front of the refusal pattern only skips texts the pattern would not match. */
class RefusalCheckTest {
    private static final List<String> LEADS = List.of("I'm sorry, but I", "I am really sorry, but as an AI I", "I apologize, but I",
            "I apologise but as an AI model I", "Unfortunately, I", "I", "i'M SoRrY bUt I");
    private static final List<String> CANNOTS = List.of("cannot", "can not", "can't", "cant", "won't", "wont", "will not",
            "am not able to", "am unable to", "'m not able to", "'m unable to", "must decline to", "am not allowed to",
            "'m not allowed to", "CAN'T", "Cannot");
    private static final List<String> OTHERS = List.of("As an AI language model, I don't have opinions.",
            "As an AI assistant I do not browse.", "I must respectfully decline this request.", "I have to politely decline.",
            "That goes against my guidelines.", "This is against OpenAI's usage policies.", "That IS AGAINST the principles.");

    @Test
    void everyRefusalShapeOfThePatternPassesTheWordCheck() {
        List<String> refusals = new ArrayList<>(OTHERS);
        for (String lead : LEADS) {
            for (String cannot : CANNOTS) refusals.add(lead + " " + cannot + " help with that.");
        }
        int matched = 0;
        for (String text : refusals) {
            List<Finding> found = new ArrayList<>();
            RefusalCheck.match(text, found);
            if (found.isEmpty()) continue;
            matched++;
            assertThat(RefusalCheck.mayRefuse(text)).as(text).isTrue();
        }
        assertThat(matched).as("the generated refusals the pattern matches").isGreaterThan(refusals.size() / 2);
    }

    @Test
    void refusalsInOtherLanguagesAreRecognisedAndPassTheWordCheck() {
        for (String text : List.of("Es tut mir leid, aber ich kann dir dabei nicht helfen.", "Das kann ich leider nicht tun.",
                "Je suis désolé, mais je ne peux pas vous aider avec cela.", "Lo siento, pero no puedo ayudarte con eso.",
                "Mi dispiace, ma non posso aiutarti con questa richiesta.", "Desculpe, mas não posso ajudar com isso.",
                "Het spijt me, maar ik kan je daar niet mee helpen.", "Извините, но я не могу помочь с этим.",
                "抱歉，我无法帮助你完成这个请求。", "申し訳ありませんが、そのご要望にはお応えできません。")) {
            List<Finding> found = new ArrayList<>();
            RefusalCheck.match(text, found);
            assertThat(found).as(text).hasSize(1);
            assertThat(RefusalCheck.mayRefuse(text)).as(text).isTrue();
        }
        for (String answer : List.of("Ich kann dir dabei gerne helfen!", "Je ne peux pas attendre de voir le film !",
                "No puedo creer lo rápido que fue.", "Hier ist das Rezept, das nicht zu scharf ist.",
                "Я не могу поверить, что это так просто.")) {
            List<Finding> found = new ArrayList<>();
            RefusalCheck.match(answer, found);
            assertThat(found).as(answer).isEmpty();
        }
    }

    @Test
    void onThePromptDataSetTheWordCheckHidesNoMatch() throws Exception {
        Path file = DatasetFiles.find("prompts_train_dev.jsonl");
        assumeTrue(Files.isReadable(file), "dataset not available: " + file);
        JsonMapper json = JsonMapper.builder().build();
        int matched = 0;
        int skipped = 0;
        for (String line : Files.readAllLines(file)) {
            String text = json.readTree(line).get("text").asString().replace('\u2019', '\'');
            String opening = text.length() > 600 ? text.substring(0, 600) : text;
            List<Finding> found = new ArrayList<>();
            RefusalCheck.match(opening, found);
            boolean may = RefusalCheck.mayRefuse(opening);
            if (!found.isEmpty()) {
                matched++;
                assertThat(may).as(opening).isTrue();
            }
            if (!may) skipped++;
        }
        assertThat(matched).as("rows the pattern matches").isPositive();
        assertThat(skipped).as("rows the word check lets skip the pattern").isPositive();
    }
}
