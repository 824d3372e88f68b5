package io.trustplane.server.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import io.trustplane.server.store.StoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The master key: a Tink AES-256-GCM keyset that encrypts every keyset the server stores (envelope
 * encryption through Tink's encrypted-keyset format, with a purpose string as associated data so a keyset
 * encrypted for one purpose cannot be passed off as another's). All cryptography is Tink's.
 */
@Component
public class MasterKey {
    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    static {
        try {
            AeadConfig.register();
            SignatureConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;
    private final String description;

    public MasterKey(SecretsProperties properties, StoreProperties store) {
        try {
            KeysetHandle keyset = load(properties, store);
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.description = "key id " + Integer.toUnsignedString(keyset.getPrimary().getId()) + " from "
                    + (hasInlineKey(properties) ? "trustplane.secrets.master-key" : "a file");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key is not a valid Tink AEAD keyset: " + e.getMessage(), e);
        }
    }

    /**
     * Which master key this is, without anything secret: Tink's public key id of the primary key and whether it was
     * given as a setting or read from a file, e.g. {@code key id 1733092651 from a file}. Not the file's path: moving
     * the data directory does not change the key.
     */
    public String description() {
        return description;
    }

    /** Serializes a keyset encrypted with the master key; {@code purpose} must be given again to decrypt it. */
    public String encrypt(KeysetHandle keyset, String purpose) {
        try {
            return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, aead, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting a keyset failed", e);
        }
    }

    public KeysetHandle decrypt(String encryptedKeyset, String purpose) {
        try {
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(encryptedKeyset, aead, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored keyset does not decrypt with the master key (" + purpose
                    + "): wrong master key, or the keyset was changed", e);
        }
    }

    private static KeysetHandle load(SecretsProperties properties, StoreProperties store) throws GeneralSecurityException {
        if (hasInlineKey(properties)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(properties.masterKey(), InsecureSecretKeyAccess.get());
        }
        Path file = file(properties, store);
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: rely on the directory's permissions
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.warn("generated a master key at {}: keep it out of backups of the data directory, or provide one with "
                    + "TRUSTPLANE_SECRETS_MASTER_KEY", file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file.toAbsolutePath(), e);
        }
    }

    private static boolean hasInlineKey(SecretsProperties properties) {
        return properties.masterKey() != null && !properties.masterKey().isBlank();
    }

    private static Path file(SecretsProperties properties, StoreProperties store) {
        return properties.masterKeyFile() != null && !properties.masterKeyFile().isBlank()
                ? Path.of(properties.masterKeyFile()) : store.dataDir().resolve("master-key.json");
    }
}
