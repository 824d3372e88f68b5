package io.trustplane.server.privacy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import io.trustplane.server.secrets.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for people (annotators, data subjects): a keyed hash (Tink HMAC-SHA256 PRF) of the
 * project and the identifier, so the same person gets the same pseudonym within a project, different ones
 * across projects, and the identifier cannot be recovered or confirmed without the key. The PRF keyset is
 * generated at first start and stored encrypted with the master key.
 */
@Component
public class Pseudonyms {
    private static final String PURPOSE = "trustplane/pseudonym-key";
    private static final HexFormat HEX = HexFormat.of();
    private final PrfSet prf;

    public Pseudonyms(JdbcTemplate jdbc, MasterKey masterKey) {
        String stored = jdbc.query("SELECT value FROM audit_settings WHERE name = 'pseudonym_keyset'", (rs, i) -> rs.getString(1))
                .stream().findFirst().orElse(null);
        try {
            KeysetHandle keyset;
            if (stored == null) {
                keyset = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
                jdbc.update("INSERT INTO audit_settings (name, value) VALUES ('pseudonym_keyset', ?)", masterKey.encrypt(keyset, PURPOSE));
            } else {
                keyset = masterKey.decrypt(stored, PURPOSE);
            }
            this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the pseudonym key is unusable", e);
        }
    }

    /** E.g. {@code pseudonym("ann", project, "alice@example.com")} → {@code ann_5f0c9a…} (16 bytes of PRF output). */
    public String pseudonym(String kind, UUID projectId, String identifier) {
        try {
            byte[] input = (projectId + "\u0000" + identifier).getBytes(StandardCharsets.UTF_8);
            return kind + "_" + HEX.formatHex(prf.computePrimary(input, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("computing a pseudonym failed", e);
        }
    }
}
