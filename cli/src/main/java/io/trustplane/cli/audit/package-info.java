/**
 * {@code trustplane verify}: the offline verifier of the audit log (docs/AUDIT.md). An
 * {@link io.trustplane.cli.audit.AuditLogSource} streams a log, from an export directory or from a running
 * server's API, into {@link io.trustplane.core.audit.log.AuditLogVerifier}, which trusts only the given keys.
 */
package io.trustplane.cli.audit;
