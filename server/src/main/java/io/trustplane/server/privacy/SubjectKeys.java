package io.trustplane.server.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.trustplane.server.secrets.MasterKey;
import io.trustplane.server.store.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding: personal data that goes into the audit log (and so can never be deleted from it) is
 * encrypted with a key of its own data subject (Tink AES-256-GCM; one key per subject and project, stored
 * encrypted with the master key). Erasing the subject deletes the key, after which the ciphertext in the log
 * is unreadable while every hash over it, and so every proof and checkpoint, stays valid.
 */
@Component
public class SubjectKeys {
    private static final String PURPOSE = "trustplane/data-subject-key";

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Pseudonyms pseudonyms;
    private final Cache<String, Aead> cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public SubjectKeys(JdbcTemplate jdbc, MasterKey masterKey, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.pseudonyms = pseudonyms;
    }

    /** Personal data sealed for its subject: {@code {"subject": <pseudonym>, "ciphertext": <base64>}} in an audit body. */
    public record Sealed(String subject, String ciphertext) {
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", subject);
            m.put("ciphertext", ciphertext);
            return m;
        }
    }

    public String subjectPseudonym(UUID projectId, String subjectId) {
        return pseudonyms.pseudonym("subj", projectId, subjectId);
    }

    /** Encrypts {@code plaintext} with the subject's key, creating the key on first use. */
    public Sealed seal(UUID projectId, String subjectId, String plaintext) {
        String subject = subjectPseudonym(projectId, subjectId);
        Aead aead = cache.get(key(projectId, subject), k -> loadOrCreate(projectId, subject));
        try {
            byte[] ciphertext = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(projectId, subject));
            return new Sealed(subject, Base64.getEncoder().encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting personal data failed", e);
        }
    }

    /** The plaintext, or empty when the subject was erased (its key is gone) or the ciphertext is not its. */
    public Optional<String> open(UUID projectId, String subject, String ciphertext) {
        Aead aead = cache.get(key(projectId, subject), k -> load(projectId, subject));
        if (aead == null) return Optional.empty();
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(ciphertext), associatedData(projectId, subject));
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Destroys the subject's key; returns the subject's pseudonym and whether a key existed. The store is
     * checkpointed so the key does not linger in DuckDB's write-ahead log; copies in older backups remain
     * encrypted with the master key.
     */
    public synchronized Erasure erase(UUID projectId, String subjectId) {
        String subject = subjectPseudonym(projectId, subjectId);
        int deleted = jdbc.update("DELETE FROM data_subject_keys WHERE project_id = ? AND subject = ?", projectId, subject);
        cache.invalidate(key(projectId, subject));
        jdbc.execute("CHECKPOINT");
        return new Erasure(subject, deleted > 0);
    }

    public record Erasure(String subject, boolean keyExisted) {
    }

    private synchronized Aead loadOrCreate(UUID projectId, String subject) {
        Aead existing = load(projectId, subject);
        if (existing != null) return existing;
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            jdbc.update("INSERT OR IGNORE INTO data_subject_keys (project_id, subject, encrypted_keyset, created_at) VALUES (?, ?, ?, ?)",
                    projectId, subject, masterKey.encrypt(keyset, PURPOSE), SqlTime.toSql(Instant.now()));
            return load(projectId, subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("generating a data-subject key failed", e);
        }
    }

    private Aead load(UUID projectId, String subject) {
        return jdbc.query("SELECT encrypted_keyset FROM data_subject_keys WHERE project_id = ? AND subject = ?",
                (rs, i) -> rs.getString(1), projectId, subject).stream().findFirst().map(encrypted -> {
                    try {
                        return masterKey.decrypt(encrypted, PURPOSE).getPrimitive(RegistryConfiguration.get(), Aead.class);
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("a data-subject key is unusable", e);
                    }
                }).orElse(null);
    }

    private static String key(UUID projectId, String subject) {
        return projectId + "/" + subject;
    }

    private static byte[] associatedData(UUID projectId, String subject) {
        return ("trustplane/subject-data|" + projectId + "|" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
