package io.trustplane.core.guard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRulesDetectorTest {

    private static List<String> matches(CustomRulesDetector d, String text) {
        DetectorResult r = d.scan(TextSegment.input(text), ScanContext.EMPTY);
        return r.findings().stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void phrasesMatchWholeWordsIgnoringCaseAndSpacing() {
        CustomRulesDetector d = CustomRulesDetector.compile(List.of(CustomRule.phrases("codenames", List.of("Project Falcon", "bluebird"))));
        assertThat(matches(d, "Status of project\n  FALCON and Bluebird?")).containsExactly("project\n  FALCON", "Bluebird");
        assertThat(matches(d, "bluebirds and projectfalcon")).isEmpty();
    }

    @Test
    void wordBoundariesWorkBeyondAscii() {
        CustomRulesDetector d = CustomRulesDetector.compile(List.of(CustomRule.phrases("de", List.of("straße"))));
        assertThat(matches(d, "Die Straße, die Hauptstraße")).containsExactly("Straße");
    }

    @Test
    void regexRulesReportTheirTypeAndConfidence() {
        CustomRule rule = new CustomRule("employee-id", CustomRule.Kind.REGEX, List.of(), "EMP-[0-9]{6}", false,
                CustomRule.Scope.BOTH, "EMPLOYEE_ID", 0.8);
        DetectorResult r = CustomRulesDetector.compile(List.of(rule)).scan(TextSegment.input("ask EMP-123456 or emp-654321"),
                ScanContext.EMPTY);
        assertThat(r.flagged()).isTrue();
        assertThat(r.score()).isEqualTo(0.8);
        Finding f = r.findings().getFirst();
        assertThat(f.type()).isEqualTo("EMPLOYEE_ID");
        assertThat(f.reason()).isEqualTo("custom rule employee-id matched").doesNotContain("123456");
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void rulesApplyOnlyToTheirDirection() {
        CustomRule outputOnly = new CustomRule("o", CustomRule.Kind.PHRASES, List.of("internal"), null, true,
                CustomRule.Scope.OUTPUT, "CUSTOM_MATCH", 0.9);
        CustomRulesDetector d = CustomRulesDetector.compile(List.of(outputOnly));
        assertThat(d.appliesTo(TextSegment.input("internal"))).isFalse();
        assertThat(d.scan(TextSegment.output("this is internal"), ScanContext.EMPTY).flagged()).isTrue();
    }

    @Test
    void everyProblemIsReportedWithItsRule() {
        List<CustomRule> rules = List.of(
                CustomRule.regex("ok", "abc"),
                CustomRule.regex("ok", "x"),
                CustomRule.regex("Bad Id", "x"),
                CustomRule.regex("backref", "(a)\\1"),
                CustomRule.regex("lookahead", "foo(?=bar)"),
                CustomRule.regex("empty", "a*"),
                CustomRule.regex("huge", "((a{100}){100}){100}"),
                CustomRule.phrases("nophrases", List.of()),
                new CustomRule("conf", CustomRule.Kind.REGEX, List.of(), "x", false, CustomRule.Scope.BOTH, "lower", 1.5));
        assertThatThrownBy(() -> CustomRulesDetector.compile(rules))
                .isInstanceOfSatisfying(CustomRuleException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).contains("customRules[1] (ok)").contains("duplicate id"),
                        p -> assertThat(p).contains("customRules[2]").contains("id must match"),
                        p -> assertThat(p).contains("(backref)").contains("invalid RE2 pattern"),
                        p -> assertThat(p).contains("(lookahead)").contains("invalid RE2 pattern"),
                        p -> assertThat(p).contains("(empty)").contains("empty string"),
                        p -> assertThat(p).contains("(huge)").contains("too large"),
                        p -> assertThat(p).contains("(nophrases)").contains("at least one phrase"),
                        p -> assertThat(p).contains("(conf)").contains("type must match"),
                        p -> assertThat(p).contains("(conf)").contains("confidence must be in (0, 1]")));
    }

    @Test
    void tooManyRulesOrPhrasesAreRejected() {
        List<CustomRule> many = new ArrayList<>();
        for (int i = 0; i <= CustomRulesDetector.MAX_RULES; i++) {
            many.add(CustomRule.regex("r" + i, "x" + i));
        }
        assertThatThrownBy(() -> CustomRulesDetector.compile(many)).hasMessageContaining("at most 50 custom rules");
        List<String> phrases = Collections.nCopies(CustomRulesDetector.MAX_PHRASES + 1, "p");
        assertThatThrownBy(() -> CustomRulesDetector.compile(List.of(CustomRule.phrases("p", phrases))))
                .hasMessageContaining("at most 1000 phrases");
    }

    @Test
    void catastrophicBacktrackingPatternsRunInLinearTime() {
        // (a+)+$ and (a|aa)*b take exponential time in backtracking engines on "aaaa...!"; RE2 does not backtrack.
        CustomRulesDetector d = CustomRulesDetector.compile(List.of(CustomRule.regex("evil1", "(a+)+$"),
                CustomRule.regex("evil2", "(a|aa)*b"), CustomRule.regex("evil3", "(x+x+)+y"),
                CustomRule.phrases("long", List.of("a".repeat(200)))));
        String hostile = "a".repeat(1_000_000) + "!";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> d.scan(TextSegment.input(hostile), ScanContext.EMPTY));
        String xs = "x".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> d.scan(TextSegment.input(xs), ScanContext.EMPTY));
    }

    @Test
    void matchesPerRuleAreBounded() {
        CustomRulesDetector d = CustomRulesDetector.compile(List.of(CustomRule.regex("x", "x")));
        DetectorResult r = d.scan(TextSegment.input("x ".repeat(10_000)), ScanContext.EMPTY);
        assertThat(r.findings()).hasSize(CustomRulesDetector.MAX_MATCHES_PER_RULE);
    }

    @Test
    void expandedSizeEstimate() {
        assertThat(ExpandedSize.of("abc")).isEqualTo(3);
        assertThat(ExpandedSize.of("a{10}")).isEqualTo(10);
        assertThat(ExpandedSize.of("(ab){3,5}")).isEqualTo(10);
        assertThat(ExpandedSize.of("[a-z{}]{2,}x")).isEqualTo(4);
        assertThat(ExpandedSize.of("((a{100}){100}){100}")).isEqualTo(1_000_000);
    }
}
