package io.trustplane.server.guard;

import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.policy.PolicyDecision;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Scans a request with the project's detectors (the server's plus its custom rules) and lets its policy decide. */
@Service
public class GuardEvaluator {
    /** A scan and the decision taken on it. */
    public record Evaluation(GuardReport report, PolicyDecision decision, ProjectPolicy policy) {
    }

    private final PolicyService policies;
    private final GuardMetrics metrics;

    public GuardEvaluator(PolicyService policies, GuardMetrics metrics) {
        this.policies = policies;
        this.metrics = metrics;
    }

    public Evaluation evaluate(UUID projectId, GuardRequest request, String source) {
        return evaluate(policies.current(projectId), request, source);
    }

    public Evaluation evaluate(ProjectPolicy policy, GuardRequest request, String source) {
        GuardReport report = policy.engine().scan(request);
        PolicyDecision decision = policy.compiled().decide(report, request.attributes(), request.hasOutput());
        metrics.record(source, report, decision.action());
        return new Evaluation(report, decision, policy);
    }
}
