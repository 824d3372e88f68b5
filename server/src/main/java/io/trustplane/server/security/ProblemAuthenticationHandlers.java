package io.trustplane.server.security;

import io.trustplane.server.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as RFC 9457 problem+json, like every other error of the API. */
final class ProblemAuthenticationHandlers {
    private final JsonMapper json;

    ProblemAuthenticationHandlers(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"trustplane\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    request.getHeader("Authorization") == null && request.getHeader("X-API-Key") == null
                            ? "Send an API key as 'Authorization: Bearer <key>'."
                            : "The API key is unknown or has been revoked.", null));
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "This API key is not allowed to call " + request.getRequestURI() + ".", null));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
