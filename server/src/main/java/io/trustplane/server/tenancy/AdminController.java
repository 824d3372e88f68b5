package io.trustplane.server.tenancy;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API (admin credential only, enforced by the security configuration). */
@RestController
@RequestMapping("/api/v1/admin")
public class AdminController {
    private final TenancyService tenancy;

    public AdminController(TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @PostMapping("/organizations")
    public ResponseEntity<Organization> createOrganization(@RequestBody NameRequest request) {
        Organization organization = tenancy.createOrganization(request.validName());
        return ResponseEntity.created(URI.create("/api/v1/admin/organizations/" + organization.id())).body(organization);
    }

    @GetMapping("/organizations")
    public List<Organization> organizations() {
        return tenancy.organizations();
    }

    @GetMapping("/organizations/{organizationId}")
    public Organization organization(@PathVariable UUID organizationId) {
        return tenancy.organization(organizationId);
    }

    @PostMapping("/organizations/{organizationId}/projects")
    public ResponseEntity<Project> createProject(@PathVariable UUID organizationId, @RequestBody NameRequest request) {
        Project project = tenancy.createProject(organizationId, request.validName());
        return ResponseEntity.created(URI.create("/api/v1/admin/projects/" + project.id())).body(project);
    }

    @GetMapping("/organizations/{organizationId}/projects")
    public List<Project> projects(@PathVariable UUID organizationId) {
        return tenancy.projects(organizationId);
    }

    @GetMapping("/projects/{projectId}")
    public Project project(@PathVariable UUID projectId) {
        return tenancy.project(projectId);
    }

    @PostMapping("/projects/{projectId}/keys")
    public ResponseEntity<CreatedApiKey> createKey(@PathVariable UUID projectId, @RequestBody NameRequest request) {
        CreatedApiKey key = tenancy.createKey(projectId, request.validName());
        return ResponseEntity.created(URI.create("/api/v1/admin/projects/" + projectId + "/keys/" + key.id())).body(key);
    }

    @GetMapping("/projects/{projectId}/keys")
    public List<ApiKeyInfo> keys(@PathVariable UUID projectId) {
        return tenancy.keys(projectId);
    }

    @DeleteMapping("/projects/{projectId}/keys/{keyId}")
    public ResponseEntity<Void> revokeKey(@PathVariable UUID projectId, @PathVariable UUID keyId) {
        tenancy.revokeKey(projectId, keyId);
        return ResponseEntity.noContent().build();
    }
}
