package io.trustplane.server.guard;

import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.LocatedFinding;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * Applies a {@code redact} decision: replaces PII, secrets and custom-rule matches in every segment of the
 * request, returning the texts in the request's own shape. Pseudonyms are consistent across all segments of
 * one request, so a conversation stays readable.
 *
 * <p>Hash mode uses HMAC-SHA256 keyed per project, so equal values hash equally within a project (they can
 * be correlated) but not across projects, and a hash cannot be reversed by guessing without the key. The
 * project key is HMAC(server key, project id); the server key is 32 random bytes created on first start in
 * the data directory ({@code guard/redaction.key}, owner-only).
 */
@Service
public class RedactionService {
    /** Detectors whose findings are values to hide; injection and output findings are not. */
    static final Set<String> REDACTABLE = Set.of("pii", "secrets", "custom");
    /** Findings below this confidence are too unsure to rewrite the user's text for. */
    static final double MIN_CONFIDENCE = 0.5;

    private final byte[] serverKey;

    public RedactionService(StoreProperties store) {
        this.serverKey = loadOrCreateKey(store.dataDir().resolve("guard").resolve("redaction.key"));
    }

    GuardResponse.Redacted redact(UUID projectId, String mode, GuardCheck check, GuardReport report) {
        Map<String, List<Finding>> bySegment = new HashMap<>();
        for (LocatedFinding lf : report.findings()) {
            Finding f = lf.finding();
            if (REDACTABLE.contains(f.detector()) && f.confidence() >= MIN_CONFIDENCE && f.length() > 0) {
                bySegment.computeIfAbsent(lf.segment(), k -> new ArrayList<>()).add(f);
            }
        }
        RedactionSession session = new RedactionSession(RedactionMode.valueOf(mode.toUpperCase(Locale.ROOT)), projectKey(projectId));
        String input = check.input() == null ? null : session.redact(check.input(), bySegment.getOrDefault("input", List.of()));
        List<GuardCheck.Message> messages = null;
        if (!check.messages().isEmpty()) {
            messages = new ArrayList<>();
            for (int i = 0; i < check.messages().size(); i++) {
                GuardCheck.Message m = check.messages().get(i);
                messages.add(new GuardCheck.Message(m.role(), session.redact(m.content(), bySegment.getOrDefault("messages[" + i + "]", List.of()))));
            }
        }
        List<String> documents = null;
        if (!check.documents().isEmpty()) {
            documents = new ArrayList<>();
            for (int i = 0; i < check.documents().size(); i++) {
                documents.add(session.redact(check.documents().get(i), bySegment.getOrDefault("documents[" + i + "]", List.of())));
            }
        }
        String output = check.output() == null ? null : session.redact(check.output(), bySegment.getOrDefault("output", List.of()));
        Map<String, String> pseudonyms = "pseudonym".equals(mode) && !session.pseudonyms().isEmpty() ? session.pseudonyms() : null;
        return new GuardResponse.Redacted(input, messages, documents, output, pseudonyms);
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
