package io.trustplane.server.web;

import io.trustplane.core.validation.FieldError;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with TrustPlane's stable problem types. */
public final class Problems {
    public static final String TYPE_PREFIX = "urn:trustplane:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message()))
                    .toList());
        }
        return problem;
    }

    public static ProblemDetail of(ApiException e) {
        return of(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
    }
}
