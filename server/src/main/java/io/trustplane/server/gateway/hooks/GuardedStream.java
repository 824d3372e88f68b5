package io.trustplane.server.gateway.hooks;

import io.trustplane.server.gateway.guard.StreamOutcome;
import io.trustplane.server.gateway.guard.StreamOutputGuard;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamAction;
import io.trustplane.server.gateway.spi.StreamGuard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streamed answer as the hooks see it: through a {@link StreamOutputGuard} (when output guarding or pseudonym
 * restoration is on), or passed through unchanged, keeping a Responses API stream's final {@code response.completed}
 * response for the trace and the limiter.
 *
 * <p>The output guard speaks in {@code data} payloads; this adapter keeps the upstream's events: a payload it releases
 * unchanged goes out as the exact bytes the upstream sent, and only a rewritten (redacted) event or a guard's own final
 * events (a cut's {@code content_filter} chunks and {@code [DONE]}, or {@code response.incomplete}) are new events, named
 * by their {@code type} for the Responses API.
 */
final class GuardedStream implements StreamGuard {
    private final StreamOutputGuard guard;
    private final JsonMapper json;
    /** Events fed to the guard and not yet released, in order. */
    private final ArrayDeque<SseEvent> pending = new ArrayDeque<>();
    private JsonNode completedResponse;

    /** @param guard the output guard, or null to pass every event through */
    GuardedStream(StreamOutputGuard guard, JsonMapper json) {
        this.guard = guard;
        this.json = json;
    }

    @Override
    public StreamAction onEvent(SseEvent event) {
        if (guard == null) {
            if ("response.completed".equals(event.event())) completed(event.data());
            return StreamAction.pass(event);
        }
        String data = event.data();
        if (data == null) return StreamAction.pass(event); // a comment or keep-alive: no text, no order to keep
        pending.addLast(event);
        StreamOutputGuard.Step step = guard.onEvent(data);
        List<SseEvent> out = events(step);
        return step.verdict() == StreamOutputGuard.Verdict.CUT ? StreamAction.cut(out) : StreamAction.emit(out);
    }

    @Override
    public List<SseEvent> onEnd() {
        if (guard == null) return List.of();
        return events(guard.onEnd());
    }

    /** What the output guard saw and decided, or null when the stream was not guarded. */
    StreamOutcome outcome() {
        return guard == null ? null : guard.outcome();
    }

    /** The {@code response} of a Responses API stream's {@code response.completed} event, or null. */
    JsonNode completedResponse() {
        return completedResponse;
    }

    private List<SseEvent> events(StreamOutputGuard.Step step) {
        boolean cut = step.verdict() == StreamOutputGuard.Verdict.CUT;
        List<SseEvent> out = new ArrayList<>(step.emit().size());
        for (String data : step.emit()) {
            SseEvent original = pending.peekFirst();
            if (original != null && data.equals(original.data())) {
                out.add(pending.removeFirst());
            } else {
                // released in order, so a changed payload is the next pending event rewritten; after a cut, the guard's own
                String name = null;
                if (!cut && original != null) name = pending.removeFirst().event();
                if (name == null) name = responsesType(data);
                out.add(name == null ? SseEvent.data(data) : SseEvent.named(name, data));
            }
        }
        if (cut) pending.clear();
        return out;
    }

    /** A Responses API event's name, which is its {@code type}; null for chat and completions chunks. */
    private String responsesType(String data) {
        if (!data.startsWith("{")) return null;
        try {
            String type = json.readTree(data).path("type").asString(null);
            return type != null && type.startsWith("response.") ? type : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private void completed(String data) {
        if (data == null) return;
        try {
            JsonNode response = json.readTree(data).get("response");
            if (response != null && response.isObject()) completedResponse = response;
        } catch (JacksonException e) {
            // not JSON: nothing to record
        }
    }
}
