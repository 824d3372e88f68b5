package io.trustplane.server.guard;

import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.privacy.SubjectKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A guard check from request to response: scan, decide, and redact when the decision says so. A blocking
 * or redacting decision of a real check (not a policy test) is audited before it is answered: which rule
 * decided, with which policy version, and the finding types and counts, never the text. The end user named
 * in the request's context is personal data: it is sealed with that user's own key (crypto-shredding).
 */
@Service
public class GuardService {
    private final GuardEvaluator evaluator;
    private final RedactionService redaction;
    private final Auditor auditor;
    private final SubjectKeys subjectKeys;

    public GuardService(GuardEvaluator evaluator, RedactionService redaction, Auditor auditor, SubjectKeys subjectKeys) {
        this.evaluator = evaluator;
        this.redaction = redaction;
        this.auditor = auditor;
        this.subjectKeys = subjectKeys;
    }

    public GuardResponse check(UUID projectId, ProjectPolicy policy, GuardCheck check, String source) {
        GuardEvaluator.Evaluation evaluation = evaluator.evaluate(policy, check.request(), source);
        Action action = evaluation.decision().action();
        GuardResponse.Redacted redacted = action == Action.REDACT
                ? redaction.redact(projectId, policy.document().redaction(), check, evaluation.report())
                : null;
        if ((action == Action.BLOCK || action == Action.REDACT) && !"test".equals(source)) {
            audit(projectId, check, evaluation, action);
        }
        return GuardResponse.of(evaluation, redacted);
    }

    private void audit(UUID projectId, GuardCheck check, GuardEvaluator.Evaluation evaluation, Action action) {
        Map<String, Integer> findings = new TreeMap<>();
        for (LocatedFinding f : evaluation.report().findings()) {
            findings.merge(f.finding().detector() + ":" + f.finding().type(), 1, Integer::sum);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedBy", evaluation.decision().decidedBy());
        body.put("policyVersion", evaluation.decision().policyVersion());
        body.put("flagged", evaluation.report().detectors().stream().filter(d -> d.flagged()).map(d -> d.detector()).toList());
        body.put("findings", findings);
        Object user = check.request().attributes().get("user");
        if (user instanceof String id && !id.isEmpty()) {
            body.put("user", subjectKeys.seal(projectId, id, id).json());
        }
        String verb = action == Action.BLOCK ? "guard.blocked" : "guard.redacted";
        auditor.record(projectId, verb, "guard_check", body);
    }
}
