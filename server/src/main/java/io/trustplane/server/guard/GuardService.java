package io.trustplane.server.guard;

import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.Redactions;
import io.trustplane.core.guard.pii.RedactionSession;
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
        auditIfDecisive(projectId, check.request(), evaluation, source);
        return GuardResponse.of(evaluation, redacted);
    }

    /**
     * The outcome of a check of any request (the gateway's): its evaluation and, when the decision is redact, the
     * redacted text of every segment by segment id.
     *
     * @param session the redaction session that wrote {@code redacted} (its pseudonyms map placeholders back), or
     *     the one passed in; null when nothing was redacted and none was passed
     */
    public record Outcome(GuardEvaluator.Evaluation evaluation, Map<String, String> redacted, RedactionSession session) {
        public Action action() {
            return evaluation.decision().action();
        }
    }

    /**
     * Scans, decides and, on redact, redacts through {@code session} (or a new session in the policy's redaction mode
     * when null): passing the session of an earlier check of the same call keeps pseudonyms consistent between a
     * prompt and its answer. Blocking and redacting decisions are audited like those of the guard API.
     */
    public Outcome check(UUID projectId, ProjectPolicy policy, GuardRequest request, String source, RedactionSession session) {
        GuardEvaluator.Evaluation evaluation = evaluator.evaluate(policy, request, source);
        Map<String, String> redacted = Map.of();
        if (evaluation.decision().action() == Action.REDACT) {
            if (session == null) session = redaction.session(projectId, policy.document().redaction());
            redacted = Redactions.apply(request, evaluation.report(), session);
        }
        auditIfDecisive(projectId, request, evaluation, source);
        return new Outcome(evaluation, redacted, session);
    }

    /** A redaction session for a project in a policy's redaction mode. */
    public RedactionSession session(UUID projectId, ProjectPolicy policy) {
        return redaction.session(projectId, policy.document().redaction());
    }

    /**
     * Audits a blocking or redacting evaluation made apart from {@link #check} (e.g. by a streamed answer's checks,
     * audited once per stream); other actions and {@code test} evaluations are not audited.
     */
    public void auditIfDecisive(UUID projectId, GuardRequest request, GuardEvaluator.Evaluation evaluation, String source) {
        Action action = evaluation.decision().action();
        if ((action == Action.BLOCK || action == Action.REDACT) && !"test".equals(source)) {
            audit(projectId, request, evaluation, action);
        }
    }

    private void audit(UUID projectId, GuardRequest request, GuardEvaluator.Evaluation evaluation, Action action) {
        Map<String, Integer> findings = new TreeMap<>();
        for (LocatedFinding f : evaluation.report().findings()) {
            findings.merge(f.finding().detector() + ":" + f.finding().type(), 1, Integer::sum);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedBy", evaluation.decision().decidedBy());
        body.put("policyVersion", evaluation.decision().policyVersion());
        body.put("flagged", evaluation.report().detectors().stream().filter(d -> d.flagged()).map(d -> d.detector()).toList());
        body.put("findings", findings);
        Object user = request.attributes().get("user");
        if (user instanceof String id && !id.isEmpty()) {
            body.put("user", subjectKeys.seal(projectId, id, id).json());
        }
        String verb = action == Action.BLOCK ? "guard.blocked" : "guard.redacted";
        auditor.record(projectId, verb, "guard_check", body);
    }
}
