package io.trustplane.server.audit;

import io.trustplane.server.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The audit log cannot take an entry (it failed its integrity check, is stopped, or did not commit in time).
 * Answered as 503: the change that needed auditing was not acknowledged.
 */
public class AuditUnavailableException extends ApiException {
    public AuditUnavailableException(String message, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "audit-unavailable", "Audit log unavailable", message);
        if (cause != null) initCause(cause);
    }
}
