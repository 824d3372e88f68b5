package io.trustplane.core.guard.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustplane.core.guard.DatasetFiles;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Row-level secrets quality on the dev split of ../shared/datasets/secrets_train_dev.jsonl. Some dev rows
 * labelled {@code no_secret} are byte-identical to rows labelled {@code secret} (the source's rules overlap),
 * so precision is also reported without those contradictory rows.
 */
class SecretsDevEvalTest {

    @Test
    void devSplitQuality() throws Exception {
        Path file = DatasetFiles.find("secrets_train_dev.jsonl");
        assumeTrue(Files.isReadable(file), "dataset not available: " + file);
        JsonMapper json = JsonMapper.builder().build();
        SecretsDetector secrets = SecretsDetector.withDefaults();
        Set<String> positiveTexts = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode row = json.readTree(line);
            if ("secret".equals(row.get("label").asString())) {
                positiveTexts.add(row.get("text").asString());
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int contradictoryFp = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode row = json.readTree(line);
            if (!"dev".equals(row.path("split").asString())) {
                continue;
            }
            String text = row.get("text").asString();
            boolean positive = "secret".equals(row.get("label").asString());
            boolean flagged = secrets.scan(TextSegment.input(text), ScanContext.EMPTY).flagged();
            if (positive && flagged) tp++;
            if (positive && !flagged) fn++;
            if (!positive && flagged) {
                fp++;
                if (positiveTexts.contains(text)) contradictoryFp++;
            }
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        double consistentPrecision = (double) tp / (tp + fp - contradictoryFp);
        System.out.printf("secrets dev: tp %d fp %d (%d on rows also labelled secret) fn %d; precision %.3f (%.3f without"
                + " contradictory rows), recall %.3f%n", tp, fp, contradictoryFp, fn, precision, consistentPrecision, recall);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(consistentPrecision).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.93);
    }
}
