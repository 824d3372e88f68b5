package io.trustplane.server.gateway.spi;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event, kept as the exact bytes the upstream sent (its lines and the blank line that ends it), so
 * that relaying it changes nothing. {@link #data()} and {@link #event()} decode its fields on demand, per the SSE rules
 * (one optional space after the colon; several {@code data} lines joined by newlines).
 */
public final class SseEvent {
    /** The end of an OpenAI chat or completions stream. */
    public static final String DONE = "[DONE]";

    private final byte[] raw;
    private String data;
    private String event;
    private boolean parsed;

    public SseEvent(byte[] raw) {
        this.raw = raw;
    }

    /** An event with one {@code data} line (e.g. a JSON chunk made by a guard); {@code data} must not contain newlines. */
    public static SseEvent data(String data) {
        return new SseEvent(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A named event, as the Responses API sends them: {@code event: <name>} then {@code data: <json>}. */
    public static SseEvent named(String event, String data) {
        return new SseEvent(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes as sent; not to be modified. */
    public byte[] raw() {
        return raw;
    }

    /** The event's data, or null when it has no data line (a comment or keep-alive). */
    public String data() {
        parse();
        return data;
    }

    /** The event's name, or null when it has none (OpenAI's chat chunks have none). */
    public String event() {
        parse();
        return event;
    }

    /** Whether this is the {@code data: [DONE]} that ends a chat or completions stream. */
    public boolean isDone() {
        return DONE.equals(data());
    }

    private void parse() {
        if (parsed) return;
        parsed = true;
        String text = new String(raw, StandardCharsets.UTF_8);
        StringBuilder dataLines = null;
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isEmpty() || line.startsWith(":")) continue;
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) value = value.substring(1);
            if (field.equals("data")) {
                if (dataLines == null) dataLines = new StringBuilder(value);
                else dataLines.append('\n').append(value);
            } else if (field.equals("event")) {
                event = value;
            }
        }
        data = dataLines == null ? null : dataLines.toString();
    }

    @Override
    public String toString() {
        return new String(raw, StandardCharsets.UTF_8).strip();
    }
}
