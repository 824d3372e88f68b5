package io.trustplane.core.guard;

import java.util.Locale;

/**
 * Who wrote a piece of text. Detectors use it as context: instructions inside a {@link #TOOL} result
 * or a {@link #DOCUMENT} are indirect injection, while the same words in a {@link #SYSTEM} prompt are
 * the operator's own.
 */
public enum TextRole {
    SYSTEM,
    USER,
    ASSISTANT,
    /** Output of a tool or function call fed back to the model. */
    TOOL,
    /** Retrieved or attached content: web pages, e-mails, files, RAG chunks. */
    DOCUMENT;

    /** Parses an OpenAI-style role name ("system", "user", "assistant", "tool", "function", "developer"). */
    public static TextRole parse(String role) {
        if (role == null) {
            return USER;
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "system", "developer" -> SYSTEM;
            case "assistant", "model" -> ASSISTANT;
            case "tool", "function", "ipython" -> TOOL;
            case "document", "context", "retrieval" -> DOCUMENT;
            default -> USER;
        };
    }
}
