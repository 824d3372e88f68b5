package io.trustplane.core.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.merkle.MerkleTree;
import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.core.audit.note.SignedNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Builds a signed log in memory, tampers with it in each way a store can be tampered with, and checks the report. */
class AuditLogVerifierTest {
    private static final String ORIGIN = "trustplane.test/audit";
    private static final NoteSigner SIGNER = signer("trustplane.test/audit", 1);
    private static final NoteSigner OTHER = signer("trustplane.test/audit", 2);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    record Row(AuditEntry entry, byte[] leafHash) {
    }

    record StoredCheckpoint(long size, byte[] root, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<StoredCheckpoint> checkpoints = new ArrayList<>();

    AuditLogVerifierTest() throws Exception {
        MerkleTree tree = new MerkleTree();
        String prev = AuditEntry.GENESIS_PREV;
        for (int i = 0; i < 50; i++) {
            AuditEntry e = new AuditEntry(i, T0.plusMillis(i), "tpk_0000000" + (i % 3), "p-" + (i % 2), "policy.saved",
                    "policy:" + i, "{\"version\":" + i + "}", prev);
            byte[] leaf = e.leafHash();
            rows.add(new Row(e, leaf));
            tree.appendLeafHash(leaf);
            prev = e.leafHashHex();
            if ((i + 1) % 10 == 0) {
                checkpoints.add(sign(tree, i + 1, SIGNER));
            }
        }
    }

    @Test
    void anUntouchedLogVerifies() {
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(50);
        assertThat(report.verifiedCheckpoints()).isEqualTo(5);
        assertThat(report.verifiedSize()).isEqualTo(50);
    }

    @Test
    void aChangedFieldIsPinpointedToItsEntry() {
        replace(17, e -> new AuditEntry(e.seq(), e.time(), "tpk_attacker", e.project(), e.action(), e.target(), e.body(), e.prev()));
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind, Problem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(Problem.Kind.ENTRY_CHANGED, 17L),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHAIN_BROKEN, 18L));
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.ROOT_MISMATCH);
            assertThat(p.checkpointSize()).isEqualTo(20);
            assertThat(p.message()).contains("entries 10 to 19");
        });
    }

    @Test
    void aChangeWithItsHashRecomputedBreaksTheChainAtTheNextEntry() {
        AuditEntry e = rows.get(17).entry();
        AuditEntry forged = new AuditEntry(e.seq(), e.time(), e.actor(), e.project(), "policy.deleted", e.target(), e.body(), e.prev());
        rows.set(17, new Row(forged, forged.leafHash()));
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind).doesNotContain(Problem.Kind.ENTRY_CHANGED);
        assertThat(report.problems()).filteredOn(p -> p.kind() == Problem.Kind.CHAIN_BROKEN).extracting(Problem::seq).containsExactly(18L);
    }

    @Test
    void aRewrittenTailWithAForgedChainIsCaughtByTheSignedRoot() {
        String prev = rows.get(32).entry().leafHashHex();
        for (int i = 33; i < 50; i++) {
            AuditEntry e = rows.get(i).entry();
            AuditEntry forged = new AuditEntry(e.seq(), e.time(), e.actor(), e.project(), e.action(), e.target(),
                    i == 33 ? "{\"version\":999}" : e.body(), prev);
            rows.set(i, new Row(forged, forged.leafHash()));
            prev = forged.leafHashHex();
        }
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind).containsOnly(Problem.Kind.ROOT_MISMATCH);
        assertThat(report.problems().getFirst().checkpointSize()).isEqualTo(40);
        assertThat(report.problems().getFirst().message()).contains("entries 30 to 39");
        assertThat(report.verifiedSize()).isEqualTo(30);
    }

    @Test
    void aDeletedEntryIsReportedMissing() {
        rows.remove(23);
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind, Problem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(Problem.Kind.ENTRY_MISSING, 23L),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHAIN_BROKEN, 24L));
        // a hole is not a truncation: the log still reaches entry 49; the first checkpoint over the hole fails, later ones follow
        assertThat(report.problems()).extracting(Problem::kind).doesNotContain(Problem.Kind.TRUNCATED);
        assertThat(report.problems()).filteredOn(p -> p.kind() == Problem.Kind.ROOT_MISMATCH).extracting(Problem::checkpointSize)
                .containsExactly(30L, 50L);
        assertThat(report.problems().getLast().message()).contains("2 later checkpoints (sizes 40 to 50)");
    }

    @Test
    void reorderedEntriesAreReported() {
        Collections.swap(rows, 11, 12);
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind, Problem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(Problem.Kind.ENTRY_OUT_OF_ORDER, 11L),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.TIME_REVERSED, 11L),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHAIN_BROKEN, 12L));
    }

    @Test
    void swappedEntriesAreReorderedNotMissing() {
        Collections.swap(rows, 30, 31);
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind).doesNotContain(Problem.Kind.ENTRY_MISSING);
        assertThat(report.problems().getFirst().message()).isEqualTo("entry 30 comes after entry 31: entries were reordered");
    }

    @Test
    void anInsertedEntryIsReported() {
        AuditEntry e = rows.get(5).entry();
        rows.add(6, new Row(e, e.leafHash()));
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind, Problem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(Problem.Kind.ENTRY_OUT_OF_ORDER, 5L));
        assertThat(report.problems()).filteredOn(p -> p.kind() == Problem.Kind.ROOT_MISMATCH).extracting(Problem::checkpointSize).contains(10L);
    }

    @Test
    void aTruncatedLogIsReported() {
        rows.subList(45, 50).clear();
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.TRUNCATED);
            assertThat(p.seq()).isEqualTo(45);
            assertThat(p.message()).contains("entries 45 to 49 were removed");
        });
    }

    @Test
    void aSwappedOrForgedCheckpointIsReported() throws Exception {
        StoredCheckpoint at20 = checkpoints.get(1);
        StoredCheckpoint at30 = checkpoints.get(2);
        checkpoints.set(1, new StoredCheckpoint(at20.size(), at20.root(), at30.note()));
        MerkleTree forgedTree = new MerkleTree();
        rows.forEach(r -> forgedTree.appendLeafHash(r.leafHash()));
        checkpoints.set(3, sign(forgedTree, 40, OTHER)); // right root, untrusted key
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind, Problem::checkpointSize).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHECKPOINT_RECORD_MISMATCH, 20L),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHECKPOINT_SIGNATURE, 40L));
    }

    @Test
    void aForkIsReported() throws Exception {
        MerkleTree fork = new MerkleTree();
        rows.subList(0, 29).forEach(r -> fork.appendLeafHash(r.leafHash()));
        fork.appendLeafHash(new byte[32]);
        checkpoints.add(sign(fork, 30, SIGNER));
        VerificationReport report = verify(rows, checkpoints);
        assertThat(report.problems()).extracting(Problem::kind).contains(Problem.Kind.INCONSISTENT);
    }

    @Test
    void consistencyProofsBetweenSignedCheckpointsAreChecked() throws Exception {
        MerkleTree tree = new MerkleTree();
        rows.forEach(r -> tree.appendLeafHash(r.leafHash()));
        AuditLogVerifier good = verifier(rows, checkpoints);
        good.consistencyProof(20, 50, MerkleProofs.consistency(tree, 20, 50));
        assertThat(good.finish().problems()).isEmpty();
        AuditLogVerifier bad = verifier(rows, checkpoints);
        bad.consistencyProof(20, 50, MerkleProofs.consistency(tree, 19, 50));
        assertThat(bad.finish().problems()).extracting(Problem::kind).containsExactly(Problem.Kind.INCONSISTENT);
    }

    private void replace(int index, UnaryOperator<AuditEntry> change) {
        Row row = rows.get(index);
        rows.set(index, new Row(change.apply(row.entry()), row.leafHash()));
    }

    private static VerificationReport verify(List<Row> rows, List<StoredCheckpoint> checkpoints) {
        return verifier(rows, checkpoints).finish();
    }

    private static AuditLogVerifier verifier(List<Row> rows, List<StoredCheckpoint> checkpoints) {
        AuditLogVerifier verifier = new AuditLogVerifier(ORIGIN, List.of(SIGNER.verifier()));
        rows.forEach(r -> verifier.entry(r.entry(), r.leafHash()));
        checkpoints.forEach(c -> verifier.checkpoint(c.note(), c.size(), c.root()));
        return verifier;
    }

    private static StoredCheckpoint sign(MerkleTree tree, long size, NoteSigner signer) throws Exception {
        byte[] root = MerkleProofs.root(tree, size);
        return new StoredCheckpoint(size, root, SignedNote.sign(new Checkpoint(ORIGIN, size, root).text(), List.of(signer)));
    }

    private static NoteSigner signer(String name, int seedByte) {
        try {
            byte[] seed = new byte[32];
            java.util.Arrays.fill(seed, (byte) seedByte);
            return NoteSigner.fromSeed(name, seed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
