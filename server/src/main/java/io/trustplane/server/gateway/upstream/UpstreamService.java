package io.trustplane.server.gateway.upstream;

import io.trustplane.server.audit.Auditor;
import io.trustplane.server.gateway.GatewayProperties;
import io.trustplane.server.store.Ids;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The rules of upstream configuration. Every change commits, is audited (waiting until the entry is durable), drops
 * the project's cached routes, then is answered. Audit entries name what changed but never contain a credential: a
 * credential change is recorded as {@code credentialChanged} (or {@code credentialRemoved}). Changes are serialized in
 * this process so that name uniqueness and the per-project limit cannot race.
 */
@Service
public class UpstreamService {
    private static final Logger log = LoggerFactory.getLogger(UpstreamService.class);

    private final UpstreamRepository repository;
    private final UpstreamCredentials credentials;
    private final UpstreamRoutes routes;
    private final Auditor auditor;
    private final GatewayProperties properties;

    UpstreamService(UpstreamRepository repository, UpstreamCredentials credentials, UpstreamRoutes routes, Auditor auditor,
                    GatewayProperties properties) {
        this.repository = repository;
        this.credentials = credentials;
        this.routes = routes;
        this.auditor = auditor;
        this.properties = properties;
    }

    public synchronized Upstream create(UUID projectId, JsonNode body) {
        UpstreamRequests.Input in = UpstreamRequests.create(body);
        repository.find(projectId, in.name()).ifPresent(existing -> {
            throw ApiException.conflict("The project already has an upstream named '" + existing.upstream().name()
                    + "' (names are unique regardless of case).");
        });
        if (repository.count(projectId) >= properties.maxUpstreams()) {
            throw ApiException.conflict("The project already has " + properties.maxUpstreams() + " upstreams, the most allowed "
                    + "(trustplane.gateway.max-upstreams).");
        }
        UpstreamKind kind = in.kind() == null ? UpstreamKind.OPENAI : in.kind();
        checkApiVersion(kind, in.apiVersion());
        UUID id = Ids.newId();
        Instant now = now();
        Upstream upstream = new Upstream(id, in.name(), in.baseUrl(), kind.wireName(), in.apiVersion(),
                in.models() == null ? Map.of() : in.models(), in.priority() == null ? 0 : in.priority(),
                in.enabled() == null || in.enabled(), in.connectTimeoutMs(), in.readTimeoutMs(), in.maxRetries(), in.retryBackoffMs(),
                credentialStatus(in.credential()), now, now);
        String encrypted = in.credential() == null ? null : credentials.encrypt(projectId, id, in.credential());
        repository.insert(projectId, new UpstreamRepository.Stored(upstream, encrypted));
        routes.invalidate(projectId);
        Map<String, Object> audit = identity(upstream);
        audit.putAll(settings(upstream));
        audit.put("credentialSet", upstream.credential().set());
        auditor.record(projectId, "gateway.upstream.created", target(upstream), audit);
        log.info("created gateway upstream {} ({}) in project {}", upstream.id(), upstream.name(), projectId);
        return upstream;
    }

    public Upstream get(UUID projectId, String name) {
        return stored(projectId, name).upstream();
    }

    /** The project's upstreams in routing order. */
    public List<Upstream> list(UUID projectId) {
        return repository.all(projectId).stream().map(UpstreamRepository.Stored::upstream).toList();
    }

