package io.trustplane.server.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trustplane.core.guard.GuardEngine;
import io.trustplane.core.guard.policy.CompiledPolicy;
import io.trustplane.core.guard.rules.CustomRulesDetector;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves, versions and serves per-project policies. Compiled policies are cached: a guard check never
 * parses CEL. Saving invalidates this node's cache at once; the short expiry bounds how long another
 * node may use the previous version.
 */
@Service
public class PolicyService {
    private final PolicyRepository repository;
    private final JsonMapper json;
    private final GuardEngine engine;
    private final ProjectPolicy defaultPolicy;
    private final Auditor auditor;
    private final Cache<UUID, ProjectPolicy> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(30)).build();

    public PolicyService(PolicyRepository repository, JsonMapper json, GuardEngine engine, Auditor auditor) {
        this.repository = repository;
        this.auditor = auditor;
        this.json = json;
        this.engine = engine;
        PolicyDocument document = PolicyDocuments.defaultDocument();
        this.defaultPolicy = new ProjectPolicy(0, document, PolicyDocuments.compile(document, 0), null, null, engine);
    }

    /** The policy in force for a project: its latest saved version, or the default. */
    public ProjectPolicy current(UUID projectId) {
        return cache.get(projectId, id -> repository.latest(id).map(this::load).orElse(defaultPolicy));
    }

    public ProjectPolicy version(UUID projectId, int version) {
        if (version == 0) return defaultPolicy;
        return repository.version(projectId, version).map(this::load)
                .orElseThrow(() -> ApiException.notFound("Policy version " + version));
    }

    public List<PolicyRepository.StoredPolicy> versions(UUID projectId) {
        return repository.versions(projectId);
    }

    /** Validates and saves a new version; nothing is saved when any part is invalid. */
    public ProjectPolicy save(UUID projectId, JsonNode body, String actor) {
        PolicyDocument document = PolicyDocuments.validate(body);
        Instant now = Instant.now();
        String documentJson = json.writeValueAsString(document);
        int version = repository.insertNext(projectId, documentJson, now, actor);
        cache.invalidate(projectId);
        auditor.record(actor, projectId, "policy.saved", "policy:" + version,
                Map.of("version", version, "policy", json.readTree(documentJson)));
        return new ProjectPolicy(version, document, PolicyDocuments.compile(document, version), now, actor, engineFor(document));
    }

    /** A document that is not saved (for the test endpoint), already validated; version 0 marks it unsaved. */
    public ProjectPolicy unsaved(PolicyDocument document, CompiledPolicy compiled, CustomRulesDetector customRules) {
        return new ProjectPolicy(0, document, compiled, null, null, customRules == null ? engine : engine.with(customRules));
    }

    private GuardEngine engineFor(PolicyDocument document) {
        List<FieldError> errors = new ArrayList<>();
        CustomRulesDetector customRules = PolicyDocuments.compileCustomRules(document, "", errors);
        if (!errors.isEmpty()) {
            throw PolicyDocuments.invalid(errors);
        }
        return customRules == null ? engine : engine.with(customRules);
    }

    private ProjectPolicy load(PolicyRepository.StoredPolicy stored) {
        PolicyDocument document = PolicyDocuments.parse(json.readTree(stored.document()));
        return new ProjectPolicy(stored.version(), document, PolicyDocuments.compile(document, stored.version()),
                stored.createdAt(), stored.createdBy(), engineFor(document));
    }
}
