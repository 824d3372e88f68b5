package io.trustplane.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys are stored only as SHA-256 hashes. Keys are 256-bit random secrets, so a fast hash is the
 * right tool (as for GitHub and Stripe tokens): a slow password hash adds nothing against brute force
 * of a 256-bit space and would cost milliseconds on every request.
 */
public final class ApiKeyHasher {
    private ApiKeyHasher() {
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
