package io.trustplane.server.tenancy;

import io.trustplane.server.audit.Auditor;
import io.trustplane.server.security.ApiKeyAuthenticator;
import io.trustplane.server.security.ApiKeyHasher;
import io.trustplane.server.security.ApiKeys;
import io.trustplane.server.store.Ids;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Organizations, projects and project API keys; every change is audited before it is answered. Creation is serialized in this process so the
 * name-uniqueness checks cannot race (the store's UNIQUE constraints are the backstop).
 */
@Service
public class TenancyService {
    private static final Logger log = LoggerFactory.getLogger(TenancyService.class);

    private final TenancyRepository repository;
    private final ApiKeyAuthenticator authenticator;
    private final Auditor auditor;

    public TenancyService(TenancyRepository repository, ApiKeyAuthenticator authenticator, Auditor auditor) {
        this.repository = repository;
        this.authenticator = authenticator;
        this.auditor = auditor;
    }

    public synchronized Organization createOrganization(String name) {
        if (repository.organizationNamed(name)) {
            throw ApiException.conflict("An organization named '" + name + "' already exists.");
        }
        Organization organization = new Organization(Ids.newId(), name, now());
        repository.insert(organization);
        auditor.record(null, "organization.created", "organization:" + organization.id(),
                Map.of("id", organization.id().toString(), "name", name));
        log.info("created organization {} ({})", organization.id(), name);
        return organization;
    }

    public List<Organization> organizations() {
        return repository.organizations();
    }

    public Organization organization(UUID id) {
        return repository.organization(id).orElseThrow(() -> ApiException.notFound("Organization " + id));
    }

    public synchronized Project createProject(UUID organizationId, String name) {
        organization(organizationId);
        if (repository.projectNamed(organizationId, name)) {
            throw ApiException.conflict("The organization already has a project named '" + name + "'.");
        }
        Project project = new Project(Ids.newId(), organizationId, name, now());
        repository.insert(project);
        auditor.record(project.id(), "project.created", "project:" + project.id(),
                Map.of("id", project.id().toString(), "organizationId", organizationId.toString(), "name", name));
        log.info("created project {} ({}) in organization {}", project.id(), name, organizationId);
        return project;
    }

    public List<Project> projects(UUID organizationId) {
        organization(organizationId);
        return repository.projects(organizationId);
    }

    public Project project(UUID id) {
        return repository.project(id).orElseThrow(() -> ApiException.notFound("Project " + id));
    }

    public CreatedApiKey createKey(UUID projectId, String name) {
        project(projectId);
        ApiKeys.NewKey key = ApiKeys.generate(ApiKeys.PROJECT_TAG);
        UUID id = Ids.newId();
        Instant createdAt = now();
        repository.insertKey(id, projectId, name, key.prefix(), ApiKeyHasher.hash(key.key()), createdAt);
        auditor.record(projectId, "api_key.created", "api_key:" + key.prefix(),
                Map.of("id", id.toString(), "prefix", key.prefix(), "name", name));
        log.info("created API key {} for project {}", key.prefix(), projectId);
        return new CreatedApiKey(id, projectId, name, key.prefix(), key.key(), createdAt);
    }

    public List<ApiKeyInfo> keys(UUID projectId) {
        project(projectId);
        return repository.keys(projectId);
    }

    /** Revokes the key; idempotent. Takes effect for the very next request. */
    public void revokeKey(UUID projectId, UUID keyId) {
        ApiKeyInfo key = repository.key(projectId, keyId)
                .orElseThrow(() -> ApiException.notFound("API key " + keyId + " of project " + projectId));
        if (key.revokedAt() == null) {
            repository.revokeKey(keyId, now());
            auditor.record(projectId, "api_key.revoked", "api_key:" + key.prefix(),
                    Map.of("id", keyId.toString(), "prefix", key.prefix(), "name", key.name()));
            log.info("revoked API key {} of project {}", key.prefix(), projectId);
        }
        authenticator.invalidateAll();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // the store keeps microseconds
    }
}
