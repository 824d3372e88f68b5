package io.trustplane.core.audit.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Roots, inclusion proofs and consistency proofs of RFC 9162 (§2.1.1–§2.1.4), written from the RFC's
 * definitions: generation over any {@link SubtreeHashes}, verification from hashes alone. Proof hashes
 * are ordered from the leaves up, as the RFC lists them.
 */
public final class MerkleProofs {
    private MerkleProofs() {
    }

    /** MTH of the first {@code size} leaves: the root of the tree as it was at that size. */
    public static byte[] root(SubtreeHashes tree, long size) {
        if (size < 0 || size > tree.size()) {
            throw new IllegalArgumentException("tree size " + size + " outside [0, " + tree.size() + "]");
        }
        return size == 0 ? MerkleHashes.empty() : subtree(tree, 0, size);
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves (RFC 9162 PATH). */
    public static List<byte[]> inclusion(SubtreeHashes tree, long index, long size) {
        if (size < 1 || size > tree.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of size " + size
                    + " (the log has " + tree.size() + " leaves)");
        }
        List<byte[]> path = new ArrayList<>();
        path(tree, index, 0, size, path);
        return path;
    }

    /** The proof that the tree of size {@code size1} is a prefix of the one of size {@code size2} (RFC 9162 PROOF). */
    public static List<byte[]> consistency(SubtreeHashes tree, long size1, long size2) {
        if (size1 < 0 || size1 > size2 || size2 > tree.size()) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to size " + size2
                    + " (the log has " + tree.size() + " leaves)");
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            subproof(tree, size1, 0, size2, true, proof);
        }
        return proof;
    }

    /** Checks an inclusion proof against a root; throws with the reason when it does not hold. */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws InvalidProofException {
        checkHash(root, "root");
        byte[] computed = rootFromInclusion(index, size, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new InvalidProofException("the proof leads to root " + hex(computed) + ", not " + hex(root));
        }
    }

    /** The root an inclusion proof leads to (RFC 9162 §2.1.3.2, steps 1–4). */
    public static byte[] rootFromInclusion(long index, long size, byte[] leafHash, List<byte[]> proof)
            throws InvalidProofException {
        if (index < 0 || index >= size) {
            throw new InvalidProofException("leaf index " + index + " is not inside a tree of size " + size);
        }
        checkHash(leafHash, "leaf hash");
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (int i = 0; i < proof.size(); i++) {
            byte[] p = proof.get(i);
            checkHash(p, "proof[" + i + "]");
            if (sn == 0) {
                throw new InvalidProofException("the proof has " + proof.size() + " hashes, more than the tree's height needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("the proof has " + proof.size() + " hashes, fewer than the tree's height needs");
        }
        return r;
    }

    /** Checks a consistency proof between two roots (RFC 9162 §2.1.4.2); throws with the reason when it does not hold. */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws InvalidProofException {
        if (size1 < 0 || size2 < size1) {
            throw new InvalidProofException("size " + size2 + " is older than size " + size1);
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("equal sizes need an empty proof");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new InvalidProofException("two different roots for the same size " + size1);
            }
            return;
        }
        if (size1 == 0) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("the empty tree is consistent with any tree; its proof is empty");
            }
            return;
        }
        checkHash(root1, "first root");
        checkHash(root2, "second root");
        if (proof.isEmpty()) {
            throw new InvalidProofException("an empty proof cannot link size " + size1 + " to size " + size2);
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1); // a complete first tree is its own first node
        }
        path.addAll(proof);
        for (int i = 0; i < path.size(); i++) {
            checkHash(path.get(i), "proof[" + i + "]");
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                throw new InvalidProofException("the proof has more hashes than the two trees need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("the proof has fewer hashes than the two trees need");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new InvalidProofException("the proof does not lead to the first root " + hex(root1));
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new InvalidProofException("the proof does not lead to the second root " + hex(root2));
        }
    }

    /** MTH(D[begin:end)); the RFC's recursion only ever asks for ranges whose complete parts are aligned. */
    static byte[] subtree(SubtreeHashes tree, long begin, long end) {
        long n = end - begin;
        if (Long.bitCount(n) == 1 && begin % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return tree.complete(level, begin >>> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashes.node(subtree(tree, begin, begin + k), subtree(tree, begin + k, end));
    }

    private static void path(SubtreeHashes tree, long index, long begin, long end, List<byte[]> out) {
        if (end - begin == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - begin);
        if (index < begin + k) {
            path(tree, index, begin, begin + k, out);
            out.add(subtree(tree, begin + k, end));
        } else {
            path(tree, index, begin + k, end, out);
            out.add(subtree(tree, begin, begin + k));
        }
    }

    /** SUBPROOF(m, D[begin:end), b) of RFC 9162 §2.1.4.1, m counted from begin. */
    private static void subproof(SubtreeHashes tree, long m, long begin, long end, boolean whole, List<byte[]> out) {
        long n = end - begin;
        if (m == n) {
            if (!whole) {
                out.add(subtree(tree, begin, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(tree, m, begin, begin + k, whole, out);
            out.add(subtree(tree, begin + k, end));
        } else {
            subproof(tree, m - k, begin + k, end, false, out);
            out.add(subtree(tree, begin, begin + k));
        }
    }

    /** The largest power of two strictly below n (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void checkHash(byte[] hash, String what) throws InvalidProofException {
        if (hash == null || hash.length != MerkleHashes.SIZE) {
            throw new InvalidProofException(what + " must have " + MerkleHashes.SIZE + " bytes, not "
                    + (hash == null ? "none" : hash.length));
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
