package io.trustplane.server.settings;

import io.trustplane.server.audit.AuditProperties;
import io.trustplane.server.audit.archive.ArchiveProperties;
import io.trustplane.server.eventlog.EventLogProperties;
import io.trustplane.server.guard.GuardProperties;
import io.trustplane.server.security.ApiKeys;
import io.trustplane.server.security.SecurityProperties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The settings whose changes the audit trail records: how long data and the archive are kept, how often the log
 * is signed, which master key protects the stored keys, which admin credential is accepted, who may read metrics,
 * how fast a revocation reaches every request, and what the guard scans. Nothing secret is included: a credential
 * appears as whether and how it is set, a key by its public identifier. Durations are ISO-8601 ({@code PT24H}).
 *
 * @param masterKey the master key's {@link io.trustplane.server.secrets.MasterKey#description() description}
 */
public record AuditedSettings(AuditProperties audit, ArchiveProperties archive, EventLogProperties eventLog,
                              GuardProperties guard, SecurityProperties security, String masterKey) {

    /** Setting name ({@code trustplane.*}) to value, in name order. */
    public SortedMap<String, String> values() {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("trustplane.audit.checkpoint-interval", audit.checkpointInterval().toString());
        values.put("trustplane.audit.archive.enabled", Boolean.toString(archive.enabled()));
        values.put("trustplane.audit.archive.destination", String.join(",", archive.destination()));
        values.put("trustplane.audit.archive.segment-entries", Long.toString(archive.segmentEntries()));
        values.put("trustplane.audit.archive.interval", archive.interval().toString());
        values.put("trustplane.audit.archive.retention-mode", archive.retentionMode());
        values.put("trustplane.audit.archive.retention", archive.retention().toString());
        values.put("trustplane.audit.archive.s3.endpoint", archive.s3().endpoint());
        values.put("trustplane.audit.archive.s3.region", archive.s3().region());
        values.put("trustplane.audit.archive.s3.credentials",
                archive.s3().accessKeyId().isBlank() ? "AWS default chain" : "static access key");
        values.put("trustplane.eventlog.retention", eventLog.retention().toString());
        values.put("trustplane.guard.scan-ingested", Boolean.toString(guard.scanIngested()));
        values.put("trustplane.guard.max-segment-chars", Integer.toString(guard.maxSegmentChars()));
        values.put("trustplane.guard.embeddings", Boolean.toString(guard.embeddings()));
        values.put("trustplane.security.admin-key", security.adminKey().isEmpty()
                ? "generated at first start" : "configured (" + ApiKeys.prefixOf(security.adminKey()) + ")");
        values.put("trustplane.security.key-cache-ttl", security.keyCacheTtl().toString());
        values.put("trustplane.security.public-metrics", Boolean.toString(security.publicMetrics()));
        values.put("trustplane.secrets.master-key", masterKey);
        return values;
    }
}
