package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.merkle.MerkleTree;
import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.core.audit.note.SignedNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A real audit log of 45 entries, built with the core classes (entries chained by prev, leaf hashes, a Merkle
 * tree, checkpoints signed by {@link #SIGNER} at sizes 10, 20, 30, 40 and 45), as the lines of the export
 * format. Bodies are written with spaces and unsorted keys, as any writer may: hashing canonicalizes them.
 */
final class AuditLogFixture {
    static final String ORIGIN = "trustplane.test/audit/cli";
    static final NoteSigner SIGNER = signer(1);
    /** A key of the same name that nobody trusts. */
    static final NoteSigner STRANGER = signer(2);
    static final int ENTRIES = 45;
    static final List<Long> CHECKPOINT_SIZES = List.of(10L, 20L, 30L, 40L, 45L);
    /** The entry files, as [from, to) ranges. */
    static final List<long[]> FILES = List.of(new long[]{0, 20}, new long[]{20, 40}, new long[]{40, 45});
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30.000120Z");
    private static final List<String> ACTIONS = List.of("organization.created", "project.created", "api_key.created",
            "api_key.revoked", "policy.saved");

    /** The JSON line of each entry, by seq. */
    final List<String> entryLines = new ArrayList<>();
    /** The checkpoints.jsonl line of each checkpoint, in {@link #CHECKPOINT_SIZES} order. */
    final List<String> checkpointLines = new ArrayList<>();
    final MerkleTree tree = new MerkleTree();

    AuditLogFixture() {
        String prev = AuditEntry.GENESIS_PREV;
        for (int seq = 0; seq < ENTRIES; seq++) {
            String body = "{\"name\": \"key %d \\\"ci\\\" \u00e9\", \"id\": %d, \"scopes\": [\"read\", \"write\"], \"ratio\": 0.5}"
                    .formatted(seq, seq);
            AuditEntry entry = new AuditEntry(seq, T0.plusMillis(7L * seq), "tpa_1a2b3c4d", seq % 3 == 0 ? null : "0196-p" + seq % 2,
                    ACTIONS.get(seq % ACTIONS.size()), "api_key:tpk_" + seq, body, prev);
            entryLines.add(line(entry, body, entry.leafHashHex()));
            tree.appendLeafHash(entry.leafHash());
            prev = entry.leafHashHex();
            if (CHECKPOINT_SIZES.contains((long) seq + 1)) checkpointLines.add(checkpointLine(seq + 1, SIGNER));
        }
    }

    /** An entry as a line of an entries file (and as an element of the API's entry list). */
    static String line(AuditEntry e, String body, String leafHash) {
        return "{\"seq\":%d,\"time\":\"%s\",\"actor\":%s,\"project\":%s,\"action\":%s,\"target\":%s,\"body\":%s,\"prev\":\"%s\",\"leafHash\":\"%s\"}"
                .formatted(e.seq(), e.timeText(), quote(e.actor()), e.project() == null ? "null" : quote(e.project()), quote(e.action()),
                        quote(e.target()), body, e.prev(), leafHash);
    }

    /** The checkpoint of the fixture's tree at {@code size}, signed by {@code signer}, as a checkpoints.jsonl line. */
    String checkpointLine(long size, NoteSigner signer) {
        byte[] root = MerkleProofs.root(tree, size);
        try {
            String note = SignedNote.sign(new Checkpoint(ORIGIN, size, root).text(), List.of(signer));
            return "{\"size\":%d,\"rootHash\":\"%s\",\"note\":%s}".formatted(size, HexFormat.of().formatHex(root), quote(note));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String logJson() {
        return "{\"origin\":" + quote(ORIGIN) + ",\"keys\":[" + quote(SIGNER.verifierKey()) + "]}";
    }

    /** Writes the log in the export format of docs/AUDIT.md. */
    Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("log.json"), logJson());
        for (long[] range : FILES) {
            writeLines(dir.resolve(fileName(range[0], range[1])), entryLines.subList((int) range[0], (int) range[1]));
        }
        writeLines(dir.resolve("checkpoints.jsonl"), checkpointLines);
        return dir;
    }

    static String fileName(long from, long to) {
        return "entries-%020d-%020d.jsonl".formatted(from, to);
    }

    /** The file that holds entry {@code seq}, and the entry's index in it. */
    static Path fileOf(Path dir, long seq) {
        long[] range = FILES.stream().filter(r -> r[0] <= seq && seq < r[1]).findFirst().orElseThrow();
        return dir.resolve(fileName(range[0], range[1]));
    }

    static int indexIn(long seq) {
        return (int) (seq - FILES.stream().filter(r -> r[0] <= seq && seq < r[1]).findFirst().orElseThrow()[0]);
    }

    static List<String> readLines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file));
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    static String quote(String s) {
        return AuditJson.MAPPER.writeValueAsString(s);
    }

    private static NoteSigner signer(int seedByte) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) seedByte);
        try {
            return NoteSigner.fromSeed(ORIGIN, seed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
