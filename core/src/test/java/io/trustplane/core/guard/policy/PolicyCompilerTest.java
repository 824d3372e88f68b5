package io.trustplane.core.guard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.TextRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyCompilerTest {

    private static GuardReport report(String detector, double score, boolean flagged, String... types) {
        List<LocatedFinding> findings = java.util.Arrays.stream(types)
                .map(t -> new LocatedFinding("input", Direction.INPUT, TextRole.USER, new Finding(detector, t, 0, 4, score, "test")))
                .toList();
        return new GuardReport(List.of(new DetectorSummary(detector, score, flagged, 10, findings)), 10);
    }

    @Test
    void mostRestrictiveEnforcedRuleDecidesAndNamesItself() throws Exception {
        CompiledPolicy policy = PolicyCompiler.compile(List.of(
                new PolicyRule("flag-any", "", "scores.pii > 0.1", Action.FLAG, RuleMode.ENFORCE),
                new PolicyRule("redact-cards", "", "'CREDIT_CARD' in types", Action.REDACT, RuleMode.ENFORCE),
                new PolicyRule("block-cards-monitor", "", "'CREDIT_CARD' in types", Action.BLOCK, RuleMode.MONITOR)), 7);

        PolicyDecision decision = policy.decide(report("pii", 0.9, true, "CREDIT_CARD"), Map.of(), false);

        assertThat(decision.action()).isEqualTo(Action.REDACT);
        assertThat(decision.decidedBy()).isEqualTo("redact-cards");
        assertThat(decision.monitoredAction()).isEqualTo(Action.BLOCK);
        assertThat(decision.matches()).extracting(RuleMatch::ruleId).containsExactly("flag-any", "redact-cards", "block-cards-monitor");
        assertThat(decision.policyVersion()).isEqualTo(7);
    }

    @Test
    void tiesGoToTheEarlierRule() throws Exception {
        CompiledPolicy policy = PolicyCompiler.compile(List.of(
                new PolicyRule("first", "", "true", Action.BLOCK, RuleMode.ENFORCE),
                new PolicyRule("second", "", "true", Action.BLOCK, RuleMode.ENFORCE)), 1);
        assertThat(policy.decide(new GuardReport(List.of(), 0), Map.of(), false).decidedBy()).isEqualTo("first");
    }

    @Test
    void noMatchAllowsByDefault() throws Exception {
        PolicyDecision decision = DefaultPolicy.compiled().decide(new GuardReport(List.of(), 0), Map.of(), false);
        assertThat(decision.action()).isEqualTo(Action.ALLOW);
        assertThat(decision.decidedBy()).isEqualTo(PolicyDecision.NO_RULE);
        assertThat(decision.errors()).isEmpty();
    }

    @Test
    void defaultPolicyBlocksInjectionAndRedactsCards() {
        CompiledPolicy policy = DefaultPolicy.compiled();
        assertThat(policy.decide(report("injection", 0.99, true, "INSTRUCTION_OVERRIDE"), Map.of(), false).action())
                .isEqualTo(Action.BLOCK);
        PolicyDecision card = policy.decide(report("pii", 0.95, true, "CREDIT_CARD"), Map.of(), false);
        assertThat(card.action()).isEqualTo(Action.REDACT);
        assertThat(card.decidedBy()).isEqualTo("redact-sensitive-pii");
        assertThat(policy.decide(report("pii", 0.95, true, "EMAIL_ADDRESS"), Map.of(), false).action()).isEqualTo(Action.FLAG);
    }

    @Test
    void requestContextIsAvailable() throws Exception {
        CompiledPolicy policy = PolicyCompiler.compile(List.of(
                new PolicyRule("gpt4-only", "", "request.model.startsWith('gpt-4') && request.user != ''", Action.FLAG, RuleMode.ENFORCE),
                new PolicyRule("tier", "", "has(request.tier) && request.tier == 'free' && request.has_output", Action.BLOCK, RuleMode.ENFORCE)), 1);
        GuardReport empty = new GuardReport(List.of(), 0);
        assertThat(policy.decide(empty, Map.of("model", "gpt-4o", "user", "u1"), false).action()).isEqualTo(Action.FLAG);
        assertThat(policy.decide(empty, Map.of("model", "gpt-4o"), false).action()).isEqualTo(Action.ALLOW);
        assertThat(policy.decide(empty, Map.of("tier", "free"), true).action()).isEqualTo(Action.BLOCK);
        assertThat(policy.decide(empty, Map.of("tier", "free"), false).action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void evaluationErrorsAreReportedAndDoNotMatch() throws Exception {
        CompiledPolicy policy = PolicyCompiler.compile(List.of(
                new PolicyRule("missing-key", "", "request.tier == 'free'", Action.BLOCK, RuleMode.ENFORCE)), 1);
        PolicyDecision decision = policy.decide(new GuardReport(List.of(), 0), Map.of(), false);
        assertThat(decision.action()).isEqualTo(Action.ALLOW);
        assertThat(decision.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("rules[0].when"));
    }

    @Test
    void allProblemsAreReportedWithTheirField() {
        assertThatThrownBy(() -> PolicyCompiler.compile(java.util.Arrays.asList(
                new PolicyRule("ok", "", "flagged.pii", Action.FLAG, RuleMode.ENFORCE),
                new PolicyRule("ok", "", "scores.pii >", Action.FLAG, RuleMode.ENFORCE),
                new PolicyRule("Bad Id", "", "scores.pii", Action.FLAG, RuleMode.ENFORCE),
                new PolicyRule("no-action", "", "nosuchvar == 1", null, RuleMode.ENFORCE)), 1))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> {
                    assertThat(e.errors()).extracting(PolicyError::field).containsExactly(
                            "rules[1].id", "rules[1].when", "rules[2].id", "rules[2].when", "rules[3].action", "rules[3].when");
                    assertThat(e.errors().get(3).message()).contains("bool");
                    assertThat(e.errors().get(5).message()).contains("nosuchvar");
                });
    }
}
