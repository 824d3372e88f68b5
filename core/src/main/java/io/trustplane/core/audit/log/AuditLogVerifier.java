package io.trustplane.core.audit.log;

import io.trustplane.core.audit.merkle.InvalidProofException;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.merkle.MerkleTree;
import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.core.audit.note.SignedNote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Verifies an audit log from its raw entries and its signed checkpoints, trusting nothing but the given
 * public keys. Entries are streamed in stored order ({@link #entry}); checkpoints and consistency proofs may
 * come in any order; {@link #finish()} reports.
 *
 * <p>What is checked, and how each tampering shows:
 * <ul>
 *   <li>every entry's leaf hash is recomputed from its fields and compared with the hash recorded beside it
 *       (a changed field: {@link Problem.Kind#ENTRY_CHANGED} at that entry);</li>
 *   <li>each entry must name the recomputed hash of the entry before it (a removed, inserted or moved entry,
 *       or a change with a forged recorded hash: {@link Problem.Kind#CHAIN_BROKEN} right after it);</li>
 *   <li>sequence numbers must run 0, 1, 2, ... ({@link Problem.Kind#ENTRY_MISSING},
 *       {@link Problem.Kind#ENTRY_OUT_OF_ORDER}) and times must not go back;</li>
 *   <li>every checkpoint must carry a valid signature of a trusted key and the log's origin, and its root
 *       must equal the root recomputed from the entries at its size (a rewritten stretch, even with the
 *       chain forged consistently: {@link Problem.Kind#ROOT_MISMATCH} naming the entry range between the
 *       last checkpoint that matched and this one); a checkpoint larger than the log means truncation;</li>
 *   <li>checkpoints must agree with each other: the same size never has two roots, and every consistency
 *       proof given between two signed checkpoints must verify (RFC 9162).</li>
 * </ul>
 * Memory: the recomputed tree keeps 64 bytes per entry.
 */
public final class AuditLogVerifier {
    private static final int MAX_PROBLEMS = 1_000;
    private static final HexFormat HEX = HexFormat.of();

    private final String origin;
    private final List<NoteVerifier> trusted;
    private final MerkleTree tree = new MerkleTree();
    private final List<StoredCheckpoint> checkpoints = new ArrayList<>();
    private final List<Consistency> proofs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final TreeMap<Long, Long> holes = new TreeMap<>();
    private int problemsDropped;
    private long expectedSeq;
    private String previousHash = AuditEntry.GENESIS_PREV;
    private AuditEntry previous;

    /**
     * @param origin  the log's origin as the checkpoints must name it, or null to accept the first checkpoint's
     * @param trusted the keys whose signatures count; a checkpoint signed by none of them is a problem
     */
    public AuditLogVerifier(String origin, List<NoteVerifier> trusted) {
        if (trusted.isEmpty()) throw new IllegalArgumentException("verification needs at least one trusted key");
        this.origin = origin;
        this.trusted = List.copyOf(trusted);
    }

    private record StoredCheckpoint(String note, long recordedSize, byte[] recordedRoot) {
    }

    private record Consistency(long size1, long size2, List<byte[]> proof) {
    }

    /**
     * The next entry in stored order.
     *
     * @param recordedLeafHash the leaf hash stored with the entry, or null if the source has none
     */
    public void entry(AuditEntry entry, byte[] recordedLeafHash) {
        long seq = entry.seq();
        if (seq > expectedSeq) {
            holes.put(expectedSeq, seq); // reported as missing at the end unless the entries turn up later (reordered)
        } else if (seq < expectedSeq) {
            Map.Entry<Long, Long> hole = holes.floorEntry(seq);
            String after = "entry " + seq + " comes after entry " + (previous == null ? "-" : String.valueOf(previous.seq()));
            if (hole != null && seq < hole.getValue()) {
                holes.remove(hole.getKey());
                if (hole.getKey() < seq) holes.put(hole.getKey(), seq);
                if (seq + 1 < hole.getValue()) holes.put(seq + 1, hole.getValue());
                problem(Problem.Kind.ENTRY_OUT_OF_ORDER, seq, -1, after + ": entries were reordered");
            } else {
                problem(Problem.Kind.ENTRY_OUT_OF_ORDER, seq, -1, after + ": an entry was inserted or duplicated");
            }
        }
        expectedSeq = Math.max(expectedSeq, seq + 1);
        if (previous != null && entry.time().isBefore(previous.time())) {
            problem(Problem.Kind.TIME_REVERSED, seq, -1, "entry " + seq + " (" + entry.timeText() + ") is older than the entry before it ("
                    + previous.timeText() + "): entries were reordered or a time was changed");
        }
        byte[] leafHash;
        try {
            leafHash = entry.leafHash();
        } catch (IllegalArgumentException e) {
            problem(Problem.Kind.ENTRY_MALFORMED, seq, -1, "entry " + seq + " cannot be hashed: " + e.getMessage());
            leafHash = recordedLeafHash != null && recordedLeafHash.length == 32 ? recordedLeafHash : new byte[32];
        }
        if (recordedLeafHash != null && !Arrays.equals(leafHash, recordedLeafHash)) {
            problem(Problem.Kind.ENTRY_CHANGED, seq, -1, "entry " + seq + " no longer hashes to its recorded leaf hash "
                    + HEX.formatHex(recordedLeafHash) + ": a field of it was changed");
        }
        if (!entry.prev().equals(previousHash)) {
            problem(Problem.Kind.CHAIN_BROKEN, seq, -1, "entry " + seq + " names " + entry.prev() + " as the previous entry's hash, but "
                    + (previous == null ? "it is the first entry" : "entry " + previous.seq() + " hashes to " + previousHash)
                    + ": an entry before it was changed, removed, inserted or moved");
        }
        tree.appendLeafHash(leafHash);
        previousHash = HEX.formatHex(leafHash);
        previous = entry;
    }

    /**
     * A stored checkpoint.
     *
     * @param signedNote   the signed note as stored
     * @param recordedSize the size stored beside it, or -1
     * @param recordedRoot the root hash stored beside it, or null
     */
    public void checkpoint(String signedNote, long recordedSize, byte[] recordedRoot) {
        checkpoints.add(new StoredCheckpoint(Objects.requireNonNull(signedNote), recordedSize, recordedRoot));
    }

    /** A consistency proof between two checkpoints' sizes, as a server served it. */
    public void consistencyProof(long size1, long size2, List<byte[]> proof) {
        proofs.add(new Consistency(size1, size2, List.copyOf(proof)));
    }

    /** How many entries have been read so far. */
    public long entriesRead() {
        return tree.size();
    }

    public VerificationReport finish() {
        for (Map.Entry<Long, Long> hole : holes.entrySet()) {
            long from = hole.getKey();
            long to = hole.getValue();
            problem(Problem.Kind.ENTRY_MISSING, from, -1, to - from == 1
                    ? "entry " + from + " is missing: the log goes from entry " + (from - 1) + " to " + to
                    : "entries " + from + " to " + (to - 1) + " are missing (" + (to - from) + " entries)");
        }
        problems.sort(Comparator.comparingLong(p -> p.seq() < 0 ? Long.MAX_VALUE : p.seq())); // stable: entry order
        List<Signed> signed = new ArrayList<>();
        String logOrigin = origin;
        for (StoredCheckpoint stored : checkpoints) {
            Checkpoint checkpoint;
            try {
                SignedNote note = SignedNote.open(stored.note(), trusted);
                checkpoint = Checkpoint.parse(note.text());
            } catch (NoteException e) {
                problem(Problem.Kind.CHECKPOINT_SIGNATURE, -1, stored.recordedSize(), "the checkpoint stored for size "
                        + stored.recordedSize() + " does not verify: " + e.getMessage());
                continue;
            }
            if (logOrigin == null) logOrigin = checkpoint.origin();
            if (!checkpoint.origin().equals(logOrigin)) {
                problem(Problem.Kind.CHECKPOINT_ORIGIN, -1, checkpoint.size(), "the checkpoint is for log '" + checkpoint.origin()
                        + "', not '" + logOrigin + "'");
                continue;
            }
            if (stored.recordedSize() >= 0 && stored.recordedSize() != checkpoint.size()
                    || stored.recordedRoot() != null && !Arrays.equals(stored.recordedRoot(), checkpoint.rootHash())) {
                problem(Problem.Kind.CHECKPOINT_RECORD_MISMATCH, -1, stored.recordedSize(), "the checkpoint stored as size "
                        + stored.recordedSize() + " holds a signed note for size " + checkpoint.size()
                        + (stored.recordedRoot() == null ? "" : " with root " + HEX.formatHex(checkpoint.rootHash())
                        + " (recorded root " + HEX.formatHex(stored.recordedRoot()) + ")") + ": the checkpoint was swapped");
            }
            signed.add(new Signed(checkpoint.size(), checkpoint.rootHash()));
        }
        signed.sort(Comparator.comparingLong(Signed::size));

        int verified = 0;
        long verifiedSize = 0;
        long lastGood = 0;
        Signed prior = null;
        boolean failedBefore = false;
        boolean truncationReported = false;
        List<Long> laterFailures = new ArrayList<>();
        for (Signed s : signed) {
            if (prior != null && prior.size() == s.size()) {
                if (!Arrays.equals(prior.root(), s.root())) {
                    problem(Problem.Kind.INCONSISTENT, -1, s.size(), "two validly signed checkpoints of size " + s.size()
                            + " have different roots: the log was forked");
                }
                continue;
            }
            prior = s;
            if (s.size() > tree.size() && expectedSeq < s.size()) {
                if (!truncationReported) { // one problem for the whole cut, named by the largest signed size
                    long signedMax = signed.getLast().size();
                    problem(Problem.Kind.TRUNCATED, expectedSeq, signedMax, "a checkpoint signed " + signedMax + " entries but the log has "
                            + tree.size() + ": entries " + expectedSeq + " to " + (signedMax - 1) + " were removed");
                    truncationReported = true;
                }
                continue;
            }
            if (s.size() > tree.size() || !Arrays.equals(MerkleProofs.root(tree, s.size()), s.root())) {
                if (failedBefore) {
                    laterFailures.add(s.size()); // implied by the first failure: its leaves are inside every later tree
                } else {
                    problem(Problem.Kind.ROOT_MISMATCH, lastGood, s.size(), "the entries do not hash to the root signed at size " + s.size()
                            + ": at least one of entries " + lastGood + " to " + (s.size() - 1) + " differs from what was signed");
                }
                failedBefore = true;
                continue;
            }
            verified++;
            lastGood = s.size();
            verifiedSize = s.size();
        }
        if (!laterFailures.isEmpty()) {
            problem(Problem.Kind.ROOT_MISMATCH, -1, laterFailures.getLast(), laterFailures.size() == 1
                    ? "the later checkpoint of size " + laterFailures.getFirst() + " does not match the entries either, as follows from the problem above"
                    : "the " + laterFailures.size() + " later checkpoints (sizes " + laterFailures.getFirst() + " to " + laterFailures.getLast()
                    + ") do not match the entries either, as follows from the problem above");
        }
        for (Consistency c : proofs) {
            Signed from = signed.stream().filter(s -> s.size() == c.size1()).findFirst().orElse(null);
            Signed to = signed.stream().filter(s -> s.size() == c.size2()).findFirst().orElse(null);
            if (from == null || to == null) continue; // only proofs between signed checkpoints say anything
            try {
                MerkleProofs.verifyConsistency(c.size1(), c.size2(), c.proof(), from.root(), to.root());
            } catch (InvalidProofException e) {
                problem(Problem.Kind.INCONSISTENT, -1, c.size2(), "the signed checkpoints of sizes " + c.size1() + " and " + c.size2()
                        + " are not consistent: " + e.getMessage());
            }
        }
        List<Problem> all = new ArrayList<>(problems);
        if (problemsDropped > 0) {
            all.add(new Problem(problems.getLast().kind(), -1, -1, problemsDropped + " more problems were not listed"));
        }
        return new VerificationReport(tree.size(), checkpoints.size(), verified, verifiedSize, all);
    }

    private record Signed(long size, byte[] root) {
    }

    private void problem(Problem.Kind kind, long seq, long checkpointSize, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(kind, seq, checkpointSize, message));
        } else {
            problemsDropped++;
        }
    }
}
