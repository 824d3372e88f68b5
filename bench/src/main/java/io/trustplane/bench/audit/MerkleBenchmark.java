package io.trustplane.bench.audit;

import io.trustplane.core.audit.merkle.InvalidProofException;
import io.trustplane.core.audit.merkle.MerkleHashes;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.merkle.MerkleTree;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit log's Merkle operations on a tree of {@code size} leaves, one thread:
 * <ul>
 *   <li>{@code baseline}: one RFC 6962 leaf hash of a 256-byte entry (SHA-256), the least an append does;
 *   <li>{@code append}: hash and append one 256-byte entry (including the interior nodes it completes);
 *   <li>{@code root}: the root of the current tree;
 *   <li>{@code inclusionProof} / {@code consistencyProof}: generate a proof for a random leaf / an older size;
 *   <li>{@code verifyInclusion} / {@code verifyConsistency}: check such a proof against its roots (what a client
 *       does with it), from a pool of {@value #POOL} proofs generated at setup.
 * </ul>
 * Sample mode, so p50/p99 per call come from the histogram. The tree keeps 64 bytes per leaf (640 MB at
 * 10 million leaves); the {@code append} benchmark grows it by a few million more during its run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class MerkleBenchmark {
    static final int POOL = 4096;

    @Param({"1000000", "10000000"})
    public int size;

    private MerkleTree tree;
    private byte[] entry;
    private SplittableRandom random;
    private InclusionCase[] inclusions;
    private ConsistencyCase[] consistencies;
    private int next;

    private record InclusionCase(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    }

    private record ConsistencyCase(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        tree = new MerkleTree();
        entry = new byte[256];
        random = new SplittableRandom(42);
        for (int i = 0; i < size; i++) {
            entry[0] = (byte) i;
            entry[1] = (byte) (i >>> 8);
            entry[2] = (byte) (i >>> 16);
            tree.appendEntry(entry);
        }
        long n = tree.size();
        byte[] root = tree.root();
        SplittableRandom pool = new SplittableRandom(7);
        inclusions = new InclusionCase[POOL];
        consistencies = new ConsistencyCase[POOL];
        for (int i = 0; i < POOL; i++) {
            long index = pool.nextLong(n);
            inclusions[i] = new InclusionCase(index, n, tree.complete(0, index), MerkleProofs.inclusion(tree, index, n), root);
            long size1 = 1 + pool.nextLong(n - 1);
            consistencies[i] = new ConsistencyCase(size1, n, MerkleProofs.consistency(tree, size1, n), MerkleProofs.root(tree, size1), root);
        }
    }

    @Benchmark
    public byte[] baseline() {
        entry[3]++;
        return MerkleHashes.leaf(entry);
    }

    @Benchmark
    public long append() {
        entry[3]++;
        return tree.appendEntry(entry);
    }

    @Benchmark
    public byte[] root() {
        return tree.root();
    }

    @Benchmark
    public List<byte[]> inclusionProof() {
        long n = tree.size();
        return MerkleProofs.inclusion(tree, random.nextLong(n), n);
    }

    @Benchmark
    public List<byte[]> consistencyProof() {
        long n = tree.size();
        return MerkleProofs.consistency(tree, 1 + random.nextLong(n - 1), n);
    }

    @Benchmark
    public byte[] verifyInclusion() throws InvalidProofException {
        InclusionCase c = inclusions[next++ & (POOL - 1)];
        MerkleProofs.verifyInclusion(c.index(), c.size(), c.leafHash(), c.proof(), c.root());
        return c.root();
    }

    @Benchmark
    public byte[] verifyConsistency() throws InvalidProofException {
        ConsistencyCase c = consistencies[next++ & (POOL - 1)];
        MerkleProofs.verifyConsistency(c.size1(), c.size2(), c.proof(), c.root1(), c.root2());
        return c.root2();
    }
}
