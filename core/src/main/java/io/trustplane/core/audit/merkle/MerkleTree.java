package io.trustplane.core.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree in memory that keeps the hash of every complete subtree (level by level,
 * about two hashes per leaf). Appending a leaf hashes each subtree it completes exactly once, so a run
 * of appends costs one node hash per leaf on average; roots and proofs read O(log n) stored nodes.
 * Not thread-safe: the audit log appends from one writer.
 */
public final class MerkleTree implements SubtreeHashes {
    /** levels.get(l) holds the complete nodes of level l, left to right. */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    /** Appends a leaf by its entry's bytes; returns the leaf's index. */
    public long appendEntry(byte[] entry) {
        return appendLeafHash(MerkleHashes.leaf(entry));
    }

    /** Appends a leaf by its leaf hash ({@link MerkleHashes#leaf}); returns the leaf's index. */
    public long appendLeafHash(byte[] leafHash) {
        if (leafHash.length != MerkleHashes.SIZE) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHashes.SIZE + " bytes, not " + leafHash.length);
        }
        List<byte[]> leaves = levels.get(0);
        long index = leaves.size();
        leaves.add(leafHash.clone());
        // every level whose node count became even completes a node one level up
        int level = 0;
        while (levels.get(level).size() % 2 == 0) {
            List<byte[]> nodes = levels.get(level);
            byte[] parent = MerkleHashes.node(nodes.get(nodes.size() - 2), nodes.get(nodes.size() - 1));
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(level + 1).add(parent);
            level++;
        }
        return index;
    }

    @Override
    public long size() {
        return levels.get(0).size();
    }

    @Override
    public byte[] complete(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index
                    + " in a tree of " + size() + " leaves");
        }
        return levels.get(level).get((int) index).clone();
    }

    /** The root hash of the whole tree (RFC 9162 MTH). */
    public byte[] root() {
        return MerkleProofs.root(this, size());
    }
}
