package io.trustplane.server.gateway.upstream;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.trustplane.server.secrets.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encrypts upstream credentials at rest: Tink AES-256-GCM with a gateway keyset that is generated at first start and
 * stored encrypted with the master key (like the pseudonym key). The project and the upstream's id are the associated
 * data, so a ciphertext copied onto another upstream's row does not decrypt.
 */
@Component
class UpstreamCredentials {
    private static final String PURPOSE = "trustplane/gateway-credential-key";
    private static final String SETTING = "gateway_credential_keyset";
    private static final int HINT_MIN_LENGTH = 16;
    private final Aead aead;

    UpstreamCredentials(JdbcTemplate jdbc, MasterKey masterKey) {
        String stored = jdbc.query("SELECT value FROM audit_settings WHERE name = ?", (rs, i) -> rs.getString(1), SETTING)
                .stream().findFirst().orElse(null);
        try {
            KeysetHandle keyset;
            if (stored == null) {
                keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                jdbc.update("INSERT INTO audit_settings (name, value) VALUES (?, ?)", SETTING, masterKey.encrypt(keyset, PURPOSE));
            } else {
                keyset = masterKey.decrypt(stored, PURPOSE);
            }
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the gateway credential key is unusable", e);
        }
    }

    String encrypt(UUID projectId, UUID upstreamId, String credential) {
        try {
            byte[] ciphertext = aead.encrypt(credential.getBytes(StandardCharsets.UTF_8), associatedData(projectId, upstreamId));
            return Base64.getEncoder().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting an upstream credential failed", e);
        }
    }

    String decrypt(UUID projectId, UUID upstreamId, String encrypted) {
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(encrypted), associatedData(projectId, upstreamId));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the credential of upstream " + upstreamId + " does not decrypt: wrong master key, "
                    + "or the row was changed");
        }
    }

    /** The last four characters of a credential long enough that they give nothing useful away; null otherwise. */
    static String hint(String credential) {
        return credential.length() < HINT_MIN_LENGTH ? null : "..." + credential.substring(credential.length() - 4);
    }

    private static byte[] associatedData(UUID projectId, UUID upstreamId) {
        return ("trustplane/gateway-credential|" + projectId + "|" + upstreamId).getBytes(StandardCharsets.UTF_8);
    }
}
