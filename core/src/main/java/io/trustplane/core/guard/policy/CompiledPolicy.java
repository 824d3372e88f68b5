package io.trustplane.core.guard.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.trustplane.core.guard.GuardReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A validated policy with its conditions compiled; immutable and thread-safe. */
public final class CompiledPolicy {
    record CompiledRule(PolicyRule rule, CelRuntime.Program condition) {
    }

    private final int version;
    private final List<PolicyRule> rules;
    private final List<CompiledRule> compiled;

    CompiledPolicy(int version, List<PolicyRule> rules, List<CompiledRule> compiled) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.compiled = List.copyOf(compiled);
    }

    public int version() {
        return version;
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    /** Evaluates every rule: the most restrictive enforced action wins; ties go to the earlier rule. */
    public PolicyDecision decide(GuardReport report, Map<String, Object> requestAttributes, boolean hasOutput) {
        Map<String, Object> activation = PolicyEnvironment.activation(report, requestAttributes, hasOutput);
        Action action = Action.ALLOW;
        String decidedBy = PolicyDecision.NO_RULE;
        Action monitored = Action.ALLOW;
        List<RuleMatch> matches = new ArrayList<>();
        List<PolicyError> errors = new ArrayList<>();
        for (int i = 0; i < compiled.size(); i++) {
            CompiledRule c = compiled.get(i);
            boolean holds;
            try {
                holds = Boolean.TRUE.equals(c.condition().eval(activation));
            } catch (CelEvaluationException | RuntimeException e) {
                errors.add(new PolicyError("rules[" + i + "].when", "evaluation failed: " + e.getMessage()));
                continue;
            }
            if (!holds) {
                continue;
            }
            PolicyRule rule = c.rule();
            matches.add(new RuleMatch(rule.id(), rule.action(), rule.mode()));
            if (rule.action().moreRestrictiveThan(monitored)) {
                monitored = rule.action();
            }
            if (rule.mode() == RuleMode.ENFORCE && rule.action().moreRestrictiveThan(action)) {
                action = rule.action();
                decidedBy = rule.id();
            }
        }
        return new PolicyDecision(action, decidedBy, monitored, matches, errors, version);
    }
}
