package io.trustplane.server.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes {@link OpenAiError}s, and says which requests speak OpenAI's protocol (everything under {@link #BASE}). */
public final class OpenAiErrors {
    /** Where the OpenAI-compatible API lives: {@code OPENAI_BASE_URL=http://<host>:8080/openai/v1}. */
    public static final String BASE = "/openai/v1";

    private OpenAiErrors() {
    }

    public static boolean appliesTo(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.equals(BASE) || uri.startsWith(BASE + "/");
    }

    public static void write(HttpServletResponse response, OpenAiError error) throws IOException {
        byte[] body = error.bytes();
        response.setStatus(error.status());
        error.headers().forEach(response::setHeader);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
