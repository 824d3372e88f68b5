package io.trustplane.core.guard.policy;

/**
 * One rule of a policy: when the CEL condition holds, take the action.
 *
 * @param id stable identifier, unique in the policy; decisions name the rule that decided them
 * @param description what the rule is for, for humans
 * @param when a CEL expression of type bool over {@code scores}, {@code flagged}, {@code findings},
 *     {@code types} and {@code request} (see {@link PolicyEnvironment})
 * @param action what to do when it holds
 * @param mode {@link RuleMode#ENFORCE} applies the action, {@link RuleMode#MONITOR} only records it
 */
public record PolicyRule(String id, String description, String when, Action action, RuleMode mode) {
}
