package io.trustplane.core.guard.rules;

import java.util.List;

/**
 * A project's own rule, as written in its policy document.
 *
 * @param id stable identifier, {@code [a-z0-9][a-z0-9_-]{0,63}}; findings and policies refer to it
 * @param kind {@link Kind#PHRASES} (a list of phrases, matched as whole words) or {@link Kind#REGEX}
 * @param phrases the phrases of a {@code PHRASES} rule; a space matches any run of whitespace
 * @param pattern the RE2 regular expression of a {@code REGEX} rule
 * @param caseInsensitive whether letter case is ignored (default true for phrases)
 * @param appliesTo which text the rule scans: {@code input}, {@code output} or {@code both}
 * @param type the finding type reported, upper snake case (default {@code CUSTOM_MATCH})
 * @param confidence the confidence of a match in (0, 1] (default 0.9); the detector flags at 0.5, so
 *     a rule below that only reports (policies still see its findings)
 */
public record CustomRule(String id, Kind kind, List<String> phrases, String pattern, boolean caseInsensitive,
        Scope appliesTo, String type, double confidence) {

    public enum Kind {
        PHRASES,
        REGEX
    }

    public enum Scope {
        INPUT,
        OUTPUT,
        BOTH
    }

    public CustomRule {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    public static CustomRule phrases(String id, List<String> phrases) {
        return new CustomRule(id, Kind.PHRASES, phrases, null, true, Scope.BOTH, "CUSTOM_MATCH", 0.9);
    }

    public static CustomRule regex(String id, String pattern) {
        return new CustomRule(id, Kind.REGEX, List.of(), pattern, false, Scope.BOTH, "CUSTOM_MATCH", 0.9);
    }
}
