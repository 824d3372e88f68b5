package io.trustplane.server.audit;

import io.trustplane.server.security.ProjectPrincipal;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the rest of the server calls to audit a change: builds the entry's JSON body and appends it, waiting
 * until it is durable. Callers audit after their change has committed and before they answer.
 */
@Component
public class Auditor {
    /** The actor of changes made by the server itself (bootstrap, schedules). */
    public static final String SYSTEM = "system";

    private final AuditLog auditLog;
    private final JsonMapper json;

    public Auditor(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    public AuditRecord record(String actor, UUID projectId, String action, String target, Map<String, ?> body) {
        return auditLog.append(new AuditEvent(actor, projectId, action, target, json.writeValueAsString(body)));
    }

    /** Audits a change whose record (written by {@code sideEffect}) commits in the same transaction as the entry. */
    public AuditRecord record(String actor, UUID projectId, String action, String target, Map<String, ?> body,
                              AuditEvent.SideEffect sideEffect) {
        return auditLog.append(new AuditEvent(actor, projectId, action, target, json.writeValueAsString(body), sideEffect));
    }

    /** Audits a change made by the caller of the current request (its key prefix), or by the system outside requests. */
    public AuditRecord record(UUID projectId, String action, String target, Map<String, ?> body) {
        return record(currentActor(), projectId, action, target, body);
    }

    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ProjectPrincipal p) {
            return p.keyPrefix();
        }
        return SYSTEM;
    }
}
