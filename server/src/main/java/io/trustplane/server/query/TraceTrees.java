package io.trustplane.server.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arranges a trace's spans (already ordered by start time) into a tree. Spans without a parent, or whose
 * parent is not in the trace (not received yet, or never sent), are roots, so nothing is hidden.
 */
final class TraceTrees {
    private TraceTrees() {
    }

    static List<SpanNode> build(List<SpanNode> spansByStart) {
        Map<String, SpanNode> byId = new HashMap<>();
        for (SpanNode span : spansByStart) byId.putIfAbsent(span.spanId(), span);
        List<SpanNode> roots = new ArrayList<>();
        for (SpanNode span : spansByStart) {
            SpanNode parent = span.parentSpanId() == null ? null : byId.get(span.parentSpanId());
            if (parent == null || parent == span || isAncestor(span, parent, byId)) {
                roots.add(span);
            } else {
                parent.children().add(span);
            }
        }
        return roots;
    }

    /** Guards against parent cycles (a→b→a) sent by a buggy client: such a span becomes a root. */
    private static boolean isAncestor(SpanNode span, SpanNode candidateChild, Map<String, SpanNode> byId) {
        SpanNode current = candidateChild;
        for (int depth = 0; current != null && depth < byId.size(); depth++) {
            if (current == span) return true;
            current = current.parentSpanId() == null ? null : byId.get(current.parentSpanId());
        }
        return false;
    }
}
