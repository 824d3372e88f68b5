package io.trustplane.core.guard.rules;

import java.util.List;

/** A set of custom rules that cannot be compiled; {@link #problems()} names every rule and what is wrong. */
public final class CustomRuleException extends IllegalArgumentException {
    private final List<String> problems;

    public CustomRuleException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
