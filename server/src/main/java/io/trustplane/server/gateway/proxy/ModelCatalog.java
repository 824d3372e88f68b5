package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.upstream.UpstreamRoutes;
import io.trustplane.server.gateway.upstream.UpstreamTarget;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The models a project's calls can name ({@code GET /openai/v1/models}): every alias of an upstream with a model list
 * (owned by that upstream's name), and, for each upstream without one (it serves whatever it has), the entries of its
 * own {@code GET /models}, asked in parallel at each listing. Earlier upstreams in routing order win a shared id, as they
 * do in routing. An upstream that cannot list its models (down, or a URL with {@code {model}}) is left out rather than
 * failing the listing.
 */
@Component
class ModelCatalog {
    private static final Logger log = LoggerFactory.getLogger(ModelCatalog.class);

    private final UpstreamRoutes routes;
    private final UpstreamHttp http;
    private final JsonMapper json;

    ModelCatalog(UpstreamRoutes routes, UpstreamHttp http, JsonMapper json) {
        this.routes = routes;
        this.http = http;
        this.json = json;
    }

    /** Model id → its OpenAI model object, in routing order. */
    Map<String, JsonNode> models(UUID projectId) {
        List<UpstreamTarget> targets = routes.targets(projectId);
        Map<UpstreamTarget, Future<List<JsonNode>>> listed = new LinkedHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UpstreamTarget target : targets) {
                if (target.servesAnyModel() && !target.baseUrl().contains("{model}")) {
                    listed.put(target, executor.submit(() -> list(target)));
                }
            }
            Map<String, JsonNode> models = new LinkedHashMap<>();
            for (UpstreamTarget target : targets) {
                if (!target.servesAnyModel()) {
                    for (String alias : target.models().keySet()) models.putIfAbsent(alias, model(alias, target.name()));
                } else if (listed.containsKey(target)) {
                    for (JsonNode entry : await(target, listed.get(target))) models.putIfAbsent(entry.get("id").asString(), entry);
                }
            }
            return models;
        }
    }

    private List<JsonNode> list(UpstreamTarget target) throws Exception {
        try (UpstreamResponse response = http.get(target, "/models"); InputStream body = response.body()) {
            if (response.status() != 200) throw new IllegalStateException("HTTP " + response.status());
            List<JsonNode> entries = new ArrayList<>();
            JsonNode data = json.readTree(body).get("data");
            if (data != null && data.isArray()) {
                for (JsonNode entry : data) {
                    if (entry.isObject() && entry.path("id").isString()) entries.add(entry);
                }
            }
            return entries;
        }
    }

    private static List<JsonNode> await(UpstreamTarget target, Future<List<JsonNode>> listing) {
        try {
            return listing.get();
        } catch (ExecutionException e) {
            log.warn("gateway upstream {} did not list its models: {}", target.name(), e.getCause().toString());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private ObjectNode model(String id, String owner) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("object", "model");
        node.put("created", 0);
        node.put("owned_by", owner);
        return node;
    }
}