    /** Applies an update; absent fields stay, JSON nulls return to defaults. Answers the upstream as it is afterwards. */
    public synchronized Upstream update(UUID projectId, String name, JsonNode body) {
        UpstreamRepository.Stored current = stored(projectId, name);
        Upstream c = current.upstream();
        UpstreamRequests.Input in = UpstreamRequests.update(body);
        UpstreamKind kind = in.has("kind") ? (in.kind() == null ? UpstreamKind.OPENAI : in.kind()) : c.kindType();
        String apiVersion = in.has("apiVersion") ? in.apiVersion() : c.apiVersion();
        checkApiVersion(kind, apiVersion);
        boolean credentialGiven = in.has("credential");
        String encrypted = !credentialGiven ? current.encryptedCredential()
                : in.credential() == null ? null : credentials.encrypt(projectId, c.id(), in.credential());
        Upstream.Credential credential = !credentialGiven ? c.credential() : credentialStatus(in.credential());
        Upstream updated = new Upstream(c.id(), c.name(), in.has("baseUrl") ? in.baseUrl() : c.baseUrl(), kind.wireName(), apiVersion,
                in.has("models") ? (in.models() == null ? Map.of() : in.models()) : c.models(),
                in.has("priority") ? (in.priority() == null ? 0 : in.priority()) : c.priority(),
                in.has("enabled") ? in.enabled() == null || in.enabled() : c.enabled(),
                in.has("connectTimeoutMs") ? in.connectTimeoutMs() : c.connectTimeoutMs(),
                in.has("readTimeoutMs") ? in.readTimeoutMs() : c.readTimeoutMs(),
                in.has("maxRetries") ? in.maxRetries() : c.maxRetries(),
                in.has("retryBackoffMs") ? in.retryBackoffMs() : c.retryBackoffMs(),
                credential, c.createdAt(), now());

        Map<String, Object> before = settings(c);
        Map<String, Object> after = settings(updated);
        Map<String, Object> from = new LinkedHashMap<>();
        Map<String, Object> to = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                from.put(field, before.get(field));
                to.put(field, value);
            }
        });
        if (to.isEmpty() && !credentialGiven) return c;
        repository.update(projectId, new UpstreamRepository.Stored(updated, encrypted));
        routes.invalidate(projectId);
        Map<String, Object> audit = identity(updated);
        audit.put("from", from);
        audit.put("to", to);
        if (credentialGiven) audit.put(in.credential() == null ? "credentialRemoved" : "credentialChanged", true);
        auditor.record(projectId, "gateway.upstream.updated", target(updated), audit);
        return updated;
    }

    public synchronized void delete(UUID projectId, String name) {
        Upstream upstream = get(projectId, name);
        repository.delete(projectId, upstream.id());
        routes.invalidate(projectId);
        auditor.record(projectId, "gateway.upstream.deleted", target(upstream), identity(upstream));
        log.info("deleted gateway upstream {} ({}) in project {}", upstream.id(), upstream.name(), projectId);
    }

    private UpstreamRepository.Stored stored(UUID projectId, String name) {
        return repository.find(projectId, name).orElseThrow(() -> ApiException.notFound("Upstream '" + name + "'"));
    }

    /** {@code api-version} is Azure's; sending it to another kind of upstream would be a silent misconfiguration. */
    private static void checkApiVersion(UpstreamKind kind, String apiVersion) {
        if (apiVersion != null && kind != UpstreamKind.AZURE) {
            throw ApiException.badRequest("apiVersion applies only to kind azure.",
                    List.of(new io.trustplane.core.validation.FieldError("apiVersion", "applies only to kind azure")));
        }
    }

    private static Upstream.Credential credentialStatus(String credential) {
        return credential == null ? new Upstream.Credential(false, null) : new Upstream.Credential(true, UpstreamCredentials.hint(credential));
    }

    private static Map<String, Object> identity(Upstream upstream) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upstreamId", upstream.id().toString());
        m.put("name", upstream.name());
        return m;
    }

    /** The audited settings: everything but the credential. */
    private static Map<String, Object> settings(Upstream u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseUrl", u.baseUrl());
        m.put("kind", u.kind());
        m.put("apiVersion", u.apiVersion());
        m.put("models", u.models());
        m.put("priority", u.priority());
        m.put("enabled", u.enabled());
        m.put("connectTimeoutMs", u.connectTimeoutMs());
        m.put("readTimeoutMs", u.readTimeoutMs());
        m.put("maxRetries", u.maxRetries());
        m.put("retryBackoffMs", u.retryBackoffMs());
        return m;
    }

    private static String target(Upstream upstream) {
        return "gateway_upstream:" + upstream.id();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
