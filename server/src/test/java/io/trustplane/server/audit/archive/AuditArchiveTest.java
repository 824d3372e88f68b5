package io.trustplane.server.audit.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.audit.log.Problem;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.security.ApiKeys;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.MotoServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.JsonNode;

/**
 * Archiving to a real S3-compatible server (moto, started here) with Object Lock, and to a directory; reading both
 * back with the core verifier; what the store and the verifier do about deletion, overwriting and tampering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditArchiveTest {
    static final String ADMIN = "archive-test-admin-key-0123456789";
    static final String ORIGIN = "archive.test/log";
    static final String BUCKET = "trustplane-audit-locked";
    static final String PLAIN_BUCKET = "trustplane-audit-plain";
    static final String S3_DESTINATION = "s3://" + BUCKET + "/prod/audit";
    static final int SEGMENT = 10;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path archiveDir;
    static MotoServer moto;
    static S3Client s3;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        moto = MotoServer.start();
        s3 = moto.client();
        s3.createBucket(b -> b.bucket(BUCKET).objectLockEnabledForBucket(true));
        s3.createBucket(b -> b.bucket(PLAIN_BUCKET));
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
        registry.add("trustplane.audit.origin", () -> ORIGIN);
        registry.add("trustplane.audit.checkpoint-interval", () -> "200ms");
        registry.add("trustplane.audit.archive.enabled", () -> "false");
        registry.add("trustplane.audit.archive.segment-entries", () -> SEGMENT);
        registry.add("trustplane.audit.archive.destination", () -> S3_DESTINATION + ", file:" + archiveDir);
        registry.add("trustplane.audit.archive.retention-mode", () -> "COMPLIANCE");
        registry.add("trustplane.audit.archive.retention", () -> "1d");
        registry.add("trustplane.audit.archive.s3.endpoint", () -> moto.endpoint().toString());
        registry.add("trustplane.audit.archive.s3.region", () -> "us-east-1");
        registry.add("trustplane.audit.archive.s3.access-key-id", () -> MotoServer.ACCESS_KEY);
        registry.add("trustplane.audit.archive.s3.secret-access-key", () -> MotoServer.SECRET_KEY);
    }

    @AfterAll
    static void stopMoto() {
        if (s3 != null) s3.close();
        if (moto != null) moto.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Auditor auditor;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditArchiver archiver;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    @Order(1)
    void sealedSegmentsGoToS3UnderObjectLockAndToADirectoryAndVerifyFromThere(CapturedOutput output) throws Exception {
        api.createTenant(ADMIN, "archive-a");
        grow(30);
        long sealed = auditLog.size() / SEGMENT * SEGMENT;
        assertThat(sealed).isGreaterThanOrEqualTo(3 * SEGMENT);

        Response run = api.post("/api/v1/admin/audit/archive", ADMIN, "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode archived = run.json().get("archived");
        assertThat(archived.size()).isEqualTo((int) (sealed / SEGMENT));
        Instant dayFromNow = Instant.now().plus(Duration.ofDays(1));
        for (int i = 0; i < archived.size(); i++) {
            JsonNode segment = archived.get(i);
            assertThat(segment.get("from").asLong()).isEqualTo((long) i * SEGMENT);
            assertThat(segment.get("to").asLong()).isEqualTo((long) (i + 1) * SEGMENT);
            JsonNode copies = segment.get("copies");
            assertThat(copies.valueStream().map(c -> c.get("destination").asString()).toList())
                    .containsExactlyInAnyOrder(S3_DESTINATION, "file:" + archiveDir.toRealPath());
            for (JsonNode copy : copies) {
                assertThat(copy.get("files").valueStream().map(f -> f.get("name").asString()).toList()).containsExactly(
                        ArchiveLayout.entries(i * SEGMENT, (i + 1) * SEGMENT), ArchiveLayout.checkpoints(i * SEGMENT, (i + 1) * SEGMENT),
                        ArchiveLayout.log(i * SEGMENT, (i + 1) * SEGMENT));
                if (copy.get("destination").asString().startsWith("s3://")) {
                    Instant retainUntil = Instant.parse(copy.get("retainUntil").asString());
                    assertThat(Duration.between(retainUntil, dayFromNow).abs()).isLessThan(Duration.ofMinutes(1));
                    for (JsonNode file : copy.get("files")) assertLockedInS3(file, retainUntil);
                } else {
                    assertThat(copy.get("retainUntil").isNull()).isTrue();
                    for (JsonNode file : copy.get("files")) {
                        Path path = Path.of(file.get("location").asString());
                        assertThat(sha256(Files.newInputStream(path))).isEqualTo(file.get("sha256").asString());
                        assertThat(Files.getPosixFilePermissions(path)).doesNotContain(PosixFilePermission.OWNER_WRITE);
                    }
                }
            }
        }

        // each copy is in the log itself, and each segment is sealed by a checkpoint at exactly its end
        JsonNode entries = api.get("/api/v1/audit/entries?action=audit.archived&limit=1000", ADMIN).json().get("entries");
        assertThat(entries.size()).isEqualTo(2 * archived.size());
        assertThat(entries.get(0).get("actor").asString()).isEqualTo(ApiKeys.prefixOf(ADMIN));
        assertThat(entries.get(0).get("body").get("from").asLong()).isZero();
        assertThat(entries.get(0).get("body").get("to").asLong()).isEqualTo(SEGMENT);
        assertThat(entries.valueStream().map(e -> e.get("body").get("destination").asString()).distinct().toList()).hasSize(2);
        List<Long> checkpointSizes = api.get("/api/v1/audit/checkpoints?limit=1000", ADMIN).json().get("checkpoints").valueStream()
                .map(c -> c.get("size").asLong()).toList();
        for (long to = SEGMENT; to <= sealed; to += SEGMENT) assertThat(checkpointSizes).contains(to);

        JsonNode listed = api.get("/api/v1/admin/audit/archive", ADMIN).json();
        assertThat(listed.get("segmentEntries").asLong()).isEqualTo(SEGMENT);
        assertThat(listed.get("destinations").valueStream().map(d -> d.get("archivedTo").asLong()).toList()).containsOnly(sealed);
        assertThat(listed.get("segments").size()).isEqualTo(archived.size());

        // both archives verify where they lie, with the core verifier and the log's published keys
        for (ArchiveDestination destination : archiver.destinations()) {
            ArchiveReader.Result result = new ArchiveReader(destination, archiver.format()).verify(ORIGIN, publishedKeys());
            assertThat(result.report().problems()).as(destination.name()).isEmpty();
            assertThat(result.warnings()).as(destination.name()).isEmpty();
            assertThat(result.report().entries()).isEqualTo(sealed);
            assertThat(result.report().verifiedSize()).isEqualTo(sealed);
            assertThat(result.origin()).isEqualTo(ORIGIN);
        }
        JsonNode verified = api.post("/api/v1/admin/audit/archive/verify", ADMIN, "").json().get("destinations");
        assertThat(verified.size()).isEqualTo(2);
        for (JsonNode v : verified) assertThat(v.get("ok").asBoolean()).as(v.toString()).isTrue();

        // a second run continues where the first ended (its audit.archived entries may have sealed one more)
        JsonNode again = api.post("/api/v1/admin/audit/archive", ADMIN, "").json().get("archived");
        assertThat(again.valueStream().map(s -> s.get("from").asLong()).toList()).allMatch(from -> from >= sealed);

        assertThat(output.getAll()).doesNotContain(MotoServer.SECRET_KEY);
        assertThat(run.body() + listed + verified).doesNotContain(MotoServer.SECRET_KEY).doesNotContain(MotoServer.ACCESS_KEY);
    }

    private void assertLockedInS3(JsonNode file, Instant retainUntil) throws Exception {
        String key = key(file.get("location").asString());
        String version = file.get("versionId").asString();
        // the object's retention as the store reports it (moto 5.2 serves it in HeadObject's x-amz-object-lock-* headers;
        // it does not implement GetObjectRetention)
        HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key(key).versionId(version));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(Duration.between(head.objectLockRetainUntilDate(), retainUntil).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(head.metadata()).containsEntry("sha256", file.get("sha256").asString());
        assertThat(sha256(s3.getObject(b -> b.bucket(BUCKET).key(key).versionId(version)))).isEqualTo(file.get("sha256").asString());
    }

    @Test
    @Order(2)
    void theStoreRefusesToDeleteALockedVersionAndTheArchiveReadsTheLockedVersionPastOverwritesAndDeleteMarkers() throws Exception {
        archiveSomething();
        JsonNode file = s3Files().getFirst(); // entries of segment 0
        String key = key(file.get("location").asString());
        String version = file.get("versionId").asString();
        byte[] original = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).versionId(version)).asByteArray();

        assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket(BUCKET).key(key).versionId(version)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket(BUCKET).key(key).versionId(version).bypassGovernanceRetention(true)))
                .as("COMPLIANCE mode cannot be bypassed").isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        // the archive's own conditional put never replaces a key
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(BUCKET).key(key).ifNoneMatch("*"), RequestBody.fromString("forged\n")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));

        // an unconditional put and a plain delete only add a version and a delete marker: the locked version stays
        String forged = new String(original, StandardCharsets.UTF_8).replace("test.event", "test.forged");
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(forged));
        s3.deleteObject(b -> b.bucket(BUCKET).key(key));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).versionId(version)).asByteArray()).isEqualTo(original);

        ArchiveDestination bucket = destination(S3_DESTINATION);
        ArchiveReader.Result result = new ArchiveReader(bucket, archiver.format()).verify(ORIGIN, publishedKeys());
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains(key).contains("overwritten after it was archived"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("delete marker"));

        // a directory never replaces a file with different content either
        ArchiveDestination directory = destination("file:" + archiveDir.toRealPath());
        Path entries = archiveDir.resolve(ArchiveLayout.entries(0, SEGMENT));
        byte[] before = Files.readAllBytes(entries);
        Path other = Files.createTempFile(dataDir, "other", ".jsonl");
        StagedFile different = StagedFile.write(other, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> directory.write(ArchiveLayout.entries(0, SEGMENT), different, null))
                .isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ArchiveException.Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("already exists with different content");
                });
        assertThat(Files.readAllBytes(entries)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aFieldChangedInAnArchivedFileIsDetectedAndPinpointed() throws Exception {
        archiveSomething();
        Path file = archiveDir.resolve(ArchiveLayout.entries(SEGMENT, 2 * SEGMENT));
        byte[] original = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n")));
        long tampered = SEGMENT + 3;
        String line = lines.get(3);
        assertThat(line).contains("\"seq\":" + tampered);
        lines.set(3, line.replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"someone-else\""));
        file.toFile().setWritable(true);
        Files.writeString(file, String.join("\n", lines) + "\n");
        try {
            ArchiveReader.Result result = new ArchiveReader(destination("file:" + archiveDir.toRealPath()), archiver.format())
                    .verify(ORIGIN, publishedKeys());
            assertThat(result.ok()).isFalse();
            Problem first = result.report().problems().getFirst();
            assertThat(first.kind()).isEqualTo(Problem.Kind.ENTRY_CHANGED);
            assertThat(first.seq()).isEqualTo(tampered);
            assertThat(result.report().problems()).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo(Problem.Kind.CHAIN_BROKEN);
                assertThat(p.seq()).isEqualTo(tampered + 1);
            });

            JsonNode verified = api.post("/api/v1/admin/audit/archive/verify?destination=file:" + archiveDir.toRealPath(), ADMIN, "")
                    .json().get("destinations");
            assertThat(verified.size()).isEqualTo(1);
            JsonNode report = verified.get(0);
            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("problems").get(0).get("kind").asString()).isEqualTo("ENTRY_CHANGED");
            assertThat(report.get("problems").get(0).get("seq").asLong()).isEqualTo(tampered);
            assertThat(report.get("files").valueStream().map(f -> f.get("name").asString()).toList())
                    .containsExactly(ArchiveLayout.entries(SEGMENT, 2 * SEGMENT));
            // the other copy is untouched
            assertThat(api.post("/api/v1/admin/audit/archive/verify?destination=" + S3_DESTINATION, ADMIN, "").json()
                    .get("destinations").get(0).get("ok").asBoolean()).isTrue();
        } finally {
            Files.write(file, original);
            file.toFile().setReadOnly();
        }
    }

    @Test
    void aBucketWithoutObjectLockOrThatDoesNotExistIsRefusedWithAClearMessage() {
        S3Destination plain = new S3Destination(s3, "s3://" + PLAIN_BUCKET + "/audit", PLAIN_BUCKET, "audit",
                ObjectLockMode.COMPLIANCE, Duration.ofDays(1));
        assertThatThrownBy(plain::prepare).isInstanceOfSatisfying(ArchiveException.class, e -> {
            assertThat(e.reason()).isEqualTo(ArchiveException.Reason.CONFIGURATION);
            assertThat(e.getMessage()).contains("retention-mode is COMPLIANCE", "'" + PLAIN_BUCKET + "' does not have Object Lock enabled");
        });
        // without retention the same bucket is fine
        new S3Destination(s3, "s3://" + PLAIN_BUCKET, PLAIN_BUCKET, "", null, Duration.ZERO).prepare();
        S3Destination missing = new S3Destination(s3, "s3://no-such-bucket", "no-such-bucket", "", null, Duration.ZERO);
        assertThatThrownBy(missing::prepare).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.getMessage()).contains("'no-such-bucket'", "does not exist"));
    }

    @Test
    void theArchiveApiIsForTheAdminAndAnswersBadInputWithProblemDetails() {
        ApiClient.TestTenant tenant = api.createTenant(ADMIN, "archive-api");
        assertThat(api.get("/api/v1/admin/audit/archive", tenant.key()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/audit/archive", tenant.key(), "").status()).isEqualTo(403);
        Response badLimit = api.get("/api/v1/admin/audit/archive?limit=0&after=x", ADMIN);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.contentType()).startsWith("application/problem+json");
        assertThat(badLimit.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("limit", "after");
        Response badDestination = api.post("/api/v1/admin/audit/archive/verify?destination=s3://elsewhere", ADMIN, "");
        assertThat(badDestination.status()).isEqualTo(400);
        assertThat(badDestination.json().get("errors").get(0).get("message").asString()).contains(S3_DESTINATION);
    }

    // ---- helpers

    private void grow(int entries) {
        for (int i = 0; i < entries; i++) {
            // bodies that a re-serialization could alter: non-ASCII, escapes, a decimal, a large integer
            auditor.record("tpk_test0000", null, "test.event", "test:" + i,
                    Map.of("i", i, "text", "zürich \"quoted\" \u2028 \\ tab\t", "amount", 12.50, "big", 9007199254740993L));
        }
    }

    /** Makes sure at least three segments are archived (for tests run on their own). */
    private void archiveSomething() {
        if (auditLog.size() < 3 * SEGMENT) grow(3 * SEGMENT);
        assertThat(api.post("/api/v1/admin/audit/archive", ADMIN, "").status()).isEqualTo(200);
    }

    private List<JsonNode> s3Files() {
        List<JsonNode> files = new ArrayList<>();
        for (JsonNode segment : api.get("/api/v1/admin/audit/archive?destination=" + S3_DESTINATION, ADMIN).json().get("segments")) {
            for (JsonNode copy : segment.get("copies")) copy.get("files").forEach(files::add);
        }
        return files;
    }

    private ArchiveDestination destination(String name) {
        return archiver.destinations().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private List<NoteVerifier> publishedKeys() {
        return api.auditKeys(ADMIN);
    }

    private static String key(String location) {
        return location.substring(("s3://" + BUCKET + "/").length());
    }

    private static String sha256(InputStream in) throws Exception {
        return StagedFile.sha256(in);
    }
}
