package io.trustplane.server.guard;

import io.trustplane.core.guard.policy.Action;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A guard check from request to response: scan, decide, and redact when the decision says so. */
@Service
public class GuardService {
    private final GuardEvaluator evaluator;
    private final RedactionService redaction;

    public GuardService(GuardEvaluator evaluator, RedactionService redaction) {
        this.evaluator = evaluator;
        this.redaction = redaction;
    }

    public GuardResponse check(UUID projectId, ProjectPolicy policy, GuardCheck check, String source) {
        GuardEvaluator.Evaluation evaluation = evaluator.evaluate(policy, check.request(), source);
        GuardResponse.Redacted redacted = evaluation.decision().action() == Action.REDACT
                ? redaction.redact(projectId, policy.document().redaction(), check, evaluation.report())
                : null;
        return GuardResponse.of(evaluation, redacted);
    }
}
