package io.trustplane.server.ingest;

import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/traces}: native trace ingestion. 202 means the spans are durably stored. */
@RestController
public class TraceIngestController {
    private final TraceIngestService ingest;
    private final IngestProperties properties;
    private final IngestMetrics metrics;

    public TraceIngestController(TraceIngestService ingest, IngestProperties properties, IngestMetrics metrics) {
        this.ingest = ingest;
        this.properties = properties;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/traces", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Integer>> ingest(@AuthenticationPrincipal ProjectPrincipal caller,
                                                       HttpServletRequest request) throws IOException {
        byte[] body;
        try {
            body = RequestBodies.read(request, properties.maxBodySize().toBytes());
        } catch (ApiException e) {
            metrics.request("rejected_body");
            throw e;
        }
        int accepted = ingest.ingest(caller.requireProject(), body);
        return ResponseEntity.accepted().body(Map.of("accepted", accepted));
    }
}
