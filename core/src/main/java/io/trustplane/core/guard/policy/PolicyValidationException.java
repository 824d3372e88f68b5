package io.trustplane.core.guard.policy;

import java.util.List;

/** A policy that cannot be compiled; {@link #errors()} lists every problem, not only the first. */
public class PolicyValidationException extends Exception {
    private final List<PolicyError> errors;

    public PolicyValidationException(List<PolicyError> errors) {
        super(errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " errors in the policy, first: " + errors.getFirst().field() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<PolicyError> errors() {
        return errors;
    }
}
