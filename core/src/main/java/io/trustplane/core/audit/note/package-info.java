/**
 * Signed checkpoints in the C2SP formats, so that standard transparency-log tools (Go's
 * {@code sumdb/note}, witnesses, tile clients) read and verify them:
 *
 * <ul>
 *   <li>{@link io.trustplane.core.audit.note.Checkpoint}: the C2SP tlog-checkpoint body (origin line,
 *       decimal tree size, base64 root hash, optional extension lines).
 *   <li>{@link io.trustplane.core.audit.note.SignedNote}: the C2SP signed-note envelope (text, blank
 *       line, one {@code — <key name> <base64(key hash || signature)>} line per signature).
 *   <li>{@link io.trustplane.core.audit.note.NoteSigner} and {@link io.trustplane.core.audit.note.NoteVerifier}:
 *       Ed25519 keys (Tink primitives) named and identified as the signed-note spec defines, with the
 *       {@code name+hash+base64} verifier-key encoding.
 * </ul>
 */
package io.trustplane.core.audit.note;
