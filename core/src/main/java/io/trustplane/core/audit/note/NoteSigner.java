package io.trustplane.core.audit.note;

import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.subtle.Ed25519Sign;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A named Ed25519 signing key for notes. The signature comes from a Tink {@link PublicKeySign} that must
 * produce raw Ed25519 signatures (a keyset of {@code ED25519_RAW} keys, or Tink's {@link Ed25519Sign});
 * the key itself never leaves Tink.
 */
public final class NoteSigner {
    private final String name;
    private final byte[] publicKey;
    private final int keyHash;
    private final PublicKeySign sign;

    public NoteSigner(String name, byte[] publicKey, PublicKeySign sign) {
        NoteKeys.checkName(name);
        if (publicKey.length != NoteKeys.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyHash = NoteKeys.keyHash(name, publicKey);
        this.sign = sign;
    }

    /** A signer from a 32-byte Ed25519 private key seed (RFC 8032), e.g. one decrypted from a key store. */
    public static NoteSigner fromSeed(String name, byte[] seed) throws GeneralSecurityException {
        Ed25519Sign.KeyPair pair = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
        return new NoteSigner(name, pair.getPublicKey(), new Ed25519Sign(pair.getPrivateKey()));
    }

    public String name() {
        return name;
    }

    public int keyHash() {
        return keyHash;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier key to publish: {@code <name>+<8 hex digits of the key hash>+<base64(0x01 || public key)>}. */
    public String verifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = NoteKeys.ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + HexFormat.of().toHexDigits(keyHash) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The verifier of this signer's signatures. */
    public NoteVerifier verifier() {
        return NoteVerifier.of(name, publicKey);
    }

    byte[] sign(byte[] message) throws GeneralSecurityException {
        byte[] signature = sign.sign(message);
        if (signature.length != 64) {
            throw new GeneralSecurityException("expected a raw 64-byte Ed25519 signature, got " + signature.length
                    + " bytes (use a key with RAW output prefix)");
        }
        return signature;
    }
}
