package io.trustplane.server.gateway.proxy;

import io.trustplane.core.validation.ValidationException;
import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.web.ApiException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the OpenAI-compatible API in OpenAI's shape, ahead of the problem+json handler that serves the rest of the
 * server: OpenAI clients read {@code error.message}, {@code type} and {@code code} and nothing else.
 */
@RestControllerAdvice(assignableTypes = OpenAiProxyController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(OpenAiExceptionHandler.class);

    @ExceptionHandler(GatewayException.class)
    ResponseEntity<byte[]> gateway(GatewayException e) {
        return answer(e.error());
    }

    /** The shared request-body reader's 413 and 415, and any other API error raised on the way. */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> api(ApiException e) {
        String code = switch (e.status().value()) {
            case 413 -> "request_too_large";
            case 415 -> "unsupported_encoding";
            default -> e.type().replace('-', '_');
        };
        return answer(OpenAiError.invalidRequest(e.status().value(), code, null, e.getMessage()));
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<byte[]> validation(ValidationException e) {
        return answer(OpenAiError.invalidRequest(400, "invalid_request_body", null, e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e) {
        log.error("unhandled gateway error", e);
        return answer(new OpenAiError(500, "server_error", "internal_error", null,
                "The gateway failed to process the request; it has been logged.", Map.of()));
    }

    private static ResponseEntity<byte[]> answer(OpenAiError error) {
        HttpHeaders headers = new HttpHeaders();
        error.headers().forEach(headers::set);
        return ResponseEntity.status(error.status()).headers(headers).contentType(MediaType.APPLICATION_JSON).body(error.bytes());
    }
}
