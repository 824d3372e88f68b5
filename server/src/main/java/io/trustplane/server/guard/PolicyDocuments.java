package io.trustplane.server.guard;

import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.CompiledPolicy;
import io.trustplane.core.guard.policy.DefaultPolicy;
import io.trustplane.core.guard.policy.PolicyCompiler;
import io.trustplane.core.guard.policy.PolicyError;
import io.trustplane.core.guard.policy.PolicyRule;
import io.trustplane.core.guard.policy.PolicyValidationException;
import io.trustplane.core.guard.policy.RuleMode;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a policy document from JSON and compiles it, collecting every problem as a field error so one
 * 400 answer lists them all. Nothing is saved unless the whole document is valid.
 */
final class PolicyDocuments {
    static final List<String> ACTIONS = List.of("allow", "flag", "redact", "block");
    static final List<String> MODES = List.of("enforce", "monitor");
    static final List<String> REDACTION_MODES = List.of("mask", "type_tag", "pseudonym", "hash");
    static final String DEFAULT_REDACTION = "type_tag";
    private static final Set<String> DOCUMENT_FIELDS = Set.of("rules", "redaction");
    private static final Set<String> RULE_FIELDS = Set.of("id", "description", "when", "action", "mode");

    private PolicyDocuments() {
    }

    static PolicyDocument defaultDocument() {
        return new PolicyDocument(DefaultPolicy.RULES.stream()
                .map(r -> new PolicyDocument.Rule(r.id(), r.description(), r.when(), r.action().wireName(), r.mode().wireName()))
                .toList(), DEFAULT_REDACTION);
    }

    /** Parses the JSON body of a policy; throws a 400 listing every problem. */
    static PolicyDocument parse(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        PolicyDocument document = parse(root, "", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return document;
    }

    static PolicyDocument parse(JsonNode root, String prefix, List<FieldError> errors) {
        if (root == null || !root.isObject()) {
            errors.add(new FieldError(prefix.isEmpty() ? "$" : prefix, "must be a JSON object with 'rules'"));
            return null;
        }
        unknownFields(root, DOCUMENT_FIELDS, prefix, errors);
        JsonNode rulesNode = root.get("rules");
        List<PolicyDocument.Rule> rules = new ArrayList<>();
        if (rulesNode == null || !rulesNode.isArray()) {
            errors.add(new FieldError(prefix + "rules", "is required: an array of rules"));
        } else {
            for (int i = 0; i < rulesNode.size(); i++) {
                rules.add(rule(rulesNode.get(i), prefix + "rules[" + i + "]", errors));
            }
        }
        String redaction = DEFAULT_REDACTION;
        JsonNode redactionNode = root.get("redaction");
        if (redactionNode != null && !redactionNode.isNull()) {
            String value = redactionNode.isString() ? redactionNode.asString().trim().toLowerCase(Locale.ROOT) : null;
            if (value == null || !REDACTION_MODES.contains(value)) {
                errors.add(new FieldError(prefix + "redaction", "must be one of " + REDACTION_MODES));
            } else {
                redaction = value;
            }
        }
        return new PolicyDocument(rules, redaction);
    }

    private static PolicyDocument.Rule rule(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object with id, when and action"));
            return new PolicyDocument.Rule(null, null, null, null, null);
        }
        unknownFields(node, RULE_FIELDS, at + ".", errors);
        String id = string(node, "id", at, errors);
        String description = string(node, "description", at, errors);
        String when = string(node, "when", at, errors);
        String action = string(node, "action", at, errors);
        String mode = string(node, "mode", at, errors);
        if (action != null && !ACTIONS.contains(action.trim().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(at + ".action", "must be one of " + ACTIONS));
        }
        if (mode != null && !MODES.contains(mode.trim().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(at + ".mode", "must be one of " + MODES));
        }
        return new PolicyDocument.Rule(id, description == null ? "" : description, when,
                action == null ? null : action.trim().toLowerCase(Locale.ROOT),
                mode == null ? "enforce" : mode.trim().toLowerCase(Locale.ROOT));
    }

    private static String string(JsonNode node, String field, String at, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(at + "." + field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<FieldError> errors) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                errors.add(new FieldError(prefix + e.getKey(), "is not a policy field; known fields: " + known.stream().sorted().toList()));
            }
        }
    }

    /** Compiles a parsed document; a 400 lists every rule problem with its field. */
    static CompiledPolicy compile(PolicyDocument document, int version) {
        List<FieldError> errors = new ArrayList<>();
        CompiledPolicy compiled = compile(document, version, "", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return compiled;
    }

    static CompiledPolicy compile(PolicyDocument document, int version, String prefix, List<FieldError> errors) {
        List<PolicyRule> rules = new ArrayList<>();
        for (PolicyDocument.Rule r : document.rules()) {
            rules.add(new PolicyRule(r.id(), r.description(), r.when(),
                    r.action() == null || !ACTIONS.contains(r.action()) ? null : Action.parse(r.action()),
                    r.mode() == null || !MODES.contains(r.mode()) ? null : RuleMode.parse(r.mode())));
        }
        try {
            return PolicyCompiler.compile(rules, version);
        } catch (PolicyValidationException e) {
            for (PolicyError error : e.errors()) {
                // action and mode problems were already reported with the accepted values
                boolean duplicate = errors.stream().anyMatch(f -> f.field().equals(prefix + error.field()));
                if (!duplicate) {
                    errors.add(new FieldError(prefix + error.field(), error.message()));
                }
            }
            return null;
        }
    }

    static ApiException invalid(List<FieldError> errors) {
        return ApiException.badRequest(errors.size() == 1 ? "The policy is invalid: " + errors.getFirst().field() + " "
                + errors.getFirst().message() : "The policy is invalid (" + errors.size() + " problems).", errors);
    }
}
