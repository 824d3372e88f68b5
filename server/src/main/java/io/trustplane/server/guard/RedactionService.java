package io.trustplane.server.guard;

import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.Redactions;
import io.trustplane.core.guard.pii.RedactionMode;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.server.store.StoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * Applies a {@code redact} decision ({@link Redactions}) and returns the texts in the request's own shape.
 * Pseudonyms are consistent across all segments of one request, so a conversation stays readable.
 *
 * <p>Hash mode uses HMAC-SHA256 keyed per project, so equal values hash equally within a project (they can
 * be correlated) but not across projects, and a hash cannot be reversed by guessing without the key. The
 * project key is HMAC(server key, project id); the server key is 32 random bytes created on first start in
 * the data directory ({@code guard/redaction.key}, owner-only).
 */
@Service
public class RedactionService {
    private final byte[] serverKey;

    public RedactionService(StoreProperties store) {
        this.serverKey = loadOrCreateKey(store.dataDir().resolve("guard").resolve("redaction.key"));
    }

    GuardResponse.Redacted redact(UUID projectId, String mode, GuardCheck check, GuardReport report) {
        RedactionSession session = session(projectId, mode);
        Map<String, String> texts = Redactions.apply(check.request(), report, session);
        List<GuardCheck.Message> messages = null;
        if (!check.messages().isEmpty()) {
            messages = new ArrayList<>();
            for (int i = 0; i < check.messages().size(); i++) {
                messages.add(new GuardCheck.Message(check.messages().get(i).role(), texts.get("messages[" + i + "]")));
            }
        }
        List<String> documents = null;
        if (!check.documents().isEmpty()) {
            documents = new ArrayList<>();
            for (int i = 0; i < check.documents().size(); i++) documents.add(texts.get("documents[" + i + "]"));
        }
        Map<String, String> pseudonyms = session.pseudonyms().isEmpty() ? null : Map.copyOf(session.pseudonyms());
        return new GuardResponse.Redacted(texts.get("input"), messages, documents, texts.get("output"), pseudonyms);
    }

    /** A session for one request of a project, in a policy's redaction mode (mask, type_tag, pseudonym, hash). */
    public RedactionSession session(UUID projectId, String mode) {
        return new RedactionSession(RedactionMode.valueOf(mode.toUpperCase(Locale.ROOT)), projectKey(projectId));
    }

    private byte[] projectKey(UUID projectId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            return mac.doFinal(("trustplane-redaction|" + projectId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static byte[] loadOrCreateKey(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length != 32) throw new IllegalStateException(file + " must hold 32 bytes; delete it to create a new key");
                return key;
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path tmp = file.resolveSibling("redaction.key.tmp");
            Files.write(tmp, key, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the redaction key " + file, e);
        }
    }
}
