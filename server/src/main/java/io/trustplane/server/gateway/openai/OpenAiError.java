package io.trustplane.server.gateway.openai;

import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error in OpenAI's shape, {@code {"error": {"message", "type", "param", "code"}}}, with its HTTP status and
 * headers. The gateway answers its own refusals (guard blocks, rate limits, quotas) this way and not as RFC 9457
 * problems, because OpenAI's official clients read exactly these fields: they raise {@code BadRequestError} /
 * {@code RateLimitError} with {@code message} and {@code code}, and honour {@code Retry-After} on 429.
 *
 * @param status the HTTP status
 * @param headers extra response headers (e.g. {@code Retry-After}), possibly empty
 */
public record OpenAiError(int status, String message, String type, String param, String code, Map<String, String> headers) {

    public OpenAiError {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ObjectNode body() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }
}
