package io.trustplane.server.gateway.spi;

/** The proxied OpenAI endpoints, each with its path under the OpenAI base URL (and an upstream's base URL). */
public enum GatewayEndpoint {
    CHAT_COMPLETIONS("/chat/completions"),
    COMPLETIONS("/completions"),
    EMBEDDINGS("/embeddings"),
    RESPONSES("/responses");

    private final String path;

    GatewayEndpoint(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
