package io.trustplane.server.diagnostics;

import io.trustplane.server.ingest.IngestProperties;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/noop}: an authenticated no-op for connectivity checks and the benchmark baseline.
 * It goes through the same filters as ingestion and reads the body with the same limit, then discards
 * it, so the difference to {@code POST /api/v1/traces} is exactly the cost of ingestion itself.
 */
@RestController
public class NoopController {
    private final IngestProperties properties;

    public NoopController(IngestProperties properties) {
        this.properties = properties;
    }

    @PostMapping("/api/v1/noop")
    public ResponseEntity<Map<String, Integer>> noop(@AuthenticationPrincipal ProjectPrincipal caller,
                                                     HttpServletRequest request) throws IOException {
        caller.requireProject();
        RequestBodies.read(request, properties.maxBodySize().toBytes());
        return ResponseEntity.accepted().body(Map.of("accepted", 0));
    }
}
