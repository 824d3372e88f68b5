package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.OpenAiErrors;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAI-compatible API of the gateway, under {@code /openai/v1}: a stock OpenAI client works with
 * {@code base_url=http://<host>:8080/openai/v1} and a TrustPlane project key as its API key. Calls go to the project's
 * upstreams (docs/GATEWAY.md); any other path under the base answers 404 in OpenAI's shape.
 */
@RestController
@RequestMapping(OpenAiErrors.BASE)
public class OpenAiProxyController {
    private final OpenAiProxy proxy;
    private final ModelCatalog catalog;

    OpenAiProxyController(OpenAiProxy proxy, ModelCatalog catalog) {
        this.proxy = proxy;
        this.catalog = catalog;
    }

    @PostMapping("/chat/completions")
    public void chatCompletions(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        proxy.handle(GatewayEndpoint.CHAT_COMPLETIONS, caller, request, response);
    }

    @PostMapping("/completions")
    public void completions(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        proxy.handle(GatewayEndpoint.COMPLETIONS, caller, request, response);
    }

    @PostMapping("/embeddings")
    public void embeddings(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        proxy.handle(GatewayEndpoint.EMBEDDINGS, caller, request, response);
    }

    @PostMapping("/responses")
    public void responses(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        proxy.handle(GatewayEndpoint.RESPONSES, caller, request, response);
    }

    @GetMapping(value = "/models", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> models(@AuthenticationPrincipal ProjectPrincipal caller) {
        return Map.of("object", "list", "data", new ArrayList<>(catalog.models(caller.requireProject()).values()));
    }

    /** One model; ids may contain slashes ({@code meta-llama/Llama-3.1-8B-Instruct}). */
    @GetMapping(value = "/models/{*id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode model(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String id) {
        String model = id.startsWith("/") ? id.substring(1) : id;
        JsonNode found = catalog.models(caller.requireProject()).get(model);
        if (found == null) {
            throw new GatewayException(OpenAiError.invalidRequest(404, "model_not_found", "model",
                    "The model '" + model + "' does not exist or no upstream of this project serves it."));
        }
        return found;
    }

    @RequestMapping("/**")
    public void unknown(HttpServletRequest request) {
        throw new GatewayException(OpenAiError.invalidRequest(404, "unknown_url", null,
                "Invalid URL (" + request.getMethod() + " " + request.getRequestURI() + "): the gateway serves chat/completions, "
                        + "completions, embeddings, responses and models."));
    }
}
