package io.trustplane.server.otlp.genai;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.otlp.genai.GenAiMapping.Rule;
import io.trustplane.server.otlp.genai.GenAiMapping.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table in code and the table in docs/OTLP.md name the same attributes and events. */
class MappingTableDocsTest {
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    @Test
    void everyNameInTheTableIsDocumented() throws IOException {
        Path docs = Path.of("../docs/OTLP.md");
        if (!Files.exists(docs)) docs = Path.of("docs/OTLP.md");
        String text = Files.readString(docs);
        assertThat(text).contains("## GenAI semantic conventions");
        List<String> missing = new ArrayList<>();
        for (Rule rule : GenAiMapping.RULES) {
            Matcher m = NAME.matcher(rule.source());
            while (m.find()) {
                if (!text.contains("`" + m.group(1) + "`")) missing.add(rule.target() + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTargetHasARuleAndEveryRuleNamesItsSource() {
        for (Target target : Target.values()) {
            assertThat(GenAiMapping.RULES).as(target.name()).anyMatch(r -> r.target() == target);
        }
        assertThat(GenAiMapping.RULES).allSatisfy(r -> assertThat(r.source()).contains("`"));
    }
}
