package io.trustplane.core.guard;

import io.trustplane.core.guard.pii.RedactionSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a redact decision to a request: every segment's PII, secrets and custom-rule matches are replaced
 * through one {@link RedactionSession}, so pseudonyms stay consistent across all segments of the request.
 */
public final class Redactions {
    /** Detectors whose findings are values to hide; injection and output findings describe behaviour, not values. */
    public static final Set<String> REDACTABLE_DETECTORS = Set.of("pii", "secrets", "custom");
    /** Findings below this confidence are too unsure to rewrite the user's text for. */
    public static final double MIN_CONFIDENCE = 0.5;

    private Redactions() {
    }

    /** The redacted text of every segment, by segment id (segments without findings are returned unchanged). */
    public static Map<String, String> apply(GuardRequest request, GuardReport report, RedactionSession session) {
        Map<String, List<Finding>> bySegment = new HashMap<>();
        for (LocatedFinding lf : report.findings()) {
            Finding f = lf.finding();
            if (REDACTABLE_DETECTORS.contains(f.detector()) && f.confidence() >= MIN_CONFIDENCE && f.length() > 0) {
                bySegment.computeIfAbsent(lf.segment(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, String> redacted = new LinkedHashMap<>();
        for (TextSegment segment : request.segments()) {
            List<Finding> findings = bySegment.getOrDefault(segment.id(), List.of());
            redacted.put(segment.id(), findings.isEmpty() ? segment.text() : session.redact(segment.text(), findings));
        }
        return redacted;
    }
}
