package io.trustplane.core.audit.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree in memory that keeps the hash of every complete subtree (level by level,
 * about two hashes per leaf). Appending a leaf hashes each subtree it completes exactly once, so a run
 * of appends costs one node hash per leaf on average; roots and proofs read O(log n) stored nodes.
 *
 * <p>Hashes are kept in flat 1 MiB chunks per level rather than one array object per hash: 64 bytes per
 * leaf in all (10 million leaves in 640 MB), with no per-hash object header and little GC work.
 * Not thread-safe: callers synchronize (the server's audit log appends under a write lock and reads
 * roots and proofs under a read lock).
 */
public final class MerkleTree implements SubtreeHashes {
    private static final int CHUNK_SHIFT = 15;                 // 32,768 hashes = 1 MiB per chunk
    private static final int CHUNK_HASHES = 1 << CHUNK_SHIFT;
    private static final int H = MerkleHashes.SIZE;

    /** levels.get(l) holds the complete nodes of level l, left to right. */
    private final List<Level> levels = new ArrayList<>();
    private long size;

    public MerkleTree() {
        levels.add(new Level());
    }

    /** Appends a leaf by its entry's bytes; returns the leaf's index. */
    public long appendEntry(byte[] entry) {
        return appendLeafHash(MerkleHashes.leaf(entry));
    }

    /** Appends a leaf by its leaf hash ({@link MerkleHashes#leaf}); returns the leaf's index. */
    public long appendLeafHash(byte[] leafHash) {
        if (leafHash.length != H) {
            throw new IllegalArgumentException("a leaf hash has " + H + " bytes, not " + leafHash.length);
        }
        long index = levels.getFirst().count;
        levels.getFirst().add(leafHash);
        // every level whose node count became even completes a node one level up
        int level = 0;
        while (levels.get(level).count % 2 == 0) {
            Level nodes = levels.get(level);
            byte[] parent = MerkleHashes.node(nodes.get(nodes.count - 2), nodes.get(nodes.count - 1));
            if (levels.size() == level + 1) {
                levels.add(new Level());
            }
            levels.get(level + 1).add(parent);
            level++;
        }
        size = index + 1;
        return index;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] complete(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).count) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index
                    + " in a tree of " + size() + " leaves");
        }
        return levels.get(level).get(index);
    }

    /** The root hash of the whole tree (RFC 9162 MTH). */
    public byte[] root() {
        return MerkleProofs.root(this, size());
    }

    /** One level's hashes in fixed-size chunks. */
    private static final class Level {
        private final List<byte[]> chunks = new ArrayList<>();
        private long count;

        void add(byte[] hash) {
            int offset = (int) (count & (CHUNK_HASHES - 1));
            if (offset == 0) {
                chunks.add(new byte[CHUNK_HASHES * H]);
            }
            System.arraycopy(hash, 0, chunks.getLast(), offset * H, H);
            count++;
        }

        byte[] get(long index) {
            byte[] chunk = chunks.get((int) (index >>> CHUNK_SHIFT));
            int from = (int) (index & (CHUNK_HASHES - 1)) * H;
            return Arrays.copyOfRange(chunk, from, from + H);
        }
    }
}
