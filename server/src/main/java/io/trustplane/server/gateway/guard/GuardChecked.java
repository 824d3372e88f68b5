package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.server.guard.GuardService;
import java.util.List;

/** A request or an answer after its guard check: the decision's parts, read the same way for both. */
public interface GuardChecked {
    /** The check, or null when nothing was checked (guarding off, or no text). */
    GuardService.Outcome outcome();

    /** What to answer instead of forwarding or returning, or null. */
    BlockedAnswer blocked();

    /** The enforced action ({@code allow} when nothing was checked). */
    default Action action() {
        return outcome() == null ? Action.ALLOW : outcome().action();
    }

    default boolean isBlocked() {
        return blocked() != null;
    }

    /** The policy's decision, or null when nothing was checked. */
    default PolicyDecision decision() {
        return outcome() == null ? null : outcome().evaluation().decision();
    }

    default List<LocatedFinding> findings() {
        return outcome() == null ? List.of() : outcome().evaluation().report().findings();
    }
}
