package io.trustplane.server.gateway.spi;

/**
 * The OpenAI operations the gateway proxies, guards and traces, each with its path under the OpenAI base URL (and an
 * upstream's base URL) and its name in traces, metrics and policies ({@code request.endpoint}). The model list
 * ({@code GET /models}) is answered by the gateway itself and is not one of them.
 */
public enum GatewayEndpoint {
    /** {@code POST /chat/completions}: {@code messages} in, {@code choices[].message} out (or SSE chunks). */
    CHAT_COMPLETIONS("/chat/completions", "chat.completions"),
    /** {@code POST /completions}: {@code prompt} in, {@code choices[].text} out (or SSE chunks). */
    COMPLETIONS("/completions", "completions"),
    /** {@code POST /embeddings}: {@code input} in, vectors out (nothing to guard on the way back). */
    EMBEDDINGS("/embeddings", "embeddings"),
    /** {@code POST /responses}: {@code instructions} and {@code input} in, {@code output[]} items out (or typed SSE events). */
    RESPONSES("/responses", "responses");

    private final String path;
    private final String wireName;

    GatewayEndpoint(String path, String wireName) {
        this.path = path;
        this.wireName = wireName;
    }

    /** The path under the base URL, e.g. {@code /chat/completions}. */
    public String path() {
        return path;
    }

    /** The operation's name in traces, metrics and policies, e.g. {@code chat.completions}. */
    public String wireName() {
        return wireName;
    }
}
