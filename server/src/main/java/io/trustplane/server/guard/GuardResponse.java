package io.trustplane.server.guard;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.core.guard.policy.PolicyError;
import io.trustplane.core.guard.policy.RuleMatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a guard request: the decision and which rule took it, every detector's score and time,
 * the findings with their spans, and the redacted texts when the decision is {@code redact}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuardResponse(Decision decision, Map<String, DetectorScore> detectors, List<FindingView> findings,
                            Redacted redacted, Timing timing) {

    /**
     * @param action allow, flag, redact or block
     * @param decidedBy the rule that set the action, or {@code default:allow}
     * @param monitoredAction the action had monitor-mode rules been enforced
     * @param policyVersion the version of the policy (0: the built-in default, or an unsaved test policy)
     */
    public record Decision(String action, String decidedBy, String reason, String monitoredAction, int policyVersion,
                           List<MatchView> matchedRules, List<PolicyError> errors) {
    }

    public record MatchView(String id, String action, String mode) {
    }

    public record DetectorScore(double score, boolean flagged, long timeMicros, int findings) {
    }

    public record FindingView(String detector, String type, String segment, int start, int end, double confidence, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Redacted(String input, List<GuardCheck.Message> messages, List<String> documents, String output,
                           Map<String, String> pseudonyms) {
    }

    public record Timing(long totalMicros) {
    }

    static GuardResponse of(GuardEvaluator.Evaluation e, Redacted redacted) {
        PolicyDecision d = e.decision();
        String reason = d.decidedBy().equals(PolicyDecision.NO_RULE) ? "no enforced rule matched"
                : e.policy().document().rules().stream().filter(r -> d.decidedBy().equals(r.id()))
                        .map(PolicyDocument.Rule::description).filter(s -> s != null && !s.isBlank())
                        .findFirst().orElse("rule " + d.decidedBy() + " matched");
        Decision decision = new Decision(d.action().wireName(), d.decidedBy(), reason, d.monitoredAction().wireName(),
                d.policyVersion(), d.matches().stream().map(GuardResponse::match).toList(), d.errors());
        Map<String, DetectorScore> detectors = new LinkedHashMap<>();
        for (DetectorSummary s : e.report().detectors()) {
            detectors.put(s.detector(), new DetectorScore(s.score(), s.flagged(), s.nanos() / 1000, s.findings().size()));
        }
        List<FindingView> findings = e.report().findings().stream().map(GuardResponse::finding).toList();
        return new GuardResponse(decision, detectors, findings, redacted, new Timing(e.report().totalNanos() / 1000));
    }

    private static MatchView match(RuleMatch m) {
        return new MatchView(m.ruleId(), m.action().wireName(), m.mode().wireName());
    }

    private static FindingView finding(LocatedFinding lf) {
        var f = lf.finding();
        return new FindingView(f.detector(), f.type(), lf.segment(), f.start(), f.end(), f.confidence(), f.reason());
    }
}
