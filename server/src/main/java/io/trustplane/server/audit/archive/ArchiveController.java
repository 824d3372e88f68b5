package io.trustplane.server.audit.archive;

import io.trustplane.core.audit.log.Problem;
import io.trustplane.core.audit.log.VerificationReport;
import io.trustplane.server.audit.AuditKeys;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.archive.ArchiveRepository.ArchivedCopy;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.web.ApiException;
import io.trustplane.server.web.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit archive's admin API (docs/AUDIT.md, "Archive"): archive now, list what is archived, and verify an
 * archive where it lies. Under {@code /api/v1/admin}, so only the admin credential reaches it.
 */
@RestController
public class ArchiveController {
    private final AuditArchiver archiver;
    private final ArchiveRepository repository;
    private final AuditLog auditLog;
    private final AuditKeys keys;

    public ArchiveController(AuditArchiver archiver, ArchiveRepository repository, AuditLog auditLog, AuditKeys keys) {
        this.archiver = archiver;
        this.repository = repository;
        this.auditLog = auditLog;
        this.keys = keys;
    }

    public record FileView(String name, String location, String versionId, String sha256, long bytes) {
    }

    public record CopyView(String destination, String retainUntil, String archivedAt, long auditSeq, List<FileView> files) {
    }

    public record SegmentView(long from, long to, List<CopyView> copies) {
    }

    public record DestinationView(String destination, long archivedTo) {
    }

    public record ArchiveView(long segmentEntries, long logSize, List<DestinationView> destinations, List<SegmentView> segments, Long next) {
    }

    public record RunView(long logSize, List<SegmentView> archived, List<DestinationView> destinations) {
    }

    public record FailureView(String destination, String reason, String message) {
    }

    @GetMapping("/api/v1/admin/audit/archive")
    public ArchiveView list(@RequestParam(required = false) String after, @RequestParam(required = false) String limit,
                            @RequestParam(required = false) String destination) {
        QueryParams params = new QueryParams();
        long afterSeq = params.longInRange("after", after, -1, -1, Long.MAX_VALUE);
        int max = params.intInRange("limit", limit, 100, 1, 1000);
        String only = destination(params, destination);
        params.throwIfInvalid();
        List<SegmentView> segments = segments(repository.page(afterSeq, max, only));
        return new ArchiveView(archiver.segmentEntries(), auditLog.size(), destinations(),
                segments, segments.size() == max ? segments.getLast().from() : null);
    }

    /** Archives every sealed segment not yet archived, now; answers what was written. */
    @PostMapping("/api/v1/admin/audit/archive")
    public ResponseEntity<?> archive() {
        requireConfigured();
        AuditArchiver.Run run = archiver.archiveNow();
        List<SegmentView> written = segments(run.archived());
        if (run.failures().isEmpty()) {
            return ResponseEntity.ok(new RunView(run.logSize(), written, destinations()));
        }
        boolean unavailable = run.failures().stream().allMatch(f -> f.reason() == ArchiveException.Reason.UNAVAILABLE);
        HttpStatus status = unavailable ? HttpStatus.BAD_GATEWAY : HttpStatus.CONFLICT;
        String detail = run.failures().size() == 1 ? run.failures().getFirst().message()
                : run.failures().size() + " archive destinations failed: "
                + String.join("; ", run.failures().stream().map(f -> f.destination() + ": " + f.message()).toList());
        ProblemDetail problem = Problems.of(status, "archive-failed", "Archiving failed", detail, null);
        problem.setProperty("failures", run.failures().stream()
                .map(f -> new FailureView(f.destination(), f.reason().name().toLowerCase(java.util.Locale.ROOT), f.message())).toList());
        problem.setProperty("archived", written);
        return ResponseEntity.status(status).body(problem);
    }

    public record ProblemView(String kind, Long seq, Long checkpointSize, String message) {
    }

    public record FileProblemView(String name, String problem) {
    }

