package io.trustplane.server.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.trustplane.server.ingest.SpanContent;
import io.trustplane.server.otlp.genai.GenAiConventions;
import io.trustplane.server.otlp.genai.GenAiLogEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the GenAI events out of an OTLP logs export (by the conventions table, {@link GenAiConventions#eventsFromLog}) as
 * span contents to join to their spans. Other log records are counted as ignored; a GenAI event without the span
 * context it belongs to cannot be joined to anything and is rejected with the reason.
 */
final class OtlpLogMapper {
    private final GenAiConventions genAi;

    OtlpLogMapper(GenAiConventions genAi) {
        this.genAi = genAi;
    }

    record Mapped(List<SpanContent> contents, long rejected, long ignored, List<String> problems) {
        /** The partial-success message: why records were rejected, and how many were not kept; empty when neither. */
        String message() {
            List<String> parts = new ArrayList<>();
            if (rejected > 0) {
                parts.add(rejected + " log record(s) rejected: " + String.join("; ", problems) + (rejected > problems.size() ? "; ..." : ""));
            }
            if (ignored > 0) {
                parts.add(ignored + " log record(s) are not GenAI events (gen_ai.* event names) and were not stored");
            }
            return String.join(". ", parts);
        }
    }

    Mapped map(ExportLogsServiceRequest request) {
        List<SpanContent> contents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long rejected = 0;
        long ignored = 0;
        for (int r = 0; r < request.getResourceLogsCount(); r++) {
            ResourceLogs resourceLogs = request.getResourceLogs(r);
            for (int s = 0; s < resourceLogs.getScopeLogsCount(); s++) {
                ScopeLogs scopeLogs = resourceLogs.getScopeLogs(s);
                for (int i = 0; i < scopeLogs.getLogRecordsCount(); i++) {
                    LogRecord record = scopeLogs.getLogRecords(i);
                    // one record may hold several messages (gen_ai.client.inference.operation.details, v1.37+)
                    List<GenAiLogEvent> events = genAi.eventsFromLog(record, resourceLogs.getResource());
                    if (events.isEmpty()) {
                        ignored++;
                    } else if (events.getFirst().traceId() == null || events.getFirst().spanId() == null) {
                        rejected++;
                        if (problems.size() < 5) {
                            problems.add("resourceLogs[" + r + "].scopeLogs[" + s + "].logRecords[" + i
                                    + "]: a GenAI event without a span context (traceId and spanId) belongs to no span");
                        }
                    } else {
                        for (GenAiLogEvent event : events) contents.add(content(event, record));
                    }
                }
            }
        }
        return new Mapped(contents, rejected, ignored, problems);
    }

    private static SpanContent content(GenAiLogEvent event, LogRecord record) {
        Instant time = event.time();
        if (time == null) {
            long nanos = record.getTimeUnixNano() != 0 ? record.getTimeUnixNano() : record.getObservedTimeUnixNano();
            time = nanos != 0 ? Instant.ofEpochSecond(0, nanos) : Instant.now();
        }
        SpanContent.Side side = switch (event.side()) {
            case INPUT -> SpanContent.Side.INPUT;
            case OUTPUT -> SpanContent.Side.OUTPUT;
            case EVALUATION -> SpanContent.Side.EVALUATION;
        };
        return new SpanContent(event.traceId(), event.spanId(), side, time, event.messageJson());
    }
}
