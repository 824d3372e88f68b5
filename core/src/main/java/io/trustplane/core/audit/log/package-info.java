/**
 * The audit log's entries and their independent verification.
 *
 * <p>An {@link io.trustplane.core.audit.log.AuditEntry} is hashed as an RFC 6962 leaf over its RFC 8785
 * canonical JSON, so any tool with a JCS library and SHA-256 can recompute it; each entry also names the
 * leaf hash of the entry before it. {@link io.trustplane.core.audit.log.AuditLogVerifier} recomputes a
 * log from its raw entries and checks it against signed checkpoints, reporting each problem with the
 * entry or checkpoint it concerns.
 */
package io.trustplane.core.audit.log;
