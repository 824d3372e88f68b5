package io.trustplane.server.guard;

import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.server.ingest.SpanContent;
import io.trustplane.server.ingest.SpanContentBatch;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scan units for GenAI messages that arrived as OTLP log events rather than on their span: the messages of one
 * record are grouped by the span they belong to, input and output in time order, and scanned like a span's own.
 * Each group is stored under a key of what it holds (so a retried export is scanned into the store once), with the
 * span's trace and span ids, so its findings are found by trace like any other.
 */
final class LogContentUnits {
    static final String NAME = "gen_ai log events";

    private LogContentUnits() {
    }

    static List<TraceGuardScanner.ScanUnit> of(SpanContentBatch batch) {
        record SpanRef(String traceId, String spanId) {
        }
        Map<SpanRef, List<SpanContent>> bySpan = new LinkedHashMap<>();
        for (SpanContent c : batch.contents()) {
            if (c.side() == SpanContent.Side.EVALUATION) continue; // an evaluation is a verdict, not text a model reads
            bySpan.computeIfAbsent(new SpanRef(c.traceId(), c.spanId()), k -> new ArrayList<>()).add(c);
        }
        List<TraceGuardScanner.ScanUnit> units = new ArrayList<>();
        for (var group : bySpan.entrySet()) {
            List<SpanContent> contents = new ArrayList<>(group.getValue());
            contents.sort((a, b) -> a.time().compareTo(b.time()));
            String input = messages(contents, SpanContent.Side.INPUT);
            String output = messages(contents, SpanContent.Side.OUTPUT);
            Instant first = contents.getFirst().time();
            Span span = new Span(group.getKey().traceId(), group.getKey().spanId(), null, NAME, SpanKind.LLM, first, null,
                    SpanStatus.UNSET, null, null, null, input, output, null, null, null, null, null, null, List.of(), null);
            units.add(new TraceGuardScanner.ScanUnit(batch.projectId(), span, key(batch, group.getKey().traceId(),
                    group.getKey().spanId(), contents)));
        }
        return units;
    }

    /** A JSON array of the messages of one side (each already JSON text), or null when there are none. */
    private static String messages(List<SpanContent> contents, SpanContent.Side side) {
        StringBuilder array = new StringBuilder("[");
        for (SpanContent c : contents) {
            if (c.side() != side) continue;
            if (array.length() > 1) array.append(',');
            array.append(c.json());
        }
        return array.length() == 1 ? null : array.append(']').toString();
    }

    private static UUID key(SpanContentBatch batch, String traceId, String spanId, List<SpanContent> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("log-content|" + batch.projectId() + "|" + traceId + "|" + spanId).getBytes(StandardCharsets.UTF_8));
            for (SpanContent c : contents) {
                sha.update(("|" + c.side() + "|" + c.time() + "|" + c.json()).getBytes(StandardCharsets.UTF_8));
            }
            ByteBuffer hash = ByteBuffer.wrap(sha.digest());
            return new UUID(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
