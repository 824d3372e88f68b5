package io.trustplane.server.gateway.guard;

import io.trustplane.server.gateway.OpenAiError;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the gateway answers instead of forwarding (a blocked request) or instead of the model's answer (a blocked
 * response).
 *
 * @param status the HTTP status: 400 for an error, 200 for a refusal
 * @param body the JSON body: an OpenAI error, or a normal-looking completion whose answer is the refusal message; null
 *     for a streamed chat or completions refusal (a streamed Responses API refusal keeps its final response here)
 * @param events for a refusal of a streaming request, the SSE {@code data:} payloads to send instead of {@code body}
 *     (chunks, then {@code [DONE]}; Responses API events, each named by its {@code type}); null otherwise
 * @param error the error answered, or null for a refusal
 */
public record BlockedAnswer(int status, JsonNode body, List<String> events, OpenAiError error) {

    public static BlockedAnswer error(OpenAiError error) {
        return new BlockedAnswer(error.status(), error.body(), null, error);
    }

    /** Whether this is a refusal (a normal-looking answer) rather than an error. */
    public boolean refusal() {
        return error == null;
    }

    /** Whether to answer as {@code text/event-stream} with {@link #events()} rather than JSON. */
    public boolean streamed() {
        return events != null;
    }
}
