package io.trustplane.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates API keys. A key looks like {@code tpk_3f9a1c2b_<43 base64url chars>}: the type tag and
 * 8 hex characters form the visible prefix that identifies the key in listings and logs; the rest is
 * 256 bits from {@link SecureRandom}. Only the SHA-256 hash of the whole key is stored.
 */
public final class ApiKeys {
    public static final String PROJECT_TAG = "tpk";
    public static final String ADMIN_TAG = "tpa";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern KEY_FORMAT =
            java.util.regex.Pattern.compile("(tpk|tpa)_[0-9a-f]{8}_[A-Za-z0-9_-]{43}");

    private ApiKeys() {
    }

    /** A freshly generated key and its visible prefix. The key is shown once and never stored. */
    public record NewKey(String key, String prefix) {
        @Override
        public String toString() {
            return "NewKey[prefix=" + prefix + "]"; // never print the secret by accident
        }
    }

    public static NewKey generate(String tag) {
        byte[] id = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String prefix = tag + "_" + HexFormat.of().formatHex(id);
        return new NewKey(prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), prefix);
    }

    /**
     * The visible prefix of a key in this format ({@code tag_hex8}); a key chosen by an operator in another
     * format gets the fixed label {@code custom}, so no part of its secret ends up in listings or logs.
     */
    public static String prefixOf(String key) {
        return KEY_FORMAT.matcher(key).matches() ? key.substring(0, key.indexOf('_', 4)) : "custom";
    }

}
