package io.trustplane.server.audit;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.merkle.MerkleProofs;
import io.trustplane.core.audit.note.NoteSigner;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's read API (docs/AUDIT.md). The admin credential reads every entry; a project key reads
 * its project's entries. Checkpoints, keys and proofs concern the whole log and reveal only hashes.
 */
@RestController
public class AuditController {
    private static final HexFormat HEX = HexFormat.of();
    private static final MediaType NOTE = MediaType.parseMediaType("text/plain; charset=utf-8");

    private final AuditLog auditLog;
    private final AuditRepository repository;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;
    private final Auditor auditor;
    private final JsonMapper json;

    public AuditController(AuditLog auditLog, AuditRepository repository, Checkpoints checkpoints, AuditKeys keys,
                           Auditor auditor, JsonMapper json) {
        this.auditLog = auditLog;
        this.repository = repository;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.auditor = auditor;
        this.json = json;
    }

    public record KeyView(String name, String keyHash, String vkey, String createdAt, String retiredAt) {
    }

    public record KeysView(String origin, List<KeyView> keys) {
    }

    @GetMapping("/api/v1/audit/keys")
    public KeysView keys() {
        return new KeysView(keys.origin(), keys.published().stream().map(k -> new KeyView(k.name(), k.keyHash(), k.vkey(),
                k.createdAt().toString(), k.retiredAt() == null ? null : k.retiredAt().toString())).toList());
    }

    @GetMapping(value = "/api/v1/audit/checkpoint", produces = "text/plain")
    public ResponseEntity<String> latestCheckpoint() {
        Checkpoints.StoredCheckpoint latest = checkpoints.latest().orElseGet(checkpoints::signNow);
        return ResponseEntity.ok().contentType(NOTE).body(latest.note());
    }

    @PostMapping(value = "/api/v1/audit/checkpoint", produces = "text/plain")
    public ResponseEntity<String> signCheckpoint(@AuthenticationPrincipal ProjectPrincipal caller) {
        requireAdmin(caller, "signing a checkpoint on demand");
        return ResponseEntity.ok().contentType(NOTE).body(checkpoints.signNow().note());
    }

    public record CheckpointView(long size, String rootHash, String note, String createdAt) {
    }

    public record CheckpointPage(List<CheckpointView> checkpoints, Long next) {
    }

    @GetMapping("/api/v1/audit/checkpoints")
    public CheckpointPage checkpoints(@RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
        QueryParams params = new QueryParams();
        long afterSize = params.longInRange("after", after, -1, -1, Long.MAX_VALUE);
        int max = params.intInRange("limit", limit, 100, 1, 1000);
        params.throwIfInvalid();
        List<CheckpointView> page = checkpoints.page(afterSize, max).stream()
                .map(c -> new CheckpointView(c.size(), c.rootHash(), c.note(), c.createdAt().toString())).toList();
        return new CheckpointPage(page, page.size() == max ? page.getLast().size() : null);
    }

    /** An entry as the API and the archive's entries files show it. */
    public record EntryView(long seq, String time, String actor, String project, String action, String target, JsonNode body,
                            String prev, String leafHash) {

        /** @param body the entry's body as JSON (the archive passes it raw, exactly as stored and hashed) */
        public static EntryView of(AuditRecord record, JsonNode body) {
            AuditEntry e = record.entry();
            return new EntryView(e.seq(), e.timeText(), e.actor(), e.project(), e.action(), e.target(), body, e.prev(), record.leafHash());
        }
    }

    public record EntryPage(List<EntryView> entries, Long next) {
    }

    @GetMapping("/api/v1/audit/entries")
    public EntryPage entries(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam(required = false) String after,
                             @RequestParam(required = false) String limit, @RequestParam(required = false) String action,
                             @RequestParam(required = false) String project) {
        QueryParams params = new QueryParams();
        long afterSeq = params.longInRange("after", after, -1, -1, Long.MAX_VALUE);
        int max = params.intInRange("limit", limit, 100, 1, 1000);
        String actionFilter = params.text("action", action, 100);
        String projectFilter = params.text("project", project, 100);
        params.throwIfInvalid();
        if (!caller.admin()) {
            String own = caller.requireProject().toString();
            if (projectFilter != null && !projectFilter.equals(own)) {
                return new EntryPage(List.of(), null); // another project's entries are invisible, not forbidden
            }
            projectFilter = own;
        }
        List<EntryView> page = repository.page(afterSeq, max, projectFilter, actionFilter).stream().map(this::view).toList();
        return new EntryPage(page, page.size() == max ? page.getLast().seq() : null);
    }

