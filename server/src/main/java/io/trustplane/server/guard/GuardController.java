package io.trustplane.server.guard;

import io.trustplane.core.guard.policy.CompiledPolicy;
import io.trustplane.core.guard.rules.CustomRulesDetector;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.ingest.RequestBodies;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The guard API: check a request, and manage the project's policy. Everything is scoped by the caller's project. */
@RestController
public class GuardController {
    private final GuardService guard;
    private final PolicyService policies;
    private final GuardProperties properties;
    private final JsonMapper json;

    public GuardController(GuardService guard, PolicyService policies, GuardProperties properties, JsonMapper json) {
        this.guard = guard;
        this.policies = policies;
        this.properties = properties;
        this.json = json;
    }

    /** Scans a prompt, messages, documents and/or an output and decides with the project's policy. */
    @PostMapping("/api/v1/guard")
    public GuardResponse check(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        UUID projectId = caller.requireProject();
        GuardCheck check = GuardCheckParser.parse(body(request));
        return guard.check(projectId, policies.current(projectId), check, "api");
    }

    public record PolicyView(int version, boolean isDefault, String createdAt, String createdBy, PolicyDocument policy) {
        static PolicyView of(ProjectPolicy p) {
            return new PolicyView(p.version(), p.isDefault(), p.createdAt() == null ? null : p.createdAt().toString(),
                    p.createdBy(), p.document());
        }
    }

    @GetMapping("/api/v1/guard/policy")
    public PolicyView policy(@AuthenticationPrincipal ProjectPrincipal caller) {
        return PolicyView.of(policies.current(caller.requireProject()));
    }

    /** Saves a new version of the project's policy after validating all of it. */
    @PutMapping("/api/v1/guard/policy")
    public PolicyView savePolicy(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        UUID projectId = caller.requireProject();
        return PolicyView.of(policies.save(projectId, body(request), caller.keyPrefix()));
    }

    public record VersionView(int version, String createdAt, String createdBy) {
    }

    @GetMapping("/api/v1/guard/policy/versions")
    public List<VersionView> versions(@AuthenticationPrincipal ProjectPrincipal caller) {
        return policies.versions(caller.requireProject()).stream()
                .map(v -> new VersionView(v.version(), v.createdAt().toString(), v.createdBy())).toList();
    }

    @GetMapping("/api/v1/guard/policy/versions/{version}")
    public PolicyView version(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String version) {
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The version must be an integer.", List.of(new FieldError("version", "must be an integer")));
        }
        return PolicyView.of(policies.version(caller.requireProject(), v));
    }

    /**
     * Runs a guard request against a policy without saving anything: {@code {"policy": {...}, "request": {...}}}.
     * Without {@code policy}, the project's current policy is used.
     */
    @PostMapping("/api/v1/guard/policy/test")
    public GuardResponse testPolicy(@AuthenticationPrincipal ProjectPrincipal caller, HttpServletRequest request) throws IOException {
        UUID projectId = caller.requireProject();
        JsonNode root = body(request);
        List<FieldError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw ApiException.badRequest("The body must be an object {\"policy\": ..., \"request\": ...}.", List.of());
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().equals("policy") && !e.getKey().equals("request")) {
                errors.add(new FieldError(e.getKey(), "is not a field of a policy test; known fields: [policy, request]"));
            }
        }
        ProjectPolicy policy = policies.current(projectId);
        JsonNode policyNode = root.get("policy");
        if (policyNode != null && !policyNode.isNull()) {
            PolicyDocument document = PolicyDocuments.parse(policyNode, "policy.", errors);
            CompiledPolicy compiled = document == null ? null : PolicyDocuments.compile(document, 0, "policy.", errors);
            CustomRulesDetector customRules = document == null ? null : PolicyDocuments.compileCustomRules(document, "policy.", errors);
            if (compiled != null && errors.isEmpty()) policy = policies.unsaved(document, compiled, customRules);
        }
        JsonNode requestNode = root.get("request");
        GuardCheck check = null;
        if (requestNode == null || requestNode.isNull()) {
            errors.add(new FieldError("request", "is required: a guard request {input, messages, documents, output, context}"));
        } else {
            check = GuardCheckParser.parse(requestNode, "request.", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? "The policy test is invalid: " + errors.getFirst().field() + " "
                    + errors.getFirst().message() : "The policy test is invalid (" + errors.size() + " problems).", errors);
        }
        return guard.check(projectId, policy, check, "test");
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        byte[] bytes = RequestBodies.read(request, properties.maxBodySize().toBytes());
        if (bytes.length == 0) {
            throw ApiException.badRequest("The request body is empty; send a JSON object.", List.of());
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
    }
}
