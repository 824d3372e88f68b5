package io.trustplane.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Something to append to the audit log.
 *
 * @param actor      who did it: a key prefix, or {@code system}
 * @param projectId  the project concerned, or null
 * @param action     e.g. {@code api_key.created}
 * @param target     e.g. {@code api_key:tpk_3f9a1c2b}
 * @param body       a JSON object
 * @param sideEffect rows to write in the same store transaction as the entry (e.g. the feedback record
 *                   that this entry audits), or null
 */
public record AuditEvent(String actor, UUID projectId, String action, String target, String body, SideEffect sideEffect) {
    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
    }

    public AuditEvent(String actor, UUID projectId, String action, String target, String body) {
        this(actor, projectId, action, target, body, null);
    }

    /** Writes rows that must commit (or not) together with the entry; sees the entry's sequence number. */
    @FunctionalInterface
    public interface SideEffect {
        void write(Connection connection, long seq) throws SQLException;
    }
}
