package io.trustplane.server.audit;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.server.secrets.MasterKey;
import io.trustplane.server.store.Ids;
import io.trustplane.server.store.SqlTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log's origin and its Ed25519 signing keys. Keys are Tink keysets (raw Ed25519, so signatures are the
 * plain RFC 8032 signatures C2SP notes carry) generated at first start and stored encrypted with the master
 * key; only the current key signs, retired keys stay published so old checkpoints keep verifying.
 */
@Component
public class AuditKeys {
    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    private static final String PURPOSE = "trustplane/audit-signing-key";

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final String origin;
    private volatile NoteSigner current;

    public record PublishedKey(String name, String keyHash, String vkey, Instant createdAt, Instant retiredAt) {
    }

    public AuditKeys(JdbcTemplate jdbc, MasterKey masterKey, AuditProperties properties) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.origin = resolveOrigin(properties.origin());
        this.current = jdbc.query("SELECT encrypted_keyset FROM audit_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1",
                        (rs, i) -> signer(masterKey.decrypt(rs.getString(1), PURPOSE)))
                .stream().findFirst().orElseGet(this::generate);
    }

    public String origin() {
        return origin;
    }

    public NoteSigner current() {
        return current;
    }

    public List<PublishedKey> published() {
        return jdbc.query("SELECT name, vkey, created_at, retired_at FROM audit_signing_keys ORDER BY created_at", (rs, i) -> {
            String vkey = rs.getString(2);
            return new PublishedKey(rs.getString(1), vkey.split("\\+")[1], vkey, SqlTime.read(rs, 3), SqlTime.read(rs, 4));
        });
    }

    /** Every published key, as verifiers. */
    public List<NoteVerifier> verifiers() {
        return published().stream().map(k -> {
            try {
                return NoteVerifier.parse(k.vkey());
            } catch (Exception e) {
                throw new IllegalStateException("a stored verifier key is malformed: " + k.vkey(), e);
            }
        }).toList();
    }

    /** Makes a new key current and retires the old one; returns {old, new}. */
    public synchronized List<NoteSigner> rotate() {
        NoteSigner old = current;
        jdbc.update("UPDATE audit_signing_keys SET retired_at = ? WHERE retired_at IS NULL", SqlTime.toSql(Instant.now()));
        NoteSigner fresh = generate();
        log.info("rotated the audit signing key: {} -> {}", old.verifierKey(), fresh.verifierKey());
        return List.of(old, fresh);
    }

    private NoteSigner generate() {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX));
            NoteSigner signer = signer(keyset);
            jdbc.update("INSERT INTO audit_signing_keys (id, name, vkey, encrypted_keyset, created_at) VALUES (?, ?, ?, ?, ?)",
                    Ids.newId(), origin, signer.verifierKey(), masterKey.encrypt(keyset, PURPOSE), SqlTime.toSql(Instant.now()));
            current = signer;
            log.info("generated an audit signing key; verifier key {}", signer.verifierKey());
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("generating the audit signing key failed", e);
        }
    }

    private NoteSigner signer(KeysetHandle keyset) {
        try {
            Ed25519PublicKey publicKey = (Ed25519PublicKey) keyset.getPublicKeysetHandle().getPrimary().getKey();
            return new NoteSigner(origin, publicKey.getPublicKeyBytes().toByteArray(),
                    keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored audit signing key is unusable", e);
        }
    }

    private String resolveOrigin(String configured) {
        String stored = jdbc.query("SELECT value FROM audit_settings WHERE name = 'origin'", (rs, i) -> rs.getString(1))
                .stream().findFirst().orElse(null);
        if (stored != null) {
            if (!configured.isEmpty() && !configured.equals(stored)) {
                throw new IllegalStateException("trustplane.audit.origin is '" + configured + "' but this log's origin is '" + stored
                        + "' (fixed at its first start, it is part of every checkpoint); remove the setting or set it to '" + stored + "'");
            }
            return stored;
        }
        String origin = configured.isEmpty() ? "trustplane.local/audit/" + randomId() : configured;
        if (origin.contains(" ") || origin.contains("+") || origin.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException("trustplane.audit.origin must not contain spaces, '+' or control characters: '" + origin + "'");
        }
        jdbc.update("INSERT INTO audit_settings (name, value) VALUES ('origin', ?)", origin);
        return origin;
    }

    private static String randomId() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
