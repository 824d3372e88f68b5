package io.trustplane.server.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error the gateway itself answers, in OpenAI's shape ({@code {"error": {"message", "type", "param", "code"}}}), with
 * its HTTP status and headers. The gateway answers its own errors and refusals (unknown models, upstream failures, guard
 * blocks, rate limits, quotas) this way and not as RFC 9457 problems, because OpenAI's official clients read exactly
 * these fields: they raise {@code BadRequestError} / {@code RateLimitError} with {@code message} and {@code code}, and
 * honour {@code Retry-After} on 429.
 *
 * @param status  HTTP status
 * @param type    OpenAI's error type, e.g. {@code invalid_request_error}, {@code tokens}, or the gateway's
 *                {@code upstream_error}
 * @param code    a stable machine-readable code, e.g. {@code model_not_found}; may be null
 * @param param   the request parameter at fault, e.g. {@code model}; may be null
 * @param message what went wrong, for a human; never contains a credential or a guarded text
 * @param headers extra response headers, e.g. {@code Retry-After}; possibly empty
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

    /** The JSON body, as a tree. */
    public ObjectNode body() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }

    /** The JSON body, serialized. */
    public byte[] bytes() {
        return JSON.writeValueAsString(body()).getBytes(StandardCharsets.UTF_8);
    }
}
