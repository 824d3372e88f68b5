package io.trustplane.server.guard;

import java.util.List;

/**
 * A project's guard policy as the API sends and receives it.
 *
 * @param rules CEL rules in order; the most restrictive enforced match decides
 * @param redaction how {@code redact} decisions replace findings: mask, type_tag, pseudonym or hash
 * @param customRules the project's own phrase-list and regex detectors, reported as detector {@code custom}
 */
public record PolicyDocument(List<Rule> rules, String redaction, List<CustomRuleSpec> customRules) {

    public PolicyDocument {
        customRules = customRules == null ? List.of() : List.copyOf(customRules);
    }

    /** One rule: {@code {"id", "description", "when", "action", "mode"}}; mode defaults to enforce. */
    public record Rule(String id, String description, String when, String action, String mode) {
    }

    /**
     * One custom rule: {@code {"id", "kind": "phrases"|"regex", "phrases": [...], "pattern", "caseInsensitive",
     * "appliesTo": "input"|"output"|"both", "type", "confidence"}}.
     */
    public record CustomRuleSpec(String id, String kind, List<String> phrases, String pattern, Boolean caseInsensitive,
            String appliesTo, String type, Double confidence) {
    }
}
