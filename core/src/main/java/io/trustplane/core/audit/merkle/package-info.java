/**
 * The Merkle tree of the audit log, hashed exactly as RFC 6962 and RFC 9162 define it, so that tools
 * outside this project (Certificate Transparency and transparency-dev clients, witnesses) verify our
 * proofs: leaves are {@code SHA-256(0x00 || entry)}, interior nodes {@code SHA-256(0x01 || left || right)}
 * and the empty tree {@code SHA-256("")}.
 *
 * <ul>
 *   <li>{@link io.trustplane.core.audit.merkle.MerkleHashes}: the three hash functions.
 *   <li>{@link io.trustplane.core.audit.merkle.MerkleTree}: an append-only tree that keeps every complete
 *       subtree's hash, so an append costs O(1) amortised hashes and a root or proof O(log n); nothing is
 *       ever recomputed from the leaves.
 *   <li>{@link io.trustplane.core.audit.merkle.MerkleProofs}: inclusion and consistency proofs
 *       (RFC 9162 §2.1.3 and §2.1.4) over any {@link io.trustplane.core.audit.merkle.SubtreeHashes}, and
 *       their verification, which needs nothing but hashes.
 * </ul>
 */
package io.trustplane.core.audit.merkle;
