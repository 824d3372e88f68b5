package io.trustplane.server.gateway.upstream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trustplane.server.gateway.GatewayProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which upstreams serve a project's calls, in fallback order. Each project's enabled upstreams are read and their
 * credentials decrypted once, then kept in memory (the hot path of every proxied call must not touch the store);
 * {@link UpstreamService} drops a project's entry whenever its configuration changes.
 */
@Component
public class UpstreamRoutes {
    private final UpstreamRepository repository;
    private final UpstreamCredentials credentials;
    private final GatewayProperties properties;
    private final Cache<UUID, List<UpstreamTarget>> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    UpstreamRoutes(UpstreamRepository repository, UpstreamCredentials credentials, GatewayProperties properties) {
        this.repository = repository;
        this.credentials = credentials;
        this.properties = properties;
    }

    /** The project's enabled upstreams in routing order. */
    public List<UpstreamTarget> targets(UUID projectId) {
        return cache.get(projectId, this::load);
    }

    /**
     * The upstreams that serve {@code model}, first choice first: those whose aliases name it (asked for the aliased
     * model) and those without aliases (asked for it unchanged), in routing order. A null model (a request without one)
     * goes only to upstreams without aliases.
     */
    public List<Route> candidates(UUID projectId, String model) {
        List<Route> routes = new ArrayList<>();
        for (UpstreamTarget target : targets(projectId)) {
            String upstreamModel = target.upstreamModel(model);
            if (upstreamModel != null || (model == null && target.servesAnyModel())) {
                routes.add(new Route(target, upstreamModel));
            }
        }
        return routes;
    }

    void invalidate(UUID projectId) {
        cache.invalidate(projectId);
    }

    private List<UpstreamTarget> load(UUID projectId) {
        return repository.all(projectId).stream().filter(s -> s.upstream().enabled()).map(s -> {
            Upstream u = s.upstream();
            String credential = s.encryptedCredential() == null ? null : credentials.decrypt(projectId, u.id(), s.encryptedCredential());
            return new UpstreamTarget(u.id(), u.name(), u.baseUrl(), u.kindType(), u.apiVersion(), u.models(), credential,
                    millisOr(u.connectTimeoutMs(), properties.connectTimeout()), millisOr(u.readTimeoutMs(), properties.readTimeout()),
                    u.maxRetries() == null ? properties.maxRetries() : u.maxRetries(),
                    millisOr(u.retryBackoffMs(), properties.retryBackoff()));
        }).toList();
    }

    private static Duration millisOr(Integer millis, Duration fallback) {
        return millis == null ? fallback : Duration.ofMillis(millis);
    }
}
