package io.trustplane.core.audit.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.audit.merkle.MerkleTree;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the reference implementation of C2SP signed notes, Go's
 * {@code golang.org/x/mod/sumdb/note}: its documented example key and note (BSD-style licence) are
 * reproduced byte for byte, which works because Ed25519 signatures are deterministic (RFC 8032).
 */
class SignedNoteTest {
    private static final String GO_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private static NoteSigner peter() throws GeneralSecurityException {
        // PRIVATE+KEY+<name>+<hash>+<base64(0x01 || seed)>; the base64 may itself contain '+'
        String[] parts = GO_SIGNER_KEY.split("\\+", 5);
        byte[] typed = Base64.getDecoder().decode(parts[4]);
        assertThat(typed[0]).isEqualTo((byte) 1);
        return NoteSigner.fromSeed(parts[2], Arrays.copyOfRange(typed, 1, typed.length));
    }

    @Test
    void signsExactlyLikeTheGoReference() throws Exception {
        NoteSigner signer = peter();
        assertThat(signer.verifierKey()).isEqualTo(GO_VERIFIER_KEY);
        assertThat(SignedNote.sign(GO_TEXT, List.of(signer))).isEqualTo(GO_NOTE);
    }

    @Test
    void opensTheGoReferenceNote() throws Exception {
        SignedNote note = SignedNote.open(GO_NOTE, List.of(NoteVerifier.parse(GO_VERIFIER_KEY)));
        assertThat(note.text()).isEqualTo(GO_TEXT);
        assertThat(note.verified()).containsExactly("PeterNeumann");
        assertThat(note.unknown()).isEmpty();
    }

    @Test
    void tamperingAndUnknownKeysAreRejected() throws Exception {
        List<NoteVerifier> peter = List.of(NoteVerifier.parse(GO_VERIFIER_KEY));
        assertThatThrownBy(() -> SignedNote.open(GO_NOTE.replace("cryptography", "cryptographY"), peter))
                .isInstanceOf(NoteException.class).hasMessageContaining("does not verify");
        NoteSigner other = NoteSigner.fromSeed("other.example/log", new byte[32]);
        assertThatThrownBy(() -> SignedNote.open(GO_NOTE, List.of(other.verifier())))
                .hasMessageContaining("no known key");
        assertThatThrownBy(() -> SignedNote.open(GO_TEXT, peter)).hasMessageContaining("blank line");
        assertThatThrownBy(() -> SignedNote.open(GO_NOTE.replace("\u2014 ", "- "), peter)).hasMessageContaining("em dash");
        assertThatThrownBy(() -> NoteVerifier.parse(GO_VERIFIER_KEY.replace("c74f20a3", "c74f20a4"))).hasMessageContaining("does not match");
        assertThatThrownBy(() -> NoteVerifier.parse("PeterNeumann+c74f20a3")).isInstanceOf(NoteException.class);
        assertThatThrownBy(() -> SignedNote.sign("no final newline", List.of(peter()))).hasMessageContaining("newline");
        assertThatThrownBy(() -> SignedNote.sign("bell \u0007\n", List.of(peter()))).hasMessageContaining("control");
    }

    @Test
    void aCheckpointOfTheMerkleTreeIsSignedByTwoKeysAndVerifiedByEither() throws Exception {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 10; i++) {
            tree.appendEntry(("entry " + i).getBytes());
        }
        Checkpoint checkpoint = new Checkpoint("trustplane.example/audit", tree.size(), tree.root(), List.of("extension line"));
        NoteSigner log = NoteSigner.fromSeed("trustplane.example/audit", new byte[32]);
        NoteSigner witness = peter();
        String note = SignedNote.sign(checkpoint.text(), List.of(log, witness));
        assertThat(note).startsWith("trustplane.example/audit\n10\n");

        SignedNote opened = SignedNote.open(note, List.of(log.verifier()));
        assertThat(opened.verified()).containsExactly("trustplane.example/audit");
        assertThat(opened.unknown()).containsExactly("PeterNeumann");
        Checkpoint parsed = Checkpoint.parse(opened.text());
        assertThat(parsed).isEqualTo(checkpoint);
        assertThat(parsed.rootHash()).isEqualTo(tree.root());
        assertThat(SignedNote.open(note, List.of(NoteVerifier.parse(witness.verifierKey()))).verified()).containsExactly("PeterNeumann");
    }

    @Test
    void malformedCheckpointsAreRejectedWithTheReason() {
        String root = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> Checkpoint.parse("origin\n010\n" + root + "\n")).hasMessageContaining("leading zeros");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n-1\n" + root + "\n")).hasMessageContaining("decimal");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n99999999999999999999\n" + root + "\n")).isInstanceOf(NoteException.class);
        assertThatThrownBy(() -> Checkpoint.parse("origin\n1\nAAAA\n")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n1\n" + root)).hasMessageContaining("newline");
        assertThatThrownBy(() -> Checkpoint.parse("\n1\n" + root + "\n")).hasMessageContaining("origin");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n1\n" + root + "\n\n")).hasMessageContaining("extension");
    }
}
