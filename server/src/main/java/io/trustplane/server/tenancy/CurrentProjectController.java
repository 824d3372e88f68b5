package io.trustplane.server.tenancy;

import io.trustplane.server.security.ProjectPrincipal;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/project}: which project the calling key belongs to (for SDKs and setup checks). */
@RestController
public class CurrentProjectController {
    private final TenancyService tenancy;

    public CurrentProjectController(TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    public record CurrentProject(UUID projectId, String projectName, UUID organizationId, String keyPrefix) {
    }

    @GetMapping("/api/v1/project")
    public CurrentProject current(@AuthenticationPrincipal ProjectPrincipal caller) {
        Project project = tenancy.project(caller.requireProject());
        return new CurrentProject(project.id(), project.name(), project.organizationId(), caller.keyPrefix());
    }
}
