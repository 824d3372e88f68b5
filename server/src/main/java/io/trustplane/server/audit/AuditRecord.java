package io.trustplane.server.audit;

import io.trustplane.core.audit.log.AuditEntry;

/** An appended entry and its leaf hash (hex). */
public record AuditRecord(AuditEntry entry, String leafHash) {
    public long seq() {
        return entry.seq();
    }
}
