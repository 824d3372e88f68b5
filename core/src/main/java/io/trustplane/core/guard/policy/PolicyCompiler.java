package io.trustplane.core.guard.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a policy and compiles its rules' CEL conditions once, so evaluating a request costs no
 * parsing. Every problem is reported at once, each with the field it belongs to.
 */
public final class PolicyCompiler {
    public static final int MAX_RULES = 100;
    public static final int MAX_EXPRESSION_LENGTH = 4096;
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private PolicyCompiler() {
    }

    public static CompiledPolicy compile(List<PolicyRule> rules, int version) throws PolicyValidationException {
        List<PolicyError> errors = new ArrayList<>();
        if (rules.size() > MAX_RULES) {
            errors.add(new PolicyError("rules", "at most " + MAX_RULES + " rules, got " + rules.size()));
        }
        Set<String> ids = new HashSet<>();
        List<CompiledPolicy.CompiledRule> compiled = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            String at = "rules[" + i + "]";
            if (rule == null) {
                errors.add(new PolicyError(at, "must be an object"));
                continue;
            }
            if (rule.id() == null || rule.id().isBlank()) {
                errors.add(new PolicyError(at + ".id", "is required"));
            } else if (!RULE_ID.matcher(rule.id()).matches()) {
                errors.add(new PolicyError(at + ".id", "must be 1-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit"));
            } else if (!ids.add(rule.id())) {
                errors.add(new PolicyError(at + ".id", "duplicate rule id '" + rule.id() + "'"));
            }
            if (rule.action() == null) {
                errors.add(new PolicyError(at + ".action", "is required: one of allow, flag, redact, block"));
            }
            if (rule.mode() == null) {
                errors.add(new PolicyError(at + ".mode", "is required: enforce or monitor"));
            }
            CelRuntime.Program program = compileCondition(rule.when(), at + ".when", errors);
            if (program != null && rule.action() != null && rule.mode() != null && rule.id() != null) {
                compiled.add(new CompiledPolicy.CompiledRule(rule, program));
            }
        }
        if (!errors.isEmpty()) {
            throw new PolicyValidationException(errors);
        }
        return new CompiledPolicy(version, rules, compiled);
    }

    private static CelRuntime.Program compileCondition(String when, String field, List<PolicyError> errors) {
        if (when == null || when.isBlank()) {
            errors.add(new PolicyError(field, "is required: a CEL expression of type bool, e.g. flagged.injection"));
            return null;
        }
        if (when.length() > MAX_EXPRESSION_LENGTH) {
            errors.add(new PolicyError(field, "is " + when.length() + " characters; at most " + MAX_EXPRESSION_LENGTH));
            return null;
        }
        // Parse and type-check separately, so that the message says which of the two went wrong.
        CelValidationResult parsed = PolicyEnvironment.cel().parse(when);
        if (report(parsed, "syntax error", field, errors)) {
            return null;
        }
        try {
            CelValidationResult checked = PolicyEnvironment.cel().check(parsed.getAst());
            if (report(checked, "type error", field, errors)) {
                return null;
            }
            CelAbstractSyntaxTree ast = checked.getAst();
            return PolicyEnvironment.cel().createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            errors.add(new PolicyError(field, e.getMessage()));
            return null;
        }
    }

    private static boolean report(CelValidationResult result, String kind, String field, List<PolicyError> errors) {
        if (!result.hasError()) {
            return false;
        }
        for (CelIssue issue : result.getErrors()) {
            errors.add(new PolicyError(field, kind + ": " + issue.toDisplayString(result.getSource())));
        }
        return true;
    }
}
