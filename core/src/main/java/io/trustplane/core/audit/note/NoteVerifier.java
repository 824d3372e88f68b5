package io.trustplane.core.audit.note;

import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.subtle.Ed25519Verify;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/** A named Ed25519 public key that checks note signatures (Tink's {@link Ed25519Verify}). */
public final class NoteVerifier {
    private final String name;
    private final int keyHash;
    private final PublicKeyVerify verify;

    private NoteVerifier(String name, int keyHash, PublicKeyVerify verify) {
        this.name = name;
        this.keyHash = keyHash;
        this.verify = verify;
    }

    static NoteVerifier of(String name, byte[] publicKey) {
        NoteKeys.checkName(name);
        if (publicKey.length != NoteKeys.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        return new NoteVerifier(name, NoteKeys.keyHash(name, publicKey), new Ed25519Verify(publicKey));
    }

    /** Parses a verifier key {@code <name>+<hex key hash>+<base64(0x01 || public key)>}; checks that the hash matches. */
    public static NoteVerifier parse(String verifierKey) throws NoteException {
        int first = verifierKey.indexOf('+');
        int second = first < 0 ? -1 : verifierKey.indexOf('+', first + 1);
        if (first <= 0 || second < 0) {
            throw new NoteException("a verifier key is <name>+<key hash>+<key>: " + verifierKey);
        }
        String name = verifierKey.substring(0, first);
        String hashHex = verifierKey.substring(first + 1, second);
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(verifierKey.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new NoteException("the key of a verifier key is not base64: " + verifierKey, e);
        }
        if (hashHex.length() != 8 || !hashHex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))) {
            throw new NoteException("the key hash of a verifier key is 8 lower-case hex digits: " + hashHex);
        }
        if (typed.length != 1 + NoteKeys.PUBLIC_KEY_SIZE || typed[0] != NoteKeys.ED25519) {
            throw new NoteException("only Ed25519 verifier keys (type 0x01, 32 bytes) are supported");
        }
        byte[] publicKey = java.util.Arrays.copyOfRange(typed, 1, typed.length);
        NoteVerifier verifier;
        try {
            verifier = of(name, publicKey);
        } catch (IllegalArgumentException e) {
            throw new NoteException(e.getMessage(), e);
        }
        if (verifier.keyHash != HexFormat.fromHexDigits(hashHex)) {
            throw new NoteException("the key hash " + hashHex + " does not match the key and name");
        }
        return verifier;
    }

    public String name() {
        return name;
    }

    public int keyHash() {
        return keyHash;
    }

    boolean verifies(byte[] message, byte[] signature) {
        try {
            verify.verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
