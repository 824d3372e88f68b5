package io.trustplane.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.core.audit.note.SignedNote;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.AuditVerification;
import io.trustplane.server.testsupport.ProjectFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackAndErasureTest {
    static final String ADMIN = "feedback-test-admin-key-0123456789";
    static final String ORIGIN = "feedback.test/log";
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
        registry.add("trustplane.audit.origin", () -> ORIGIN);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void ratingsPreferencesAndCorrectionsAreRecordedIdempotentlyQueryableAndPseudonymous() {
        String key = ProjectFixtures.create(jdbc, "feedback").key();
        Response rating = api.post("/api/v1/feedback", key, """
                {"id": "r-1", "type": "rating", "traceId": "t-1", "spanId": "s-1", "annotator": "alice@example.com",
                 "score": 4.5, "label": "helpful", "comment": "Good, but cite the source."}""");
        assertThat(rating.status()).isEqualTo(201);
        JsonNode record = rating.json();
        assertThat(record.get("annotator").asString()).startsWith("ann_");
        assertThat(record.get("content").get("comment").asString()).isEqualTo("Good, but cite the source.");
        assertThat(record.get("erased").asBoolean()).isFalse();
        Response retry = api.post("/api/v1/feedback", key, """
                {"id": "r-1", "type": "rating", "annotator": "alice@example.com", "score": 1}""");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(record.get("id").asString());
        assertThat(retry.json().get("score").asDouble()).isEqualTo(4.5);

        assertThat(api.post("/api/v1/feedback", key, """
                {"type": "preference", "traceId": "t-1", "annotator": "alice@example.com", "prompt": "Capital of France?",
                 "chosen": "Paris.", "rejected": "Lyon."}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/feedback", key, """
                {"type": "correction", "traceId": "t-2", "annotator": "carol", "original": "2+2=5", "corrected": "2+2=4"}""").status()).isEqualTo(201);

        JsonNode forTrace = api.get("/api/v1/feedback?traceId=t-1", key).json().get("records");
        assertThat(forTrace).hasSize(2);
        assertThat(api.get("/api/v1/feedback?type=preference", key).json().get("records").get(0).get("content").get("chosen").asString())
                .isEqualTo("Paris.");
        // the annotator's identity and the free text are nowhere in the clear: not in the API's audit view, not in the store
        String auditView = api.get("/api/v1/audit/entries?action=feedback.recorded", key).json().toString();
        assertThat(auditView).contains("ann_").doesNotContain("alice").doesNotContain("Paris").doesNotContain("cite the source");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE body LIKE '%alice%' OR body LIKE '%Paris%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM feedback WHERE annotator LIKE '%alice%'", Long.class)).isZero();
        // another project sees none of it
        String other = ProjectFixtures.create(jdbc, "feedback-other").key();
        assertThat(api.get("/api/v1/feedback", other).json().get("records")).isEmpty();
        assertThat(api.get("/api/v1/feedback/" + record.get("id").asString(), other).status()).isEqualTo(404);
    }

    @Test
    void invalidFeedbackIsRefusedWithEveryProblemAndChangesNothing() {
        String key = ProjectFixtures.create(jdbc, "feedback-invalid").key();
        long before = jdbc.queryForObject("SELECT count(*) FROM audit_entries", Long.class);
        Response bad = api.post("/api/v1/feedback", key, """
                {"type": "preference", "annotator": "", "chosen": "same", "rejected": "same", "colour": "blue"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("annotator", "rejected", "colour");
        assertThat(api.post("/api/v1/feedback", key, "{\"type\": \"rating\", \"annotator\": \"a\"}").json().get("errors")
                .findValuesAsString("field")).containsExactly("score");
        assertThat(api.post("/api/v1/feedback", key, "not json").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries", Long.class)).isEqualTo(before);
    }

    @Test
    void theExportCarriesAnInclusionProofPerRecordAndErasureShredsTheDataWhileEveryProofStillVerifies() throws Exception {
        String key = ProjectFixtures.create(jdbc, "feedback-export").key();
        for (String who : List.of("bob", "dana", "bob")) {
            assertThat(api.post("/api/v1/feedback", key, "{\"type\": \"correction\", \"annotator\": \"" + who + "\", \"traceId\": \"t\","
                    + " \"corrected\": \"text by " + who + "\"}").status()).isEqualTo(201);
        }
        List<JsonNode> before = exportLines(key);
        assertThat(before).hasSize(3);
        NoteVerifier verifier = currentVerifier();
        for (JsonNode line : before) assertProofVerifies(line, verifier);

        Response erasure = api.post("/api/v1/privacy/erasures", key, "{\"subject\": \"bob\"}");
        assertThat(erasure.status()).isEqualTo(200);
        assertThat(erasure.json().get("keyDestroyed").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/privacy/erasures", key, "{}").status()).isEqualTo(400);

        List<JsonNode> after = exportLines(key);
        for (JsonNode line : after) {
            JsonNode record = line.get("record");
            boolean bobs = record.get("subject").asString().equals(before.getFirst().get("record").get("subject").asString());
            assertThat(record.get("erased").asBoolean()).isEqualTo(bobs);
            assertThat(record.get("content").isNull()).isEqualTo(bobs);
            if (!bobs) assertThat(record.get("content").get("corrected").asString()).isEqualTo("text by dana");
            assertProofVerifies(line, verifier);
        }
        // the entries themselves are unchanged: same leaf hashes as before the erasure, ciphertext still there
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).get("audit").get("entry").get("leafHash").asString())
                    .isEqualTo(before.get(i).get("audit").get("entry").get("leafHash").asString());
        }
        assertThat(api.get("/api/v1/audit/entries?action=subject.erased", key).json().get("entries")).hasSize(1);
        assertThat(AuditVerification.verifyThroughApi(api, ADMIN, ORIGIN).problems()).isEmpty();
    }

    private void assertProofVerifies(JsonNode line, NoteVerifier verifier) throws Exception {
        JsonNode audit = line.get("audit");
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.open(audit.get("checkpoint").asString(), List.of(verifier)).text());
        assertThat(HEX.formatHex(checkpoint.rootHash())).isEqualTo(audit.get("rootHash").asString());
        AuditEntry entry = AuditVerification.entryOf(audit.get("entry"));
        assertThat(entry.body()).contains(line.get("record").get("id").asString());
        MerkleProofs.verifyInclusion(entry.seq(), checkpoint.size(), entry.leafHash(), AuditVerification.hashes(audit.get("proof")),
                checkpoint.rootHash());
    }

    private List<JsonNode> exportLines(String key) {
        Response export = api.get("/api/v1/feedback/export", key);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.body().split("\n")) if (!line.isBlank()) lines.add(JSON.readTree(line));
        return lines;
    }

    private NoteVerifier currentVerifier() throws Exception {
        JsonNode keys = api.get("/api/v1/audit/keys", ADMIN).json().get("keys");
        return NoteVerifier.parse(keys.valueStream().filter(k -> k.get("retiredAt").isNull()).findFirst().orElseThrow().get("vkey").asString());
    }
}
