package io.trustplane.core.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one guard check looks at.
 *
 * @param segments the texts to scan: a prompt, chat messages, retrieved documents, a model output
 * @param scanContext what detectors may know beyond each segment (system prompts, canaries, domains)
 * @param attributes request context exposed to policies as {@code request}: model, user, provider,
 *     session and any caller-defined keys. Values are strings, numbers, booleans, lists or maps.
 */
public record GuardRequest(List<TextSegment> segments, ScanContext scanContext, Map<String, Object> attributes) {
    public GuardRequest {
        segments = List.copyOf(segments);
        Objects.requireNonNull(scanContext, "scanContext");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static GuardRequest of(TextSegment... segments) {
        return new GuardRequest(List.of(segments), ScanContext.EMPTY, Map.of());
    }

    public boolean hasOutput() {
        return segments.stream().anyMatch(s -> s.direction() == Direction.OUTPUT);
    }
}
