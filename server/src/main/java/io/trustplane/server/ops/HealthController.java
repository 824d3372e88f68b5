package io.trustplane.server.ops;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Probe endpoints on the main port: {@code /health} is liveness (the process is responsive; never the
 * store, so a slow replay or a store outage does not get the process restarted) and
 * {@code /health/ready} is readiness (store reachable, event log replayed into it). They serve the
 * {@code live} and {@code ready} health groups configured in application.yaml; the actuator's own
 * health endpoint would aggregate every indicator at {@code /health}, which is wrong for liveness.
 */
@RestController
public class HealthController {
    private final HealthEndpoint health;

    public HealthController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/health")
    public ResponseEntity<HealthDescriptor> live() {
        return respond(health.healthForPath("live"));
    }

    @GetMapping("/health/ready")
    public ResponseEntity<HealthDescriptor> ready() {
        return respond(health.healthForPath("ready"));
    }

    private static ResponseEntity<HealthDescriptor> respond(HealthDescriptor descriptor) {
        return ResponseEntity.status(HttpCodeStatusMapper.DEFAULT.getStatusCode(descriptor.getStatus())).body(descriptor);
    }
}
