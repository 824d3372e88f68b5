package io.trustplane.server.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Probe endpoints on the main port: {@code /health} is liveness (the process is responsive; never the
 * store, so a slow replay or a store outage does not get the process restarted) and
 * {@code /health/ready} is readiness (store reachable, event log replayed into it). They serve the
 * {@code live} and {@code ready} health groups configured in application.yaml; the actuator's own
 * health endpoint would aggregate every indicator at {@code /health}, which is wrong for liveness.
 *
 * <p>Goes through the web extension, not {@code HealthEndpoint}, because only the web extension applies
 * a group's {@code show-details}/{@code show-components} to the caller: anonymous probes see statuses,
 * never details such as database names or log offsets.
 */
@RestController
public class HealthController {
    private final HealthEndpointWebExtension health;

    public HealthController(HealthEndpointWebExtension health) {
        this.health = health;
    }

    @GetMapping("/health")
    public ResponseEntity<HealthDescriptor> live(HttpServletRequest request) {
        return respond(request, "live");
    }

    @GetMapping("/health/ready")
    public ResponseEntity<HealthDescriptor> ready(HttpServletRequest request) {
        return respond(request, "ready");
    }

    private ResponseEntity<HealthDescriptor> respond(HttpServletRequest request, String group) {
        WebEndpointResponse<HealthDescriptor> response =
                health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, new RequestSecurityContext(request), group);
        return ResponseEntity.status(response.getStatus()).body(response.getBody());
    }

    /** The caller as Spring Security authenticated it; roles as in {@code show-details: when-authorized}. */
    private record RequestSecurityContext(HttpServletRequest request) implements SecurityContext {
        @Override
        public Principal getPrincipal() {
            return request.getUserPrincipal();
        }

        @Override
        public boolean isUserInRole(String role) {
            return request.isUserInRole(role);
        }
    }
}
