/**
 * Retention and archival of the audit log: sealed segments ({@link io.trustplane.server.audit.archive.AuditArchiver})
 * written to a directory or to S3-compatible storage with Object Lock
 * ({@link io.trustplane.server.audit.archive.ArchiveDestination}), recorded in the store and in the log itself, and
 * verified where they lie ({@link io.trustplane.server.audit.archive.ArchiveReader}). See docs/AUDIT.md, "Archive".
 */
package io.trustplane.server.audit.archive;
