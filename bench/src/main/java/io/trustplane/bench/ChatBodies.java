package io.trustplane.bench;

import java.nio.charset.StandardCharsets;

/**
 * Chat completion requests ({@code POST /v1/chat/completions}, OpenAI's shape) for the gateway benchmark: a system and a
 * user message, temperature and max_tokens, about 400 bytes, the same whether sent to the gateway or straight to the
 * upstream. Each request names its connection and number in {@code user} (the end-user id OpenAI accepts), so that no
 * two requests are alike. With {@code stream}, it asks for server-sent events and the usage chunk.
 */
final class ChatBodies extends NumberedIdBodies {
    static final String MODEL = "bench-model";

    ChatBodies(String runId, int connection, boolean stream) {
        super(render(templateId(runId, connection), stream), idPrefix(runId, connection));
    }

    private static byte[] render(String user, boolean stream) {
        return ("{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a concise assistant for a travel "
                + "agency. Answer in one sentence.\"},{\"role\":\"user\",\"content\":\"Which documents do I need to travel from Paris "
                + "to Montreal for a week of holidays?\"}],\"temperature\":0.2,\"max_tokens\":64,"
                + (stream ? "\"stream\":true,\"stream_options\":{\"include_usage\":true}," : "")
                + "\"user\":\"" + user + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
