package io.trustplane.server.gateway.spi;

import java.util.List;

/**
 * What a {@link StreamGuard} does with one upstream event: the events to send to the client now, in order (none while
 * it holds events back for its sliding window; several when it releases held ones), and whether the stream ends here
 * (the upstream connection is closed and nothing more is sent after {@code emit}).
 */
public record StreamAction(List<SseEvent> emit, boolean cut) {
    private static final StreamAction HOLD = new StreamAction(List.of(), false);

    public StreamAction {
        emit = List.copyOf(emit);
    }

    /** Send this event on, as it came. */
    public static StreamAction pass(SseEvent event) {
        return new StreamAction(List.of(event), false);
    }

    /** Send nothing now (the guard keeps the event, to release or drop later). */
    public static StreamAction hold() {
        return HOLD;
    }

    /** Send these events now (e.g. the held ones and the current one). */
    public static StreamAction emit(List<SseEvent> events) {
        return new StreamAction(events, false);
    }

    /** Send these final events (e.g. an error event, then {@code data: [DONE]}) and end the stream. */
    public static StreamAction cut(List<SseEvent> finalEvents) {
        return new StreamAction(finalEvents, true);
    }
}
