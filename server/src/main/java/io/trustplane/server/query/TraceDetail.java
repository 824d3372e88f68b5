package io.trustplane.server.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A trace with its spans as a tree. */
public record TraceDetail(@JsonUnwrapped TraceSummary summary, List<SpanNode> spans) {
}
