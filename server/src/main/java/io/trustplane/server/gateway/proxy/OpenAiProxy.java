package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.GatewayProperties;
import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.OpenAiErrors;
import io.trustplane.server.gateway.spi.DirectAnswer;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.RequestDecision;
import io.trustplane.server.gateway.upstream.Route;
import io.trustplane.server.gateway.upstream.UpstreamRoutes;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.security.ProjectPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One proxied call from start to end: read the body (size limit, gzip), find {@code model} and {@code stream}, let the
 * guards see the request, pick the upstreams that serve the model, forward (retries, fallbacks), and relay the answer
 * through the guards. Errors of the gateway's own are answered in OpenAI's shape; after the response has started, a
 * failure can only end it. The guards hear how every call ended that got as far as a parsed body.
 */
@Service
class OpenAiProxy {
    private static final Logger log = LoggerFactory.getLogger(OpenAiProxy.class);
    private static final String LIMIT_SETTING = "trustplane.gateway.max-body-size";

    private final GatewayProperties properties;
    private final UpstreamRoutes routes;
    private final UpstreamForwarder forwarder;
    private final ResponseRelay relay;
    private final GatewayGuards guards;

    OpenAiProxy(GatewayProperties properties, UpstreamRoutes routes, UpstreamForwarder forwarder, ResponseRelay relay, GatewayGuards guards) {
        this.properties = properties;
        this.routes = routes;
        this.forwarder = forwarder;
        this.relay = relay;
        this.guards = guards;
    }

    void handle(GatewayEndpoint endpoint, ProjectPrincipal caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long start = System.nanoTime();
        ProxyBody body = ProxyBody.parse(RequestBodies.read(request, properties.maxBodySize().toBytes(), LIMIT_SETTING));
        GatewayExchange exchange = new GatewayExchange(caller.requireProject(), caller.keyId(), caller.keyPrefix(), endpoint, body.model(),
                body.stream(), start, request.getHeader("traceparent"));
        CallRecord call = new CallRecord();
        try {
            RequestDecision decision = guards.onRequest(exchange, body.bytes());
            if (decision.action() == RequestDecision.Action.BLOCK) throw new GatewayException(decision.error());
            if (decision.action() == RequestDecision.Action.ANSWER) {
                answer(exchange, decision.answer(), response, call);
                return;
            }
            if (decision.action() == RequestDecision.Action.REPLACE) body = ProxyBody.parse(decision.body());
            List<Route> candidates = routes.candidates(exchange.projectId(), body.model());
            if (candidates.isEmpty()) throw new GatewayException(noRoute(exchange, body.model()));
            UpstreamForwarder.Answer answer = forwarder.forward(candidates, endpoint, body, request.getQueryString(),
                    forwardedHeaders(request), body.model(), call.attempts);
            try {
                call.upstreamHeadersAt = answer.headersAt();
                exchange.answeredBy(answer.route().target().name(), answer.route().upstreamModel());
                relay.relay(exchange, answer, response, call);
            } finally {
                answer.response().close(); // whatever happened, its pooled connection is given back (a no-op if relayed)
            }
        } catch (GatewayException e) {
            call.failed(e.error());
            call.status = e.error().status();
            if (response.isCommitted()) {
                log.warn("gateway call for project {} failed after its response started: {}", exchange.projectId(), e.getMessage());
            } else {
                response.reset();
                exchange.responseHeaders().forEach(response::setHeader);
                OpenAiErrors.write(response, e.error());
            }
        } catch (ResponseRelay.ClientGoneException e) {
            log.debug("gateway client went away mid-response (project {})", exchange.projectId());
        } catch (ResponseRelay.UpstreamBodyException e) {
            // the upstream's body broke off or went idle while a whole answer was read or copied (streams end themselves)
            OpenAiError error = ResponseRelay.bodyFailure(exchange, e);
            call.failed(error);
            log.warn("gateway upstream {} failed mid-answer for project {}: {}", exchange.upstream(), exchange.projectId(), e.toString());
            if (!response.isCommitted()) {
                call.status = error.status();
                response.reset();
                exchange.responseHeaders().forEach(response::setHeader);
                OpenAiErrors.write(response, error);
            }
        } catch (IOException e) {
            // writing to the client failed outside the relay's own writes: the answer is cut short
            log.warn("gateway call for project {} failed while answering: {}", exchange.projectId(), e.toString());
        } catch (RuntimeException e) {
            log.error("gateway call for project {} failed", exchange.projectId(), e);
            OpenAiError error = new OpenAiError(500, "server_error", "internal_error", null,
                    "The gateway failed to process the request; it has been logged.", Map.of());
            call.failed(error);
            call.status = 500;
            if (!response.isCommitted()) {
                response.reset();
                OpenAiErrors.write(response, error);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.status = 503;
            if (!response.isCommitted()) OpenAiErrors.write(response, OpenAiError.upstream(503, "shutting_down", "The gateway is shutting down."));
        } finally {
            guards.onComplete(exchange, call.outcome());
        }
    }

    /** A guard's own answer instead of the upstream's (a refusal): nothing was forwarded. */
    private static void answer(GatewayExchange exchange, DirectAnswer answer, HttpServletResponse response, CallRecord call)
            throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        if (answer.streamed()) response.setHeader("Cache-Control", "no-cache");
        exchange.responseHeaders().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        call.status = answer.status();
        call.firstByte();
        ResponseRelay.write(response.getOutputStream(), answer.body(), answer.body().length, call);
    }

    private OpenAiError noRoute(GatewayExchange exchange, String model) {
        if (routes.targets(exchange.projectId()).isEmpty()) {
            return OpenAiError.invalidRequest(404, "no_upstream", null, "This project has no enabled gateway upstream; configure one with "
                    + "POST /api/v1/gateway/upstreams.");
        }
        return model == null
                ? OpenAiError.invalidRequest(400, "missing_model", "model", "The request has no 'model', and no upstream of this project serves "
                + "any model (every one has a model list).")
                : OpenAiError.invalidRequest(404, "model_not_found", "model", "The model '" + model + "' does not exist or no upstream of this "
                + "project serves it.");
    }

    private static Map<String, String> forwardedHeaders(HttpServletRequest client) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : UpstreamHttp.FORWARDED_REQUEST_HEADERS) {
            String value = client.getHeader(name);
            if (value != null) headers.put(name, value);
        }
        headers.putIfAbsent("Content-Type", "application/json");
        return headers;
    }
}
