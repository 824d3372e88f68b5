package io.trustplane.core.guard;

import io.trustplane.core.guard.pii.RedactionMode;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.CompiledPolicy;
import io.trustplane.core.guard.policy.DefaultPolicy;
import io.trustplane.core.guard.policy.PolicyDecision;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;

/**
 * The guard for in-process use by a Java application: detectors, a policy and redaction in one call.
 *
 * <pre>{@code
 * Guard guard = Guard.withDefaults();
 * GuardOutcome outcome = guard.check(GuardRequest.of(TextSegment.input(prompt)));
 * switch (outcome.decision().action()) {
 *     case BLOCK -> refuse(outcome.decision().decidedBy());
 *     case REDACT -> send(outcome.redacted().get("input"));
 *     default -> send(prompt);
 * }
 * }</pre>
 * Immutable and thread-safe: build one and share it.
 */
public final class Guard {
    private final GuardEngine engine;
    private final CompiledPolicy policy;
    private final RedactionMode redactionMode;
    private final byte[] hashKey;

    /**
     * @param hashKey key of the keyed hash for {@link RedactionMode#HASH} (at least 32 bytes); keep it
     *     stable to keep hashes comparable across restarts
     */
    public Guard(GuardEngine engine, CompiledPolicy policy, RedactionMode redactionMode, byte[] hashKey) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.redactionMode = Objects.requireNonNull(redactionMode, "redactionMode");
        this.hashKey = hashKey.clone();
    }

    /** Default detectors, the default policy, type-tag redaction (and a random hash key). */
    public static Guard withDefaults() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Guard(Detectors.defaultEngine(), DefaultPolicy.compiled(), RedactionMode.TYPE_TAG, key);
    }

    /**
     * The outcome of one check.
     *
     * @param redacted redacted text by segment id when the decision is {@link Action#REDACT}, else empty
     * @param pseudonyms placeholder → original value, in pseudonym mode (to restore values in an answer)
     */
    public record GuardOutcome(GuardReport report, PolicyDecision decision, Map<String, String> redacted,
                               Map<String, String> pseudonyms) {
    }

    public GuardOutcome check(GuardRequest request) {
        GuardReport report = engine.scan(request);
        PolicyDecision decision = policy.decide(report, request.attributes(), request.hasOutput());
        if (decision.action() != Action.REDACT) {
            return new GuardOutcome(report, decision, Map.of(), Map.of());
        }
        RedactionSession session = new RedactionSession(redactionMode, hashKey);
        Map<String, String> redacted = Redactions.apply(request, report, session);
        return new GuardOutcome(report, decision, redacted, Map.copyOf(session.pseudonyms()));
    }
}