    @GetMapping("/api/v1/audit/entries/{seq}")
    public EntryView entry(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String seq) {
        return view(visibleEntry(caller, seq));
    }

    public record InclusionView(long seq, String leafHash, long size, String rootHash, List<String> proof, String checkpoint) {
    }

    /** The entry's inclusion proof in the tree of {@code size} entries (default: the latest checkpoint's size). */
    @GetMapping("/api/v1/audit/entries/{seq}/proof")
    public InclusionView inclusion(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String seq,
                                   @RequestParam(required = false) String size) {
        AuditRecord record = visibleEntry(caller, seq);
        QueryParams params = new QueryParams();
        long treeSize = params.longInRange("size", size, -1, 1, Long.MAX_VALUE);
        params.throwIfInvalid();
        Checkpoints.StoredCheckpoint checkpoint;
        if (treeSize < 0) {
            checkpoint = checkpoints.latest().filter(c -> c.size() > record.seq()).orElseGet(checkpoints::signNow);
            treeSize = checkpoint.size();
        } else {
            checkpoint = checkpoints.atSize(treeSize).orElse(null);
        }
        long n = treeSize;
        if (record.seq() >= n || n > auditLog.size()) {
            throw ApiException.badRequest("Entry " + record.seq() + " is not in a tree of size " + n + " (the log has "
                    + auditLog.size() + " entries).", List.of(new io.trustplane.core.validation.FieldError("size",
                    "must be greater than the entry's seq and at most the log's size")));
        }
        List<String> proof = auditLog.read(t -> MerkleProofs.inclusion(t, record.seq(), n)).stream().map(HEX::formatHex).toList();
        return new InclusionView(record.seq(), record.leafHash(), n, HEX.formatHex(auditLog.root(n)), proof,
                checkpoint == null ? null : checkpoint.note());
    }

    public record ConsistencyView(long from, long to, String fromRoot, String toRoot, List<String> proof) {
    }

    @GetMapping("/api/v1/audit/consistency")
    public ConsistencyView consistency(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        QueryParams params = new QueryParams();
        long size = auditLog.size();
        if (from == null) params.error("from", "is required: the older tree size");
        if (to == null) params.error("to", "is required: the newer tree size");
        long a = params.longInRange("from", from, 0, 0, Long.MAX_VALUE);
        long b = params.longInRange("to", to, 0, 0, Long.MAX_VALUE);
        if (!params.hasErrors() && (a > b || b > size)) {
            params.error("to", "must satisfy from <= to <= " + size + " (the log's size)");
        }
        params.throwIfInvalid();
        List<String> proof = auditLog.read(t -> MerkleProofs.consistency(t, a, b)).stream().map(HEX::formatHex).toList();
        return new ConsistencyView(a, b, HEX.formatHex(auditLog.root(a)), HEX.formatHex(auditLog.root(b)), proof);
    }

    public record RotationView(String old, @com.fasterxml.jackson.annotation.JsonProperty("new") String fresh, String checkpoint) {
    }

    /** Makes a new signing key current; one checkpoint is signed with both keys so trust can move from the old to the new. */
    @PostMapping("/api/v1/admin/audit/keys/rotate")
    public RotationView rotate(@AuthenticationPrincipal ProjectPrincipal caller) {
        List<NoteSigner> both = keys.rotate();
        auditor.record(caller.keyPrefix(), null, "audit_key.rotated", "audit_key:" + both.get(1).keyHash(),
                Map.of("old", both.get(0).verifierKey(), "new", both.get(1).verifierKey()));
        Checkpoints.StoredCheckpoint crossSigned = checkpoints.sign(both);
        return new RotationView(both.get(0).verifierKey(), both.get(1).verifierKey(), crossSigned.note());
    }

    private AuditRecord visibleEntry(ProjectPrincipal caller, String seq) {
        long n;
        try {
            n = Long.parseLong(seq);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The entry's seq must be an integer.", List.of(new io.trustplane.core.validation.FieldError("seq", "must be an integer")));
        }
        AuditRecord record = repository.entry(n).orElseThrow(() -> ApiException.notFound("Audit entry " + seq));
        if (!caller.admin() && !caller.requireProject().toString().equals(record.entry().project())) {
            throw ApiException.notFound("Audit entry " + seq);
        }
        return record;
    }

    private EntryView view(AuditRecord record) {
        return EntryView.of(record, json.readTree(record.entry().body()));
    }

    private static void requireAdmin(ProjectPrincipal caller, String what) {
        if (!caller.admin()) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden", "Forbidden", what + " needs the admin credential");
        }
    }
}
