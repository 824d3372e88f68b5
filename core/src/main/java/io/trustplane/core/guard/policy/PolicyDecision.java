package io.trustplane.core.guard.policy;

import java.util.List;

/**
 * The outcome of a policy for one request.
 *
 * @param action the most restrictive action of the enforced rules that matched, {@link Action#ALLOW}
 *     when none did
 * @param decidedBy the id of the rule that set the action (the first in policy order among equally
 *     restrictive ones), or {@link #NO_RULE} when no enforced rule matched
 * @param monitoredAction what the action would have been if monitor-mode rules were enforced too
 * @param matches every rule that matched, enforced and monitored, in policy order
 * @param errors rules whose evaluation failed for this request (they count as not matched)
 * @param policyVersion the version of the policy that decided, 0 for an unsaved one
 */
public record PolicyDecision(Action action, String decidedBy, Action monitoredAction, List<RuleMatch> matches,
                             List<PolicyError> errors, int policyVersion) {
    public static final String NO_RULE = "default:allow";

    public PolicyDecision {
        matches = List.copyOf(matches);
        errors = List.copyOf(errors);
    }
}