    public record VerificationView(String destination, boolean ok, String error, Long entries, Integer checkpoints,
                                   Integer verifiedCheckpoints, Long verifiedSize, List<ProblemView> problems,
                                   List<FileProblemView> files, List<String> warnings) {
    }

    /**
     * Reads each archive back from its destination and verifies it with the log's keys, and compares every file
     * with the SHA-256 recorded when it was archived.
     */
    @PostMapping("/api/v1/admin/audit/archive/verify")
    public Map<String, List<VerificationView>> verify(@RequestParam(required = false) String destination) {
        requireConfigured();
        QueryParams params = new QueryParams();
        String only = destination(params, destination);
        params.throwIfInvalid();
        List<VerificationView> views = new ArrayList<>();
        for (ArchiveDestination d : archiver.destinations()) {
            if (only != null && !only.equals(d.name())) continue;
            views.add(verify(d));
        }
        return Map.of("destinations", views);
    }

    private VerificationView verify(ArchiveDestination destination) {
        ArchiveReader.Result result;
        try {
            result = new ArchiveReader(destination, archiver.format()).verify(keys.origin(), keys.verifiers());
        } catch (ArchiveReader.UnreadableArchiveException | ArchiveException e) {
            return new VerificationView(destination.name(), false, e.getMessage(), null, null, null, null, List.of(), List.of(), List.of());
        }
        List<FileProblemView> files = new ArrayList<>();
        repository.recordedSha256(destination.name()).forEach((name, sha256) -> {
            String read = result.sha256().get(name);
            if (read == null) {
                files.add(new FileProblemView(name, "missing: it was archived but is not there now"));
            } else if (!read.equals(sha256)) {
                files.add(new FileProblemView(name, "changed: its SHA-256 is " + read + ", " + sha256 + " when it was archived"));
            }
        });
        VerificationReport report = result.report();
        List<ProblemView> problems = report.problems().stream().map(ArchiveController::view).toList();
        return new VerificationView(destination.name(), report.ok() && files.isEmpty(), null, report.entries(), report.checkpoints(),
                report.verifiedCheckpoints(), report.verifiedSize(), problems, files, result.warnings());
    }

    private static ProblemView view(Problem p) {
        return new ProblemView(p.kind().name(), p.seq() < 0 ? null : p.seq(), p.checkpointSize() < 0 ? null : p.checkpointSize(), p.message());
    }

    private String destination(QueryParams params, String destination) {
        String value = params.text("destination", destination, 1000);
        if (value != null && archiver.destinations().stream().noneMatch(d -> d.name().equals(value))) {
            params.error("destination", "must be one of the configured destinations " + archiver.destinations().stream()
                    .map(ArchiveDestination::name).toList());
        }
        return value;
    }

    private void requireConfigured() {
        if (archiver.destinations().isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "archive-not-configured", "Archive not configured",
                    "No archive destination is configured: set trustplane.audit.archive.destination to file:/path/to/dir or s3://bucket/prefix.");
        }
    }

    private List<DestinationView> destinations() {
        return archiver.destinations().stream().map(d -> new DestinationView(d.name(), repository.archivedTo(d.name()))).toList();
    }

    /** Copies grouped by segment, in order. */
    private static List<SegmentView> segments(List<ArchivedCopy> copies) {
        Map<String, List<ArchivedCopy>> bySegment = new LinkedHashMap<>();
        for (ArchivedCopy c : copies) bySegment.computeIfAbsent(c.from() + "-" + c.to(), k -> new ArrayList<>()).add(c);
        return bySegment.values().stream().map(list -> new SegmentView(list.getFirst().from(), list.getFirst().to(),
                list.stream().map(c -> new CopyView(c.destination(), c.retainUntil() == null ? null : c.retainUntil().toString(),
                        c.archivedAt().toString(), c.auditSeq(), c.files().stream()
                        .map(f -> new FileView(f.name(), f.location(), f.versionId(), f.sha256(), f.bytes())).toList())).toList()))
                .toList();
    }
}
