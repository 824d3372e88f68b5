package io.trustplane.server.guard;

import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.CompiledPolicy;
import io.trustplane.core.guard.policy.DefaultPolicy;
import io.trustplane.core.guard.policy.PolicyCompiler;
import io.trustplane.core.guard.policy.PolicyError;
import io.trustplane.core.guard.policy.PolicyRule;
import io.trustplane.core.guard.policy.PolicyValidationException;
import io.trustplane.core.guard.policy.RuleMode;
import io.trustplane.core.guard.rules.CustomRule;
import io.trustplane.core.guard.rules.CustomRuleException;
import io.trustplane.core.guard.rules.CustomRulesDetector;
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
    static final List<String> CUSTOM_RULE_KINDS = List.of("phrases", "regex");
    static final List<String> CUSTOM_RULE_SCOPES = List.of("input", "output", "both");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("rules", "redaction", "customRules", "gateway");
    private static final Set<String> GATEWAY_FIELDS = Set.of("onBlock", "refusalMessage", "restorePseudonyms");
    static final List<String> ON_BLOCK = List.of(PolicyDocument.Gateway.ON_BLOCK_ERROR, PolicyDocument.Gateway.ON_BLOCK_REFUSAL);
    static final int MAX_REFUSAL_CHARS = 4000;
    private static final Set<String> CUSTOM_RULE_FIELDS = Set.of("id", "kind", "phrases", "pattern", "caseInsensitive",
            "appliesTo", "type", "confidence");
    private static final Set<String> RULE_FIELDS = Set.of("id", "description", "when", "action", "mode");

    private PolicyDocuments() {
    }

    static PolicyDocument defaultDocument() {
        return new PolicyDocument(DefaultPolicy.RULES.stream()
                .map(r -> new PolicyDocument.Rule(r.id(), r.description(), r.when(), r.action().wireName(), r.mode().wireName()))
                .toList(), DEFAULT_REDACTION, List.of());
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

    /** Parses and compiles a document to be saved; throws one 400 listing every problem of every part. */
    static PolicyDocument validate(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        PolicyDocument document = parse(root, "", errors);
        if (document != null) {
            compile(document, 0, "", errors);
            compileCustomRules(document, "", errors);
        }
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
        List<PolicyDocument.CustomRuleSpec> customRules = new ArrayList<>();
        JsonNode customNode = root.get("customRules");
        if (customNode != null && !customNode.isNull()) {
            if (!customNode.isArray()) {
                errors.add(new FieldError(prefix + "customRules", "must be an array of custom rules"));
            } else {
                for (int i = 0; i < customNode.size(); i++) {
                    customRules.add(customRule(customNode.get(i), prefix + "customRules[" + i + "]", errors));
                }
            }
        }
        return new PolicyDocument(rules, redaction, customRules, gateway(root.get("gateway"), prefix + "gateway", errors));
    }

    private static PolicyDocument.Gateway gateway(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || node.isNull()) return PolicyDocument.Gateway.DEFAULTS;
        if (!node.isObject()) {
            errors.add(new FieldError(at, "must be an object {onBlock, refusalMessage, restorePseudonyms}"));
            return PolicyDocument.Gateway.DEFAULTS;
        }
        unknownFields(node, GATEWAY_FIELDS, at + ".", errors);
        String onBlock = lower(string(node, "onBlock", at, errors));
        if (onBlock != null && !ON_BLOCK.contains(onBlock)) {
            errors.add(new FieldError(at + ".onBlock", "must be one of " + ON_BLOCK));
        }
        String refusal = string(node, "refusalMessage", at, errors);
        if (refusal != null && (refusal.isBlank() || refusal.length() > MAX_REFUSAL_CHARS)) {
            errors.add(new FieldError(at + ".refusalMessage", "must be 1 to " + MAX_REFUSAL_CHARS + " characters"));
        }
        Boolean restore = bool(node, "restorePseudonyms", at, errors);
        return new PolicyDocument.Gateway(onBlock, refusal, Boolean.TRUE.equals(restore));
    }

    private static PolicyDocument.CustomRuleSpec customRule(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object with id, kind and phrases or pattern"));
            return new PolicyDocument.CustomRuleSpec(null, null, null, null, null, null, null, null);
        }
        unknownFields(node, CUSTOM_RULE_FIELDS, at + ".", errors);
        String id = string(node, "id", at, errors);
        String kind = lower(string(node, "kind", at, errors));
        if (kind == null) {
            errors.add(new FieldError(at + ".kind", "is required: one of " + CUSTOM_RULE_KINDS));
        } else if (!CUSTOM_RULE_KINDS.contains(kind)) {
            errors.add(new FieldError(at + ".kind", "must be one of " + CUSTOM_RULE_KINDS));
        }
        List<String> phrases = null;
        JsonNode phrasesNode = node.get("phrases");
        if (phrasesNode != null && !phrasesNode.isNull()) {
            phrases = new ArrayList<>();
            if (!phrasesNode.isArray()) {
                errors.add(new FieldError(at + ".phrases", "must be an array of strings"));
            } else {
                for (int p = 0; p < phrasesNode.size(); p++) {
                    if (!phrasesNode.get(p).isString()) {
                        errors.add(new FieldError(at + ".phrases[" + p + "]", "must be a string"));
                    } else {
                        phrases.add(phrasesNode.get(p).asString());
                    }
                }
            }
        }
        String pattern = string(node, "pattern", at, errors);
        if ("phrases".equals(kind) && pattern != null) {
            errors.add(new FieldError(at + ".pattern", "is for kind regex; a phrases rule lists 'phrases'"));
        }
        if ("regex".equals(kind) && phrases != null) {
            errors.add(new FieldError(at + ".phrases", "is for kind phrases; a regex rule has a 'pattern'"));
        }
        Boolean caseInsensitive = bool(node, "caseInsensitive", at, errors);
        String appliesTo = lower(string(node, "appliesTo", at, errors));
        if (appliesTo != null && !CUSTOM_RULE_SCOPES.contains(appliesTo)) {
            errors.add(new FieldError(at + ".appliesTo", "must be one of " + CUSTOM_RULE_SCOPES));
        }
        String type = string(node, "type", at, errors);
        Double confidence = null;
        JsonNode c = node.get("confidence");
        if (c != null && !c.isNull()) {
            if (!c.isNumber()) {
                errors.add(new FieldError(at + ".confidence", "must be a number in (0, 1]"));
            } else {
                confidence = c.asDouble();
            }
        }
        return new PolicyDocument.CustomRuleSpec(id, kind, phrases, pattern, caseInsensitive, appliesTo, type, confidence);
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Compiles the document's custom rules into a detector; null when there are none or when they are
     * invalid (the problems are added to {@code errors}, named by rule).
     */
    static CustomRulesDetector compileCustomRules(PolicyDocument document, String prefix, List<FieldError> errors) {
        if (document.customRules().isEmpty()) {
            return null;
        }
        List<CustomRule> rules = new ArrayList<>();
        for (PolicyDocument.CustomRuleSpec spec : document.customRules()) {
            if (spec.kind() == null || !CUSTOM_RULE_KINDS.contains(spec.kind())
                    || (spec.appliesTo() != null && !CUSTOM_RULE_SCOPES.contains(spec.appliesTo()))) {
                return null; // already reported by parse
            }
            CustomRule.Kind kind = CustomRule.Kind.valueOf(spec.kind().toUpperCase(Locale.ROOT));
            rules.add(new CustomRule(spec.id(), kind, spec.phrases(), spec.pattern(),
                    spec.caseInsensitive() != null ? spec.caseInsensitive() : kind == CustomRule.Kind.PHRASES,
                    spec.appliesTo() == null ? CustomRule.Scope.BOTH : CustomRule.Scope.valueOf(spec.appliesTo().toUpperCase(Locale.ROOT)),
                    spec.type() == null ? "CUSTOM_MATCH" : spec.type(), spec.confidence() == null ? 0.9 : spec.confidence()));
        }
        try {
            return CustomRulesDetector.compile(rules);
        } catch (CustomRuleException e) {
            for (String problem : e.problems()) {
                // "customRules[2] (my-rule): pattern must be ..." -> field customRules[2], message after the colon
                int colon = problem.indexOf(": ");
                String where = colon < 0 ? "customRules" : problem.substring(0, colon);
                int space = where.indexOf(' ');
                String field = space < 0 ? where : where.substring(0, space);
                errors.add(new FieldError(prefix + field, colon < 0 ? problem : problem.substring(colon + 2)));
            }
            return null;
        }
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

    /** An optional boolean field: null when absent, a field error when not a boolean. */
    private static Boolean bool(JsonNode node, String field, String at, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isBoolean()) {
            errors.add(new FieldError(at + "." + field, "must be true or false"));
            return null;
        }
        return value.asBoolean();
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
        compileCustomRules(document, "", errors);
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
