package io.trustplane.core.guard.policy;

/**
 * A rule whose condition held for a request.
 *
 * @param ruleId the rule's id
 * @param action the rule's action
 * @param mode whether the action was applied or only recorded
 */
public record RuleMatch(String ruleId, Action action, RuleMode mode) {
}
