package io.trustplane.server.security;

import io.trustplane.server.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem+json, like every other error of the API, or in the shape of the protocol a
 * request speaks when a {@link ProtocolErrors} claims it.
 */
final class ProblemAuthenticationHandlers {
    private final JsonMapper json;
    private final String keyHeader;
    private final List<ProtocolErrors> protocols;

    ProblemAuthenticationHandlers(JsonMapper json, String keyHeader, List<ProtocolErrors> protocols) {
        this.json = json;
        this.keyHeader = keyHeader;
        this.protocols = protocols;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"trustplane\"");
            String detail = request.getHeader("Authorization") == null && request.getHeader(keyHeader) == null
                    ? "Send an API key as 'Authorization: Bearer <key>' or '" + keyHeader + ": <key>'."
                    : "The API key is unknown or has been revoked.";
            if (!writeAsProtocol(request, response, HttpStatus.UNAUTHORIZED, detail)) {
                write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail, null));
            }
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            String detail = "This API key is not allowed to call " + request.getRequestURI() + ".";
            if (!writeAsProtocol(request, response, HttpStatus.FORBIDDEN, detail)) {
                write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, null));
            }
        };
    }

    private boolean writeAsProtocol(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                    String detail) throws IOException {
        for (ProtocolErrors protocol : protocols) {
            if (protocol.appliesTo(request)) {
                protocol.write(request, response, status, detail);
                return true;
            }
        }
        return false;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
