package io.trustplane.core.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 6962/9162 conformance. The test vectors (the eight-leaf reference tree, its roots at every size,
 * and proofs) are the published ones used by Certificate Transparency and transparency-dev/merkle
 * ({@code proof/verify_test.go}, Apache-2.0); everything else is checked against a direct transcription
 * of the RFC's recursive MTH definition.
 */
class MerkleProofsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** {leaf index (1-based, as published), tree size, proof...}. */
    private static final String[][] INCLUSION = {
            {"1", "8", "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {"6", "8", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
            {"3", "3", "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
            {"2", "5", "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"},
            {"1", "1"}};

    /** {size1, size2, proof...}. */
    private static final String[][] CONSISTENCY = {
            {"1", "1"},
            {"1", "8", "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {"6", "8", "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
            {"2", "5", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"},
            {"6", "7", "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}};

    private static MerkleTree referenceTree() {
        MerkleTree tree = new MerkleTree();
        for (String leaf : LEAVES) {
            tree.appendEntry(HEX.parseHex(leaf));
        }
        return tree;
    }

    private static List<byte[]> hashes(String[] row, int from) {
        List<byte[]> out = new ArrayList<>();
        for (int i = from; i < row.length; i++) {
            out.add(HEX.parseHex(row[i]));
        }
        return out;
    }

    @Test
    void hashesAreDomainSeparatedAsInRfc6962() {
        assertThat(HEX.formatHex(MerkleHashes.empty())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HEX.formatHex(MerkleHashes.leaf(new byte[0]))).isEqualTo(ROOTS[0]);
        assertThat(MerkleHashes.leaf("L".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(MerkleHashes.node(new byte[0], "L".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rootsOfThePublishedTreeAtEverySize() {
        MerkleTree tree = new MerkleTree();
        assertThat(tree.root()).isEqualTo(MerkleHashes.empty());
        for (int i = 0; i < LEAVES.length; i++) {
            tree.appendEntry(HEX.parseHex(LEAVES[i]));
            assertThat(HEX.formatHex(tree.root())).as("root at size %d", i + 1).isEqualTo(ROOTS[i]);
        }
        for (int size = 1; size <= LEAVES.length; size++) {
            assertThat(HEX.formatHex(MerkleProofs.root(tree, size))).isEqualTo(ROOTS[size - 1]);
        }
    }

    @Test
    void publishedInclusionProofsAreGeneratedAndVerified() throws InvalidProofException {
        MerkleTree tree = referenceTree();
        for (String[] row : INCLUSION) {
            long index = Long.parseLong(row[0]) - 1;
            long size = Long.parseLong(row[1]);
            List<byte[]> expected = hashes(row, 2);
            List<byte[]> proof = MerkleProofs.inclusion(tree, index, size);
            assertThat(proof).as("proof of leaf %d in size %d", index, size).usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(expected);
            byte[] leafHash = MerkleHashes.leaf(HEX.parseHex(LEAVES[(int) index]));
            byte[] root = HEX.parseHex(ROOTS[(int) size - 1]);
            MerkleProofs.verifyInclusion(index, size, leafHash, expected, root);
            assertCorruptedInclusionFails(index, size, leafHash, expected, root);
        }
    }

    @Test
    void publishedConsistencyProofsAreGeneratedAndVerified() throws InvalidProofException {
        MerkleTree tree = referenceTree();
        for (String[] row : CONSISTENCY) {
            long size1 = Long.parseLong(row[0]);
            long size2 = Long.parseLong(row[1]);
            List<byte[]> expected = hashes(row, 2);
            assertThat(MerkleProofs.consistency(tree, size1, size2)).usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(expected);
            byte[] root1 = HEX.parseHex(ROOTS[(int) size1 - 1]);
            byte[] root2 = HEX.parseHex(ROOTS[(int) size2 - 1]);
            MerkleProofs.verifyConsistency(size1, size2, expected, root1, root2);
            if (!expected.isEmpty()) {
                assertCorruptedConsistencyFails(size1, size2, expected, root1, root2);
            }
        }
    }

    @Test
    void everyProofOfEveryTreeUpTo70LeavesAgreesWithTheRfcDefinition() throws InvalidProofException {
        MerkleTree tree = new MerkleTree();
        List<byte[]> leafHashes = new ArrayList<>();
        for (int n = 1; n <= 70; n++) {
            byte[] entry = ("entry " + n).getBytes(StandardCharsets.UTF_8);
            tree.appendEntry(entry);
            leafHashes.add(MerkleHashes.leaf(entry));
            byte[] root = mth(leafHashes, 0, n);
            assertThat(tree.root()).as("root at %d", n).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                MerkleProofs.verifyInclusion(m, n, leafHashes.get(m), MerkleProofs.inclusion(tree, m, n), root);
            }
            for (int m = 0; m <= n; m++) {
                byte[] older = m == 0 ? MerkleHashes.empty() : mth(leafHashes, 0, m);
                MerkleProofs.verifyConsistency(m, n, MerkleProofs.consistency(tree, m, n), older, root);
            }
        }
    }

    @Test
    void edgeCasesOfConsistency() {
        byte[] a = MerkleHashes.leaf(new byte[] {1});
        byte[] b = MerkleHashes.leaf(new byte[] {2});
        assertThatCode(() -> MerkleProofs.verifyConsistency(0, 0, List.of(), a, a)).doesNotThrowAnyException();
        assertThatCode(() -> MerkleProofs.verifyConsistency(0, 5, List.of(), a, b)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 1, List.of(), a, b)).isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(2, 1, List.of(), a, b)).hasMessageContaining("older");
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 2, List.of(), a, b)).hasMessageContaining("empty proof");
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(0, 1, List.of(a), a, a)).isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 1, new byte[0], List.of(), new byte[0]))
                .isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> MerkleProofs.inclusion(referenceTree(), 8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistency(referenceTree(), 3, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCorruptedInclusionFails(long index, long size, byte[] leaf, List<byte[]> proof, byte[] root) {
        byte[] other = MerkleHashes.leaf("other".getBytes(StandardCharsets.UTF_8));
        List<Runnable> probes = new ArrayList<>();
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index - 1, size, leaf, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index + 1, size, leaf, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index ^ 2, size, leaf, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size * 2, leaf, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size / 2, leaf, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, other, proof, root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, proof, MerkleHashes.empty())));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, with(proof, proof.size(), root), root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, with(proof, 0, root), root)));
        probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, with(proof, 0, new byte[0]), root)));
        for (int i = 0; i < proof.size(); i++) {
            int k = i;
            probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, flipped(proof, k), root)));
        }
        if (!proof.isEmpty()) {
            probes.add(() -> check(() -> MerkleProofs.verifyInclusion(index, size, leaf, proof.subList(0, proof.size() - 1), root)));
        }
        probes.forEach(Runnable::run);
    }

    private static void assertCorruptedConsistencyFails(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        List<Runnable> probes = new ArrayList<>();
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1 - 1, size2, proof, root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1 + 1, size2, proof, root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1 ^ 2, size2, proof, root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2 * 2, proof, root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2 / 2, proof, root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, proof, root2, root1)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, proof, MerkleHashes.empty(), root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, List.of(), root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, with(proof, proof.size(), root1), root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, with(proof, proof.size(), root2), root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, with(proof, 0, root1), root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, with(proof, 0, proof.get(0)), root1, root2)));
        probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, proof.subList(0, proof.size() - 1), root1, root2)));
        for (int i = 0; i < proof.size(); i++) {
            int k = i;
            probes.add(() -> check(() -> MerkleProofs.verifyConsistency(size1, size2, flipped(proof, k), root1, root2)));
        }
        probes.forEach(Runnable::run);
    }

    private interface Verification {
        void run() throws InvalidProofException;
    }

    private static void check(Verification v) {
        assertThatThrownBy(v::run).isInstanceOf(InvalidProofException.class);
    }

    private static List<byte[]> with(List<byte[]> proof, int at, byte[] extra) {
        List<byte[]> out = new ArrayList<>(proof);
        out.add(at, extra);
        return out;
    }

    private static List<byte[]> flipped(List<byte[]> proof, int i) {
        List<byte[]> out = new ArrayList<>(proof);
        byte[] h = out.get(i).clone();
        h[0] ^= 8;
        out.set(i, h);
        return out;
    }

    /** RFC 9162 §2.1.1 MTH, transcribed directly: the reference the tree and proofs are checked against. */
    private static byte[] mth(List<byte[]> leafHashes, int begin, int end) {
        int n = end - begin;
        if (n == 1) {
            return leafHashes.get(begin);
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleHashes.node(mth(leafHashes, begin, begin + k), mth(leafHashes, begin + k, end));
    }
}
