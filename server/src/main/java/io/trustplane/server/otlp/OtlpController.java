package io.trustplane.server.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.ingest.TraceIngestService;
import io.trustplane.server.otlp.genai.GenAiConventions;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OTLP/HTTP receiver (OTLP specification 1.x, "OTLP/HTTP"): {@code POST /otlp/v1/traces} and
 * {@code POST /otlp/v1/logs} (GenAI content can travel as log events), so that
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT=http://<host>:8080/otlp} works with the stock exporters, which append the
 * signal's path. Protobuf or JSON, optionally gzip; the answer is an {@code Export*ServiceResponse} in the request's
 * encoding, with a partial success naming the spans that were rejected; failures are a {@code google.rpc.Status}
 * with 400 (undecodable, not retryable), 413, 415, or 429/503 with {@code Retry-After} (retryable).
 * Accepted spans take the same durable, idempotent path as native ones ({@link TraceIngestService}).
 */
@RestController
public class OtlpController {
    static final String BASE = "/otlp";

    private final TraceIngestService ingest;
    private final OtlpProperties properties;
    private final OtlpSpanMapper spans;
    private final OtlpLogMapper logs;
    private final Semaphore inFlight;
    private final OtlpMetrics metrics;

    public OtlpController(TraceIngestService ingest, OtlpProperties properties, JsonMapper json, OtlpMetrics metrics) {
        this.ingest = ingest;
        this.properties = properties;
        this.metrics = metrics;
        GenAiConventions genAi = new GenAiConventions(json);
        this.spans = new OtlpSpanMapper(genAi, json);
        this.logs = new OtlpLogMapper(genAi);
        this.inFlight = new Semaphore(properties.maxConcurrentRequests());
    }

    @PostMapping(BASE + "/v1/traces")
    public ResponseEntity<byte[]> traces(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        OtlpEncoding encoding = OtlpEncoding.of(request.getContentType());
        if (!inFlight.tryAcquire()) throw busy();
        try {
            byte[] body = RequestBodies.read(request, properties.maxBodySize().toBytes(), "trustplane.otlp.max-body-size");
            ExportTraceServiceRequest export = encoding.decode(body, ExportTraceServiceRequest.newBuilder(), "ExportTraceServiceRequest");
            int count = countSpans(export);
            if (count > properties.maxSpansPerRequest()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "too-many-spans", "Too many spans",
                        "The request has " + count + " spans; at most " + properties.maxSpansPerRequest()
                                + " are taken per request (trustplane.otlp.max-spans-per-request): lower the exporter's batch size.");
            }
            OtlpSpanMapper.Mapped mapped = spans.map(export);
            ingest.ingest(caller.requireProject(), mapped.spans());
            metrics.items("traces", "accepted", mapped.spans().size());
            metrics.items("traces", "rejected", mapped.rejected());
            metrics.request("traces", mapped.rejected() > 0 ? "partial" : "ok");
            ExportTraceServiceResponse.Builder response = ExportTraceServiceResponse.newBuilder();
            if (mapped.rejected() > 0) {
                response.setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                        .setRejectedSpans(mapped.rejected()).setErrorMessage(mapped.message()));
            }
            return ok(encoding, encoding.encode(response.build()));
        } finally {
            inFlight.release();
        }
    }

    /**
     * OTLP logs: GenAI events (messages and evaluations) that carry a span's context are stored and joined to that
     * span, whichever arrives first; other log records are accepted but not kept, which the answer says as a
     * warning (a partial success with nothing rejected). A GenAI event without a span context is rejected.
     */
    @PostMapping(BASE + "/v1/logs")
    public ResponseEntity<byte[]> logs(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        OtlpEncoding encoding = OtlpEncoding.of(request.getContentType());
        if (!inFlight.tryAcquire()) throw busy();
        try {
            byte[] body = RequestBodies.read(request, properties.maxBodySize().toBytes(), "trustplane.otlp.max-body-size");
            ExportLogsServiceRequest export = encoding.decode(body, ExportLogsServiceRequest.newBuilder(), "ExportLogsServiceRequest");
            int count = 0;
            for (var resourceLogs : export.getResourceLogsList()) {
                for (var scopeLogs : resourceLogs.getScopeLogsList()) count += scopeLogs.getLogRecordsCount();
            }
            if (count > properties.maxLogRecordsPerRequest()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "too-many-log-records", "Too many log records",
                        "The request has " + count + " log records; at most " + properties.maxLogRecordsPerRequest()
                                + " are taken per request (trustplane.otlp.max-log-records-per-request): lower the exporter's batch size.");
            }
            OtlpLogMapper.Mapped mapped = logs.map(export);
            ingest.ingestContent(caller.requireProject(), mapped.contents());
            metrics.items("logs", "accepted", mapped.contents().size());
            metrics.items("logs", "rejected", mapped.rejected());
            metrics.items("logs", "ignored", mapped.ignored());
            metrics.request("logs", mapped.rejected() > 0 ? "partial" : "ok");
            ExportLogsServiceResponse.Builder response = ExportLogsServiceResponse.newBuilder();
            if (!mapped.message().isEmpty()) {
                response.setPartialSuccess(ExportLogsPartialSuccess.newBuilder()
                        .setRejectedLogRecords(mapped.rejected()).setErrorMessage(mapped.message()));
            }
            return ok(encoding, encoding.encode(response.build()));
        } finally {
            inFlight.release();
        }
    }

    /** Errors of this receiver as OTLP clients read them: a {@code google.rpc.Status} in the request's encoding. */
    @ExceptionHandler(ApiException.class)
    public ResponseEntity<byte[]> failure(ApiException e, HttpServletRequest request) {
        metrics.request(request.getRequestURI().endsWith("/logs") ? "logs" : "traces", e.type());
        OtlpEncoding encoding = OtlpEncoding.forAnswer(request.getContentType());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status())
                .header(HttpHeaders.CONTENT_TYPE, encoding.mediaType);
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE || e.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(OtlpStatus.encode(encoding, e.status(), e.getMessage()));
    }

    private static ResponseEntity<byte[]> ok(OtlpEncoding encoding, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, encoding.mediaType).body(body);
    }

    private ApiException busy() {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "busy", "Too many concurrent exports",
                properties.maxConcurrentRequests() + " export requests are being decoded already "
                        + "(trustplane.otlp.max-concurrent-requests); retry after a second.");
    }

    private static int countSpans(ExportTraceServiceRequest export) {
        int count = 0;
        for (var resourceSpans : export.getResourceSpansList()) {
            for (var scopeSpans : resourceSpans.getScopeSpansList()) count += scopeSpans.getSpansCount();
        }
        return count;
    }
}
