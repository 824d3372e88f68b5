package io.trustplane.server.testsupport;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.log.AuditLogVerifier;
import io.trustplane.core.audit.log.VerificationReport;
import io.trustplane.core.audit.note.NoteVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the whole audit log and its checkpoints through the API and verifies them with the core verifier. */
public final class AuditVerification {
    private static final HexFormat HEX = HexFormat.of();

    private AuditVerification() {
    }

    public static VerificationReport verifyThroughApi(ApiClient api, String adminKey, String origin) throws Exception {
        List<NoteVerifier> trusted = new ArrayList<>();
        for (JsonNode k : api.get("/api/v1/audit/keys", adminKey).json().get("keys")) trusted.add(NoteVerifier.parse(k.get("vkey").asString()));
        AuditLogVerifier verifier = new AuditLogVerifier(origin, trusted);
        String after = "";
        while (true) {
            JsonNode page = api.get("/api/v1/audit/entries?limit=1000" + after, adminKey).json();
            for (JsonNode e : page.get("entries")) verifier.entry(entryOf(e), HEX.parseHex(e.get("leafHash").asString()));
            if (page.get("next").isNull()) break;
            after = "&after=" + page.get("next").asLong();
        }
        after = "";
        while (true) {
            JsonNode page = api.get("/api/v1/audit/checkpoints?limit=1000" + after, adminKey).json();
            for (JsonNode c : page.get("checkpoints")) {
                verifier.checkpoint(c.get("note").asString(), c.get("size").asLong(), HEX.parseHex(c.get("rootHash").asString()));
            }
            if (page.get("next").isNull()) break;
            after = "&after=" + page.get("next").asLong();
        }
        return verifier.finish();
    }

    /** An entry as the API shows it, rebuilt from its raw fields (so its hash is recomputed, not trusted). */
    public static AuditEntry entryOf(JsonNode e) {
        return new AuditEntry(e.get("seq").asLong(), Instant.parse(e.get("time").asString()), e.get("actor").asString(),
                e.get("project").isNull() ? null : e.get("project").asString(), e.get("action").asString(), e.get("target").asString(),
                e.get("body").toString(), e.get("prev").asString());
    }

    public static List<byte[]> hashes(JsonNode array) {
        return array.valueStream().map(n -> HEX.parseHex(n.asString())).toList();
    }
}
