package io.trustplane.server.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key comes from. It encrypts every key the server stores (audit signing keys, data-subject
 * keys, pseudonym keys).
 *
 * @param masterKey     a Tink JSON keyset (AES-GCM), e.g. from a secret mounted into the environment as
 *                      {@code TRUSTPLANE_SECRETS_MASTER_KEY}; takes precedence over the file
 * @param masterKeyFile a file holding that keyset; generated at first start when missing (owner-only
 *                      permissions). Empty means {@code <data-dir>/master-key.json}.
 */
@ConfigurationProperties("trustplane.secrets")
public record SecretsProperties(String masterKey, String masterKeyFile) {
    /** Never prints the key itself (records print every component). */
    @Override
    public String toString() {
        return "SecretsProperties[masterKey=" + (masterKey == null || masterKey.isBlank() ? "(not set)" : "(set, hidden)")
                + ", masterKeyFile=" + masterKeyFile + "]";
    }
}
