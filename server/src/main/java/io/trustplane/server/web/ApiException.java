package io.trustplane.server.web;

import io.trustplane.core.validation.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the API reports as RFC 9457 problem+json.
 *
 * @param status HTTP status
 * @param type   stable slug; the problem's {@code type} is {@code urn:trustplane:problem:<type>}
 * @param title  short, constant summary of the problem type
 * @param detail what went wrong in this request
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " not found");
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, errors);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    public HttpStatus status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<FieldError> errors() { return errors; }
}
