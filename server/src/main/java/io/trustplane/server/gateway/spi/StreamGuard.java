package io.trustplane.server.gateway.spi;

import java.util.List;

/**
 * Watches one streamed response, event by event in the order the upstream sent them (including the final
 * {@code data: [DONE]} of chat completions, or the {@code response.completed} event of the Responses API). Created per
 * call by {@link GatewayGuard#onStream}; used by one thread.
 */
public interface StreamGuard {
    /** Passes every event on as it comes. */
    StreamGuard PASS = StreamAction::pass;

    StreamAction onEvent(SseEvent event);

    /**
     * The upstream's stream ended (it closed the connection after its last event): the events still to send, e.g. those
     * held back for a window that never filled. Not called after a cut, nor when the upstream broke the stream off
     * or went idle (the proxy then ends it with an error event, dropping what the guard holds).
     */
    default List<SseEvent> onEnd() {
        return List.of();
    }
}
