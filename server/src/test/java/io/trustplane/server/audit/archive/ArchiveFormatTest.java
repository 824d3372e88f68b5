package io.trustplane.server.audit.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.server.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ArchiveFormatTest {
    private final ArchiveFormat format = new ArchiveFormat(JsonMapper.builder().build());

    @Test
    void anEntryLineIsTheApiShapeWithTheBodyAsStoredAndReadsBackToTheSameLeafHash() {
        String body = AuditEntry.canonicalBody("{\"big\":9007199254740993,\"amount\":12.50,\"tiny\":1e-7,\"text\":\"zürich \\\"q\\\" \\u2028 \\\\\"}");
        AuditEntry entry = new AuditEntry(41, Instant.parse("2026-11-23T10:15:30.000120Z"), "tpa_1a2b3c4d", null, "test.event",
                "test:1", body, "ab".repeat(32));
        String line = new String(format.entryLine(new AuditRecord(entry, entry.leafHashHex())), StandardCharsets.UTF_8);

        assertThat(line).startsWith("{\"seq\":41,\"time\":\"2026-11-23T10:15:30.000120Z\",\"actor\":\"tpa_1a2b3c4d\",\"project\":null,")
                .contains("\"body\":" + body + ",").endsWith("\"leafHash\":\"" + entry.leafHashHex() + "\"}");
        ArchiveFormat.RecordedEntry read = format.entry(line);
        assertThat(read.entry().body()).isEqualTo(body);
        assertThat(read.entry().leafHashHex()).isEqualTo(entry.leafHashHex());
        assertThat(read.leafHash()).isEqualTo(entry.leafHash());
    }

    @Test
    void checkpointLinesAndTheLogDescriptionRoundTrip() {
        ArchiveFormat.CheckpointLine c = new ArchiveFormat.CheckpointLine(20, "cd".repeat(32), "origin\n20\nroot\n\n— sig\n");
        assertThat(new String(format.checkpointLine(c), StandardCharsets.UTF_8)).startsWith("{\"size\":20,\"rootHash\":");
        assertThat(format.checkpoint(new String(format.checkpointLine(c), StandardCharsets.UTF_8))).isEqualTo(c);
        ArchiveFormat.LogDescription log = new ArchiveFormat.LogDescription("o/log", List.of("o/log+01020304+AQID"));
        assertThat(format.log(new String(format.log(log), StandardCharsets.UTF_8))).isEqualTo(log);
    }

    @Test
    void malformedLinesNameWhatIsWrong() {
        assertThatThrownBy(() -> format.entry("{\"seq\":1}")).hasMessageContaining("entry 1 has no time");
        assertThatThrownBy(() -> format.entry("{\"seq\":1,")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> format.checkpoint("{\"size\":-1}")).hasMessageContaining("no size");
        assertThatThrownBy(() -> format.log("{\"keys\":[]}")).hasMessageContaining("origin");
    }

    @Test
    void namesFollowTheLayoutAndOnlyItsNamesParse() {
        assertThat(ArchiveLayout.entries(0, 10)).isEqualTo("00000000000000000000-00000000000000000010/entries-00000000000000000000-00000000000000000010.jsonl");
        assertThat(ArchiveLayout.parse(ArchiveLayout.entries(10, 20))).contains(new ArchiveLayout.SegmentFile(10, 20, ArchiveLayout.Kind.ENTRIES));
        assertThat(ArchiveLayout.parse(ArchiveLayout.checkpoints(10, 20))).contains(new ArchiveLayout.SegmentFile(10, 20, ArchiveLayout.Kind.CHECKPOINTS));
        assertThat(ArchiveLayout.parse(ArchiveLayout.log(10, 20))).contains(new ArchiveLayout.SegmentFile(10, 20, ArchiveLayout.Kind.LOG));
        // an entries file whose bounds are not its folder's, reversed bounds, anything else
        assertThat(ArchiveLayout.parse(ArchiveLayout.segment(10, 20) + "/entries-" + "0".repeat(20) + "-" + "0".repeat(18) + "10.jsonl")).isEmpty();
        assertThat(ArchiveLayout.parse(ArchiveLayout.log(20, 10))).isEmpty();
        assertThat(ArchiveLayout.parse("notes.txt")).isEmpty();
    }
}
