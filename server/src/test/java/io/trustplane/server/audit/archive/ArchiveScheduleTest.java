package io.trustplane.server.audit.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The archive schedule, and the archiver's refusal to seal a segment whose entries were changed in the store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ArchiveScheduleTest {
    static final String ADMIN = "schedule-test-admin-key-0123456789";
    static final int SEGMENT = 5;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path archiveDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
        registry.add("trustplane.audit.origin", () -> "schedule.test/log");
        registry.add("trustplane.audit.archive.enabled", () -> "true");
        registry.add("trustplane.audit.archive.interval", () -> "300ms");
        registry.add("trustplane.audit.archive.segment-entries", () -> SEGMENT);
        registry.add("trustplane.audit.archive.destination", () -> "file:" + archiveDir);
    }

    @LocalServerPort
    int port;
    @Autowired
    Auditor auditor;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditArchiver archiver;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    @Order(1)
    void theScheduleArchivesSealedSegmentsOnItsOwnAsTheSystem() throws Exception {
        grow(12);
        long sealed = auditLog.size() / SEGMENT * SEGMENT;
        await().atMost(Duration.ofSeconds(30)).until(() -> archivedTo() >= sealed);

        JsonNode entries = api.get("/api/v1/audit/entries?action=audit.archived&limit=1000", ADMIN).json().get("entries");
        assertThat(entries.valueStream().map(e -> e.get("actor").asString()).distinct().toList()).containsExactly(Auditor.SYSTEM);
        assertThat(entries.get(0).get("target").asString()).isEqualTo("audit_segment:0-" + SEGMENT);

        List<NoteVerifier> keys = api.auditKeys(ADMIN);
        ArchiveReader.Result result = new ArchiveReader(archiver.destinations().getFirst(), archiver.format()).verify(null, keys);
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().entries()).isGreaterThanOrEqualTo(sealed);
        // without trusted keys the archive's own are used, and the reader says what that proves
        ArchiveReader.Result selfTrusted = new ArchiveReader(archiver.destinations().getFirst(), archiver.format()).verify(null, null);
        assertThat(selfTrusted.ok()).isTrue();
        assertThat(selfTrusted.warnings()).anySatisfy(w -> assertThat(w).contains("not that it is authentic"));
    }

    @Test
    @Order(2)
    void aSegmentWhoseEntriesWereChangedInTheStoreIsNotSealed() {
        // once the schedule has caught up (its own audit.archived entries can seal further segments), the last
        // entry is put in a segment that is not sealed yet, and changed in the store
        await().atMost(Duration.ofSeconds(30)).until(() -> archivedTo() == auditLog.size() / SEGMENT * SEGMENT);
        if (auditLog.size() % SEGMENT == 0) grow(1);
        long unsealed = auditLog.size() - 1;
        long segmentEnd = (unsealed / SEGMENT + 1) * SEGMENT;
        jdbc.update("UPDATE audit_entries SET actor = 'someone-else' WHERE seq = ?", unsealed);
        grow(SEGMENT + 1);

        Response run = api.post("/api/v1/admin/audit/archive", ADMIN, "");
        assertThat(run.status()).isEqualTo(409);
        assertThat(run.contentType()).startsWith("application/problem+json");
        assertThat(run.json().get("type").asString()).isEqualTo("urn:trustplane:problem:archive-failed");
        assertThat(run.json().get("detail").asString()).contains("segment " + ArchiveLayout.segment(segmentEnd - SEGMENT, segmentEnd)
                + " is not sealed", "entry " + unsealed + " in the store no longer hashes to the log's leaf");
        assertThat(run.json().get("failures").get(0).get("reason").asString()).isEqualTo("integrity");
        assertThat(archivedTo()).isEqualTo(segmentEnd - SEGMENT);
    }

    private long archivedTo() {
        return api.get("/api/v1/admin/audit/archive", ADMIN).json().get("destinations").get(0).get("archivedTo").asLong();
    }

    private void grow(int entries) {
        for (int i = 0; i < entries; i++) auditor.record("tpk_test0000", null, "test.event", "test:" + i, Map.of("i", i));
    }
}
