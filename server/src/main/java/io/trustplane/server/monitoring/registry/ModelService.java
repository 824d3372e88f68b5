package io.trustplane.server.monitoring.registry;

import io.trustplane.server.audit.Auditor;
import io.trustplane.server.store.Ids;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model registry's rules. Every change commits, then is audited (the call waits until the entry is durable), then
 * answered. Changes are serialized in this process so that uniqueness checks and the one-production-version rule
 * cannot race (the store's UNIQUE constraints are the backstop for names).
 */
@Service
public class ModelService {
    private static final Logger log = LoggerFactory.getLogger(ModelService.class);

    private final ModelRepository repository;
    private final Auditor auditor;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    public ModelService(ModelRepository repository, Auditor auditor, JsonMapper json, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.auditor = auditor;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public synchronized Model create(UUID projectId, JsonNode body) {
        ModelRequests.NewModel input = ModelRequests.newModel(body, json);
        repository.model(projectId, input.name()).ifPresent(existing -> {
            throw ApiException.conflict("The project already has a model named '" + existing.name() + "' (names are unique regardless of case).");
        });
        Instant now = now();
        Map<String, String> features = new LinkedHashMap<>();
        input.features().forEach((name, kind) -> features.put(name, kind.wireName()));
        Model model = new Model(Ids.newId(), input.name(), input.task().wireName(), input.positiveClass(), input.description(), features,
                input.protectedAttributes(), input.card(), false, now, now);
        repository.insert(projectId, model);
        Map<String, Object> audit = identity(model);
        audit.put("task", model.task());
        putIfPresent(audit, "positiveClass", model.positiveClass());
        putIfPresent(audit, "description", model.description());
        audit.put("features", model.features());
        audit.put("protectedAttributes", model.protectedAttributes());
        audit.put("card", model.card());
        auditor.record(projectId, "model.created", target(model), audit);
        log.info("registered model {} ({}) in project {}", model.id(), model.name(), projectId);
        return model;
    }

    public Model get(UUID projectId, String name) {
        return repository.model(projectId, name).orElseThrow(() -> ApiException.notFound("Model '" + name + "'"));
    }

    public List<Model> page(UUID projectId, boolean includeArchived, String afterNameKey, int limit) {
        return repository.models(projectId, includeArchived, afterNameKey, limit);
    }

    /** Applies an update; fields not sent stay. Answers the model as it is afterwards (unchanged if nothing changed). */
    public synchronized Model update(UUID projectId, String name, JsonNode body) {
        Model current = get(projectId, name);
        ModelRequests.ModelUpdate change = ModelRequests.modelUpdate(body, current, json);
        String description = change.descriptionGiven() ? change.description() : current.description();
        JsonNode card = change.cardPatch() == null ? current.card() : ModelCards.merge(current.card(), change.cardPatch(), json);
        Map<String, String> features = new LinkedHashMap<>(current.features());
        if (change.features() != null) change.features().forEach((f, kind) -> features.putIfAbsent(f, kind.wireName()));
        LinkedHashSet<String> protectedAttributes = new LinkedHashSet<>(current.protectedAttributes());
        if (change.protectedAttributes() != null) protectedAttributes.addAll(change.protectedAttributes());
        boolean archived = change.archived() == null ? current.archived() : change.archived();
        Model updated = new Model(current.id(), current.name(), current.task(), current.positiveClass(), description, features,
                List.copyOf(protectedAttributes), card, archived, current.createdAt(), now());

        Map<String, Object> from = new LinkedHashMap<>();
        Map<String, Object> to = new LinkedHashMap<>();
        changed("description", current.description(), updated.description(), from, to);
        changed("card", current.card(), updated.card(), from, to);
        changed("features", current.features(), updated.features(), from, to);
        changed("protectedAttributes", current.protectedAttributes(), updated.protectedAttributes(), from, to);
        boolean archiving = archived != current.archived();
        if (to.isEmpty() && !archiving) return current;
        repository.update(projectId, updated);
        if (!to.isEmpty()) {
            Map<String, Object> audit = identity(updated);
            audit.put("from", from);
            audit.put("to", to);
            auditor.record(projectId, "model.updated", target(updated), audit);
        }
        if (archiving) auditor.record(projectId, archived ? "model.archived" : "model.restored", target(updated), identity(updated));
        return updated;
    }

    public synchronized ModelVersion createVersion(UUID projectId, String modelName, JsonNode body) {
        Model model = writable(projectId, modelName);
        ModelRequests.NewVersion input = ModelRequests.newVersion(body);
        repository.version(projectId, model.id(), input.version()).ifPresent(existing -> {
            throw ApiException.conflict("Model '" + model.name() + "' already has a version '" + existing.version()
                    + "' (versions are unique regardless of case).");
        });
        refuseUnacceptableRisk(model, input.stage());
        Instant now = now();
        ModelVersion version = new ModelVersion(Ids.newId(), model.name(), input.version(), input.stage().wireName(), input.endpoints(),
                input.notes(), now, now, now);
        List<ModelVersion> demoted = transactions.execute(status -> {
            List<ModelVersion> previous = input.stage() == Stage.PRODUCTION ? demoteProduction(projectId, model, now) : List.of();
            repository.insertVersion(projectId, model.id(), version);
            return previous;
        });
        Map<String, Object> audit = versionIdentity(model, version);
        audit.put("stage", version.stage());
        audit.put("endpoints", version.endpoints());
        putIfPresent(audit, "notes", version.notes());
        if (!demoted.isEmpty()) audit.put("demoted", demoted.stream().map(ModelVersion::version).toList());
        auditor.record(projectId, "model.version.created", versionTarget(version), audit);
        auditDemotions(projectId, model, version, demoted);
        return version;
    }

    public ModelVersion version(UUID projectId, String modelName, String version) {
        Model model = get(projectId, modelName);
        return version(projectId, model, version);
    }

    public List<ModelVersion> versions(UUID projectId, String modelName, UUID beforeId, int limit) {
        return repository.versions(projectId, get(projectId, modelName).id(), beforeId, limit);
    }

    /**
     * Changes a version's stage, endpoints or notes. Promoting to production demotes the model's current production
     * version to staging in the same store transaction; each stage change is audited on its own.
     */
    public synchronized ModelVersion updateVersion(UUID projectId, String modelName, String versionName, JsonNode body) {
        Model model = writable(projectId, modelName);
        ModelVersion current = version(projectId, model, versionName);
        ModelRequests.VersionUpdate change = ModelRequests.versionUpdate(body);
        Stage from = current.stageType();
        Stage to = change.stage() == null ? from : change.stage();
        if (!from.canMoveTo(to)) {
            throw ApiException.conflict("Version '" + current.version() + "' is retired; a retired version cannot return to "
                    + to.wireName() + ". Register a new version instead.");
        }
        refuseUnacceptableRisk(model, to == from ? null : to);
        Instant now = now();
        List<ModelVersion.Endpoint> endpoints = change.endpoints() == null ? current.endpoints() : change.endpoints();
        String notes = change.notesGiven() ? change.notes() : current.notes();
        ModelVersion updated = new ModelVersion(current.id(), current.model(), current.version(), to.wireName(), endpoints, notes,
                current.createdAt(), now, to == from ? current.stageChangedAt() : now);
        Map<String, Object> fromFields = new LinkedHashMap<>();
        Map<String, Object> toFields = new LinkedHashMap<>();
        changed("endpoints", current.endpoints(), endpoints, fromFields, toFields);
        changed("notes", current.notes(), notes, fromFields, toFields);
        if (to == from && toFields.isEmpty()) return current;
        List<ModelVersion> demoted = transactions.execute(status -> {
            List<ModelVersion> previous = to == Stage.PRODUCTION && from != Stage.PRODUCTION ? demoteProduction(projectId, model, now) : List.of();
            repository.updateVersion(projectId, updated);
            return previous;
        });
        if (to != from) {
            Map<String, Object> audit = versionIdentity(model, updated);
            audit.put("from", from.wireName());
            audit.put("to", to.wireName());
            if (!demoted.isEmpty()) audit.put("demoted", demoted.stream().map(ModelVersion::version).toList());
            auditor.record(projectId, "model.version.stage_changed", versionTarget(updated), audit);
            log.info("model {} version {}: {} -> {}", model.name(), updated.version(), from.wireName(), to.wireName());
        }
        auditDemotions(projectId, model, updated, demoted);
        if (!toFields.isEmpty()) {
            Map<String, Object> audit = versionIdentity(model, updated);
            audit.put("from", fromFields);
            audit.put("to", toFields);
            auditor.record(projectId, "model.version.updated", versionTarget(updated), audit);
        }
        return updated;
    }

    /** Moves the model's production versions to staging (inside the caller's transaction); returns them as they were. */
    private List<ModelVersion> demoteProduction(UUID projectId, Model model, Instant now) {
        List<ModelVersion> previous = repository.versionsIn(projectId, model.id(), Stage.PRODUCTION);
        for (ModelVersion v : previous) {
            repository.updateVersion(projectId, new ModelVersion(v.id(), v.model(), v.version(), Stage.STAGING.wireName(), v.endpoints(),
                    v.notes(), v.createdAt(), now, now));
        }
        return previous;
    }

    private void auditDemotions(UUID projectId, Model model, ModelVersion promoted, List<ModelVersion> demoted) {
        for (ModelVersion v : demoted) {
            Map<String, Object> audit = versionIdentity(model, v);
            audit.put("from", Stage.PRODUCTION.wireName());
            audit.put("to", Stage.STAGING.wireName());
            audit.put("reason", "version '" + promoted.version() + "' was promoted to production");
            auditor.record(projectId, "model.version.stage_changed", versionTarget(v), audit);
            log.info("model {} version {}: production -> staging (replaced by {})", model.name(), v.version(), promoted.version());
        }
    }

    public ModelVersion version(UUID projectId, Model model, String version) {
        return repository.version(projectId, model.id(), version)
                .orElseThrow(() -> ApiException.notFound("Version '" + version + "' of model '" + model.name() + "'"));
    }

    /** The model, refusing changes to its versions while it is archived. */
    private Model writable(UUID projectId, String name) {
        Model model = get(projectId, name);
        if (model.archived()) {
            throw ApiException.conflict("Model '" + model.name() + "' is archived; restore it (PATCH {\"archived\": false}) to change its versions.");
        }
        return model;
    }

    private static void refuseUnacceptableRisk(Model model, Stage stage) {
        if (stage != null && stage.serving() && "unacceptable".equals(ModelCards.riskLevel(model.card()))) {
            throw ApiException.conflict("Model '" + model.name() + "' has risk level 'unacceptable' in its card (a prohibited practice "
                    + "under the EU AI Act); its versions cannot be put in " + stage.wireName() + ".");
        }
    }

    private static void changed(String field, Object before, Object after, Map<String, Object> from, Map<String, Object> to) {
        if (Objects.equals(before, after)) return;
        from.put(field, before);
        to.put(field, after);
    }

    private static Map<String, Object> identity(Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", model.id().toString());
        body.put("name", model.name());
        return body;
    }

    private static Map<String, Object> versionIdentity(Model model, ModelVersion version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", version.id().toString());
        body.put("modelId", model.id().toString());
        body.put("model", model.name());
        body.put("version", version.version());
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) body.put(field, value);
    }

    private static String target(Model model) {
        return "model:" + model.id();
    }

    private static String versionTarget(ModelVersion version) {
        return "model_version:" + version.id();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // the store keeps microseconds
    }
}
