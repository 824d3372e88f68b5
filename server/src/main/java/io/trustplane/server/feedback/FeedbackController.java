package io.trustplane.server.feedback;

import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.server.audit.AuditController.EntryView;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.Checkpoints;
import io.trustplane.server.ingest.IngestProperties;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Human feedback (RLHF): record ratings, preference pairs and corrections; query them; export them as JSON Lines
 * for training pipelines, each line with the audit entry that records it and its inclusion proof.
 */
@RestController
public class FeedbackController {
    private static final HexFormat HEX = HexFormat.of();
    private final FeedbackService feedback;
    private final FeedbackRepository repository;
    private final AuditLog auditLog;
    private final Checkpoints checkpoints;
    private final IngestProperties limits;
    private final JsonMapper json;

    public FeedbackController(FeedbackService feedback, FeedbackRepository repository, AuditLog auditLog, Checkpoints checkpoints,
                              IngestProperties limits, JsonMapper json) {
        this.feedback = feedback;
        this.repository = repository;
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.limits = limits;
        this.json = json;
    }

    /** 201 with the record; 200 with the existing record when a record with the same {@code id} was already posted. */
    @PostMapping("/api/v1/feedback")
    public ResponseEntity<FeedbackRecord> record(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        UUID projectId = caller.requireProject();
        byte[] body = RequestBodies.read(request, limits.maxBodySize().toBytes());
        FeedbackInput input;
        try {
            input = FeedbackInput.parse(body.length == 0 ? null : json.readTree(body));
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        FeedbackService.Recorded recorded = feedback.record(projectId, caller.keyPrefix(), input);
        if (!recorded.created()) return ResponseEntity.ok(recorded.record());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + recorded.record().id())).body(recorded.record());
    }

    @GetMapping("/api/v1/feedback/{id}")
    public FeedbackRecord get(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String id) {
        return feedback.get(caller.requireProject(), uuid(id)).orElseThrow(() -> ApiException.notFound("Feedback record " + id));
    }

    public record FeedbackPage(List<FeedbackRecord> records, String next) {
    }

    @GetMapping("/api/v1/feedback")
    public FeedbackPage list(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String traceId, @RequestParam(required = false) String annotator,
                             @RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
        QueryParams params = new QueryParams();
        FeedbackRepository.Filter filter = filter(params, type, traceId, annotator);
        int max = params.intInRange("limit", limit, 100, 1, 1000);
        UUID afterId = after == null || after.isBlank() ? null : parseCursor(params, after);
        params.throwIfInvalid();
        List<FeedbackRecord> page = feedback.page(caller.requireProject(), filter, afterId, max);
        return new FeedbackPage(page, page.size() == max ? page.getLast().id() : null);
    }

    /**
     * JSON Lines: one {@code {"record", "audit": {"entry", "treeSize", "rootHash", "proof", "checkpoint"}}} per record.
     * All proofs are against one checkpoint signed for the export, so a pipeline checks that signature once and
     * each line's proof against its root (recomputing the leaf hash from {@code entry}).
     */
    @GetMapping("/api/v1/feedback/export")
    public void export(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam(required = false) String type,
                       @RequestParam(required = false) String traceId, @RequestParam(required = false) String annotator,
                       HttpServletResponse response) throws IOException {
        UUID projectId = caller.requireProject();
        QueryParams params = new QueryParams();
        FeedbackRepository.Filter filter = filter(params, type, traceId, annotator);
        params.throwIfInvalid();
        Checkpoints.StoredCheckpoint checkpoint = checkpoints.signNow();
        long size = checkpoint.size();
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"feedback.jsonl\"");
        OutputStream out = response.getOutputStream();
        repository.stream(projectId, filter, size, row -> {
            long seq = row.audit().seq();
            List<String> proof = auditLog.read(t -> MerkleProofs.inclusion(t, seq, size)).stream().map(HEX::formatHex).toList();
            ExportLine line = new ExportLine(feedback.open(row), new ExportProof(EntryView.of(row.audit(), json.readTree(row.audit().entry().body())), size,
                    checkpoint.rootHash(), proof, checkpoint.note()));
            try {
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    public record ExportLine(FeedbackRecord record, ExportProof audit) {
    }

    public record ExportProof(EntryView entry, long treeSize, String rootHash, List<String> proof, String checkpoint) {
    }

    private static FeedbackRepository.Filter filter(QueryParams params, String type, String traceId, String annotator) {
        return new FeedbackRepository.Filter(params.oneOf("type", type, FeedbackInput.TYPES), params.text("traceId", traceId, 128),
                params.text("annotator", annotator, 100), null);
    }

    private static UUID parseCursor(QueryParams params, String after) {
        try {
            return UUID.fromString(after.trim());
        } catch (IllegalArgumentException e) {
            params.error("after", "must be the `next` value of a previous page");
            return null;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Feedback record " + id);
        }
    }
}
