package io.trustplane.server.gateway.openai;

/** The OpenAI API operations the gateway guards and traces, each with the shape of its bodies. */
public enum OpenAiEndpoint {
    /** {@code POST /v1/chat/completions}: {@code messages} in, {@code choices[].message} out (or SSE chunks). */
    CHAT_COMPLETIONS("chat.completions"),
    /** {@code POST /v1/completions}: {@code prompt} in, {@code choices[].text} out (or SSE chunks). */
    COMPLETIONS("completions"),
    /** {@code POST /v1/responses}: {@code instructions} and {@code input} in, {@code output[]} items out. */
    RESPONSES("responses"),
    /** {@code POST /v1/embeddings}: {@code input} in, vectors out (nothing to guard on the way back). */
    EMBEDDINGS("embeddings"),
    /** {@code GET /v1/models}: nothing to guard. */
    MODELS("models");

    private final String wireName;

    OpenAiEndpoint(String wireName) {
        this.wireName = wireName;
    }

    /** The operation's name in traces and metrics, e.g. {@code chat.completions}. */
    public String wireName() {
        return wireName;
    }
}
