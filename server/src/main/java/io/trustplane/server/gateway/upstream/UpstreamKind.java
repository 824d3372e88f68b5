package io.trustplane.server.gateway.upstream;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an upstream expects its credential: OpenAI and everything that copies its API (vLLM, Ollama, LiteLLM, Together,
 * ...) take {@code Authorization: Bearer <key>}; Azure OpenAI takes an {@code api-key} header and, for its
 * deployment-style URLs, an {@code api-version} query parameter.
 */
public enum UpstreamKind {
    OPENAI,
    AZURE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UpstreamKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(text)).findFirst();
    }
}
