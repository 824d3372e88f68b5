package io.trustplane.core.guard;

import java.util.Objects;

/**
 * One piece of text to scan.
 *
 * @param id where the text came from in the request, e.g. {@code input}, {@code messages[2]} or
 *     {@code output}; findings carry it so a caller can locate a span
 * @param direction whether the text is sent to the model or produced by it
 * @param role who wrote it
 * @param text the text itself, never null
 */
public record TextSegment(String id, Direction direction, TextRole role, String text) {
    public TextSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static TextSegment input(String text) {
        return new TextSegment("input", Direction.INPUT, TextRole.USER, text);
    }

    public static TextSegment output(String text) {
        return new TextSegment("output", Direction.OUTPUT, TextRole.ASSISTANT, text);
    }
}
