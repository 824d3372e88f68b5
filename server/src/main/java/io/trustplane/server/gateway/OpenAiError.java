package io.trustplane.server.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error the gateway itself answers, in OpenAI's shape ({@code {"error": {"message", "type", "param", "code"}}}):
 * OpenAI clients parse only that shape, and surface its message, type and code in their exceptions.
 *
 * @param status  HTTP status
 * @param type    OpenAI's error type, e.g. {@code invalid_request_error}, or the gateway's {@code upstream_error}
 * @param code    a stable machine-readable code, e.g. {@code model_not_found}; may be null
 * @param param   the request parameter at fault, e.g. {@code model}; may be null
 * @param message what went wrong, for a human; never contains a credential
 * @param headers extra response headers, e.g. {@code Retry-After}
 */
public record OpenAiError(int status, String type, String code, String param, String message, Map<String, String> headers) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public OpenAiError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OpenAiError invalidRequest(int status, String code, String param, String message) {
        return new OpenAiError(status, "invalid_request_error", code, param, message, Map.of());
    }

    public static OpenAiError upstream(int status, String code, String message) {
        return new OpenAiError(status, "upstream_error", code, null, message, Map.of());
    }

    public OpenAiError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OpenAiError(status, type, code, param, message, more);
    }

    /** The JSON body. */
    public byte[] body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return JSON.writeValueAsString(Map.of("error", error)).getBytes(StandardCharsets.UTF_8);
    }
}
