package io.trustplane.core.audit.merkle;

/**
 * Read access to the complete subtrees of a log's Merkle tree, from which every root and proof is
 * computed: the node at {@code level} and {@code index} covers leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}, level 0 being the leaf hashes.
 */
public interface SubtreeHashes {
    /** Number of leaves in the tree. */
    long size();

    /** Hash of a complete subtree; {@code (index + 1) * 2^level} must not exceed {@link #size()}. */
    byte[] complete(int level, long index);
}
