package io.trustplane.cli.audit;

import static io.trustplane.cli.audit.AuditLogFixture.SIGNER;
import static io.trustplane.cli.audit.AuditLogFixture.STRANGER;
import static io.trustplane.cli.audit.AuditLogFixture.fileOf;
import static io.trustplane.cli.audit.AuditLogFixture.indexIn;
import static io.trustplane.cli.audit.AuditLogFixture.readLines;
import static io.trustplane.cli.audit.AuditLogFixture.writeLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code trustplane verify --dir}: a real exported log verifies; each way of tampering with its files is
 * found and pinpointed to the entry or checkpoint; a log that cannot be read exits with 2.
 */
class VerifyDirectoryTest {
    private final AuditLogFixture log = new AuditLogFixture();

    @TempDir
    Path tmp;
    private Path dir;

    @BeforeEach
    void export() throws IOException {
        dir = log.writeTo(tmp.resolve("audit-export"));
    }

    private CliRun verify(String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--dir", dir.toString(), "--key", SIGNER.verifierKey()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void anUntouchedExportVerifies() {
        CliRun run = verify();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("entries read:          45\n", "checkpoints:           5\n",
                "verified checkpoints:  5\n", "verified size:         45\n", "(given with --key)", "OK: no problems found.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aChangedFieldIsPinpointedToItsEntry() throws IOException {
        editEntry(17, line -> line.replace("\"actor\":\"tpa_1a2b3c4d\"", "\"actor\":\"tpa_attacker\""));
        assertFound("ENTRY_CHANGED entry 17: entry 17 no longer hashes to its recorded leaf hash",
                "CHAIN_BROKEN entry 18: ",
                "ROOT_MISMATCH entries 10 to 19, checkpoint 20: ", "entries 10 to 19",
                "verified size:         10\n");
    }

    @Test
    void aChangedBodyValueIsFoundButReformattingTheBodyIsNot() throws IOException {
        editEntry(3, line -> line.replace("\"id\": 3, \"scopes\": [\"read\", \"write\"]", "\"scopes\":[\"read\",\"write\"],  \"id\":3"));
        assertThat(verify().exit()).as("same JSON, other key order and spacing").isZero();
        editEntry(3, line -> line.replace("\"read\",\"write\"", "\"read\",\"admin\""));
        assertFound("ENTRY_CHANGED entry 3: ");
    }

    @Test
    void aDeletedLineIsReportedMissing() throws IOException {
        editFileOf(23, lines -> lines.remove(indexIn(23)));
        assertFound("ENTRY_MISSING entry 23: entry 23 is missing: the log goes from entry 22 to 24",
                "CHAIN_BROKEN entry 24: ", "ROOT_MISMATCH entries 20 to 29, checkpoint 30: ", "verified size:         20\n");
    }

    @Test
    void swappedLinesAreReported() throws IOException {
        editFileOf(11, lines -> Collections.swap(lines, indexIn(11), indexIn(12)));
        assertFound("ENTRY_OUT_OF_ORDER entry 11: entry 11 comes after entry 12",
                "TIME_REVERSED entry 11: ", "CHAIN_BROKEN entry 12: ", "ROOT_MISMATCH entries 10 to 19, checkpoint 20: ");
    }

    @Test
    void anInsertedDuplicateLineIsReported() throws IOException {
        editFileOf(5, lines -> lines.add(indexIn(5) + 1, lines.get(indexIn(5))));
        assertFound("ENTRY_OUT_OF_ORDER entry 5: entry 5 comes after entry 5", "CHAIN_BROKEN entry 5: ",
                "ROOT_MISMATCH entries 0 to 9, checkpoint 10: ");
    }

    @Test
    void aTruncatedLastFileIsReported() throws IOException {
        editFileOf(44, lines -> lines.subList(lines.size() - 3, lines.size()).clear());
        assertFound("FAILED: 1 problem\n",
                "TRUNCATED entries 42 to 44, checkpoint 45: a checkpoint signed 45 entries but the log has 42: entries 42 to 44 were removed",
                "verified size:         40\n");
    }

    @Test
    void aCheckpointWithAnotherCheckpointsNoteIsReported() throws IOException {
        editCheckpoints(lines -> lines.set(1, ((ObjectNode) json(lines.get(1))).put("note", json(lines.get(2)).path("note").stringValue()).toString()));
        assertFound("FAILED: 1 problem\n",
                "CHECKPOINT_RECORD_MISMATCH checkpoint 20: the checkpoint stored as size 20 holds a signed note for size 30");
    }

    @Test
    void aCheckpointSignedByAnUntrustedKeyIsReported() throws IOException {
        editCheckpoints(lines -> lines.set(3, log.checkpointLine(40, STRANGER))); // the right root, the wrong key
        assertFound("FAILED: 1 problem\n", "CHECKPOINT_SIGNATURE checkpoint 40: ", "verified checkpoints:  4\n");
    }

    @Test
    void withoutKeyTheLogsOwnKeysAreUsedWithAWarning() {
        CliRun run = CliRun.of("verify", "--dir", dir.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: no --key given",
                "That proves the log is internally consistent, not that it is authentic");
        assertThat(run.out()).contains("trusted keys:          1 (published by the log itself)", "OK: no problems found.");
    }

    @Test
    void theLogsOwnKeysDoNotHideACheckpointOfAnotherKey() throws IOException {
        editCheckpoints(lines -> lines.set(0, log.checkpointLine(10, STRANGER)));
        CliRun run = CliRun.of("verify", "--dir", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("CHECKPOINT_SIGNATURE checkpoint 10: ");
    }

    @Test
    void jsonReportsTheSameFindings() throws IOException {
        editEntry(33, line -> line.replace("\"action\":\"api_key.revoked\"", "\"action\":\"api_key.created\""));
        CliRun run = verify("--json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = json(run.out());
        assertThat(report.path("ok").asBoolean()).isFalse();
        assertThat(report.path("entries").asLong()).isEqualTo(45);
        assertThat(report.path("verifiedSize").asLong()).isEqualTo(30);
        assertThat(report.path("keysFromLog").asBoolean()).isFalse();
        JsonNode first = report.path("problems").get(0);
        assertThat(first.path("kind").stringValue()).isEqualTo("ENTRY_CHANGED");
        assertThat(first.path("seq").asLong()).isEqualTo(33);
        assertThat(first.path("checkpointSize").isNull()).isTrue();
        assertThat(report.path("problems")).anySatisfy(p -> {
            assertThat(p.path("kind").stringValue()).isEqualTo("ROOT_MISMATCH");
            assertThat(p.path("checkpointSize").asLong()).isEqualTo(40);
        });
        assertThat(report.path("problems")).extracting(p -> p.path("kind").stringValue())
                .containsExactly("ENTRY_CHANGED", "CHAIN_BROKEN", "ROOT_MISMATCH", "ROOT_MISMATCH"); // checkpoints 40 and 45
    }

    @Test
    void entryFilesAreReadInTheOrderOfTheirFirstEntryAsNumbers() throws IOException {
        // unpadded names, which sort as text 0, 20, 40, 9
        for (long[] range : AuditLogFixture.FILES) {
            Files.move(dir.resolve(AuditLogFixture.fileName(range[0], range[1])), dir.resolve("entries-" + range[0] + "-" + range[1] + ".jsonl"));
        }
        List<String> lines = readLines(dir.resolve("entries-0-20.jsonl"));
        Files.delete(dir.resolve("entries-0-20.jsonl"));
        writeLines(dir.resolve("entries-0-9.jsonl"), lines.subList(0, 9));
        writeLines(dir.resolve("entries-9-20.jsonl"), lines.subList(9, 20));
        CliRun run = verify();
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void aLogWithoutAnyCheckpointIsNotVerified() throws IOException {
        editCheckpoints(List::clear);
        assertFound("UNSIGNED: no checkpoint signed by a trusted key covers the log's 45 entries");
    }

    @Test
    void entriesAfterTheLastCheckpointAreAWarning() throws IOException {
        editCheckpoints(lines -> lines.remove(4));
        CliRun run = verify();
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning: entries 40 to 44 are chained but no checkpoint covers them yet");
    }

    @Test
    void aMissingDirectoryCannotBeRead() {
        CliRun run = CliRun.of("verify", "--dir", tmp.resolve("nowhere").toString(), "--key", SIGNER.verifierKey());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: the audit log could not be read: not a directory: " + tmp.resolve("nowhere"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryThatIsNotAnExportCannotBeRead() throws IOException {
        Files.delete(dir.resolve("checkpoints.jsonl"));
        CliRun run = verify();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not an audit log export: it has no checkpoints.jsonl");
    }

    @Test
    void aMalformedLineCannotBeReadAndIsNamed() throws IOException {
        editEntry(30, line -> line.substring(0, line.indexOf("\"body\"")));
        CliRun run = verify();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(fileOf(dir, 30) + " line 11: not valid JSON: ");
    }

    @Test
    void aLineWithoutAFieldCannotBeReadAndIsNamed() throws IOException {
        editEntry(31, line -> line.replaceFirst("\"prev\":\"[0-9a-f]+\",", ""));
        CliRun run = verify();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(fileOf(dir, 31) + " line 12: entry 31 has no prev");
    }

    @Test
    void badArgumentsExitWith2() {
        CliRun both = CliRun.of("verify", "--dir", dir.toString(), "--url", "http://localhost:1");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        CliRun neither = CliRun.of("verify");
        assertThat(neither.exit()).isEqualTo(2);
        CliRun badKey = CliRun.of("verify", "--dir", dir.toString(), "--key", "trustplane.test+0000+AAAA");
        assertThat(badKey.exit()).isEqualTo(2);
        assertThat(badKey.err()).contains("--key: 'trustplane.test+0000+AAAA' is not a verifier key: ");
    }

    /** Runs verify on the tampered export and checks that it exits with 1 and prints each of the lines. */
    private void assertFound(String... output) {
        CliRun run = verify();
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).as(run.toString()).contains(output);
    }

    private void editEntry(long seq, UnaryOperator<String> edit) throws IOException {
        editFileOf(seq, lines -> {
            String before = lines.get(indexIn(seq));
            String after = edit.apply(before);
            assertThat(after).as("the edit changes the line").isNotEqualTo(before);
            lines.set(indexIn(seq), after);
        });
    }

    /** Edits the lines of the entries file that holds entry {@code seq}. */
    private void editFileOf(long seq, Consumer<List<String>> edit) throws IOException {
        editLines(fileOf(dir, seq), edit);
    }

    private void editCheckpoints(Consumer<List<String>> edit) throws IOException {
        editLines(dir.resolve("checkpoints.jsonl"), edit);
    }

    private static void editLines(Path file, Consumer<List<String>> edit) throws IOException {
        List<String> lines = readLines(file);
        edit.accept(lines);
        writeLines(file, lines);
    }

    private static JsonNode json(String text) {
        return AuditJson.MAPPER.readTree(text);
    }
}
