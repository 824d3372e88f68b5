package io.trustplane.server.feedback;

import io.trustplane.server.audit.AuditEvent;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.AuditRecord;
import io.trustplane.server.privacy.Pseudonyms;
import io.trustplane.server.privacy.SubjectKeys;
import io.trustplane.server.store.Ids;
import io.trustplane.server.store.SqlTime;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records human feedback. Each record is one audit entry (action {@code feedback.recorded}) whose body is the
 * whole record, with its personal part sealed for its data subject; the queryable columns go into the
 * {@code feedback} table in the same store transaction, so a record is never stored without its audit entry.
 */
@Service
public class FeedbackService {
    private final AuditLog auditLog;
    private final FeedbackRepository repository;
    private final SubjectKeys subjectKeys;
    private final Pseudonyms pseudonyms;
    private final JsonMapper json;

    public FeedbackService(AuditLog auditLog, FeedbackRepository repository, SubjectKeys subjectKeys, Pseudonyms pseudonyms,
                           JsonMapper json) {
        this.auditLog = auditLog;
        this.repository = repository;
        this.subjectKeys = subjectKeys;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    public record Recorded(FeedbackRecord record, boolean created) {
    }

    public Recorded record(UUID projectId, String actor, FeedbackInput input) {
        if (input.clientId() != null) {
            Optional<FeedbackRecord> existing = repository.byClientId(projectId, input.clientId()).map(this::open);
            if (existing.isPresent()) return new Recorded(existing.get(), false);
        }
        UUID id = Ids.newId();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String annotator = pseudonyms.pseudonym("ann", projectId, input.annotator());
        SubjectKeys.Sealed sealed = subjectKeys.seal(projectId, input.subject(), json.writeValueAsString(input.content()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedbackId", id.toString());
        if (input.clientId() != null) body.put("clientId", input.clientId());
        body.put("type", input.type());
        if (input.traceId() != null) body.put("traceId", input.traceId());
        if (input.spanId() != null) body.put("spanId", input.spanId());
        body.put("annotator", annotator);
        if (input.score() != null) body.put("score", input.score());
        if (input.label() != null) body.put("label", input.label());
        body.put("content", sealed.json());
        AuditEvent.SideEffect insert = (connection, seq) -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO feedback (id, project_id, client_id, kind, trace_id, "
                    + "span_id, annotator, subject, score, label, audit_seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setObject(2, projectId);
                s.setString(3, input.clientId());
                s.setString(4, input.type());
                s.setString(5, input.traceId());
                s.setString(6, input.spanId());
                s.setString(7, annotator);
                s.setString(8, sealed.subject());
                if (input.score() == null) s.setNull(9, java.sql.Types.DOUBLE); else s.setDouble(9, input.score());
                s.setString(10, input.label());
                s.setLong(11, seq);
                s.setObject(12, SqlTime.toSql(createdAt));
                s.executeUpdate();
            }
        };
        try {
            auditLog.append(new AuditEvent(actor, projectId, "feedback.recorded", "feedback:" + id, json.writeValueAsString(body), insert));
        } catch (IllegalStateException e) {
            // a concurrent retry with the same client id won the unique index: answer with its record
            if (input.clientId() != null) {
                Optional<FeedbackRecord> raced = repository.byClientId(projectId, input.clientId()).map(this::open);
                if (raced.isPresent()) return new Recorded(raced.get(), false);
            }
            throw e;
        }
        return new Recorded(repository.byId(projectId, id).map(this::open).orElseThrow(), true);
    }

    public Optional<FeedbackRecord> get(UUID projectId, UUID id) {
        return repository.byId(projectId, id).map(this::open);
    }

    public List<FeedbackRecord> page(UUID projectId, FeedbackRepository.Filter filter, UUID after, int limit) {
        return repository.page(projectId, filter, after, limit).stream().map(this::open).toList();
    }

    /** The stored row with its audit entry's body decrypted where the subject's key still exists. */
    FeedbackRecord open(FeedbackRepository.Row row) {
        JsonNode body = json.readTree(row.audit().entry().body());
        JsonNode sealed = body.get("content");
        Map<String, Object> content = null;
        if (sealed != null) {
            content = subjectKeys.open(row.projectId(), sealed.get("subject").asString(), sealed.get("ciphertext").asString())
                    .map(plain -> json.readValue(plain, LinkedHashMap.class))
                    .map(FeedbackService::typed).orElse(null);
        }
        return new FeedbackRecord(row.id().toString(), row.clientId(), row.type(), row.traceId(), row.spanId(), row.annotator(),
                row.subject(), row.score(), row.label(), content, content == null, row.createdAt().toString(), row.audit().seq());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** The audit record of a feedback row (for exports with proofs). */
    public AuditRecord auditOf(FeedbackRepository.Row row) {
        return row.audit();
    }
}
