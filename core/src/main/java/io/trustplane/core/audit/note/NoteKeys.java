package io.trustplane.core.audit.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key hashes of the signed-note spec (Ed25519, signature type 0x01). */
final class NoteKeys {
    static final byte ED25519 = 0x01;
    static final int PUBLIC_KEY_SIZE = 32;

    private NoteKeys() {
    }

    /**
     * The first four bytes of {@code SHA-256(name || "\n" || 0x01 || public key)}, as a big-endian int: the
     * key ID that signature lines and verifier keys carry.
     */
    static int keyHash(String name, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(ED25519);
            sha.update(publicKey);
            byte[] d = sha.digest();
            return ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A key name is non-empty UTF-8 without spaces, '+' or control characters. */
    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a key name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a key name cannot contain spaces, '+' or control characters: " + name);
            }
        }
    }
}
