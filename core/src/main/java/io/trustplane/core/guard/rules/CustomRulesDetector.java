package io.trustplane.core.guard.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a project's {@link CustomRule custom rules}. Name {@code custom}.
 *
 * <p>Every rule, phrase lists included, is compiled to one RE2/J pattern. RE2 matches in time linear in
 * the text whatever the pattern (no backtracking), so a rule written by a user cannot hang the server;
 * {@link #compile} additionally bounds the size of each pattern, the number of rules and phrases, and
 * rejects patterns that match the empty string. Phrases match whole words only (checked on Unicode
 * letters and digits, which RE2's ASCII-only {@code \b} would not do), any whitespace between words.
 */
public final class CustomRulesDetector implements Detector {
    public static final String NAME = "custom";
    public static final int MAX_RULES = 50;
    public static final int MAX_PHRASES = 1000;
    public static final int MAX_PHRASE_CHARS = 200;
    public static final int MAX_PATTERN_CHARS = 1000;
    /** Upper bound of a pattern's size with counted repetitions expanded, e.g. {@code (a{100}){100}} is 10,000. */
    public static final int MAX_EXPANDED_SIZE = 20_000;
    static final int MAX_MATCHES_PER_RULE = 100;
    static final double THRESHOLD = 0.5;
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private record CompiledRule(CustomRule rule, Pattern pattern, boolean wholeWords) {
    }

    private final List<CompiledRule> rules;

    private CustomRulesDetector(List<CompiledRule> rules) {
        this.rules = rules;
    }

    /** Validates and compiles the rules; throws {@link CustomRuleException} listing every problem. */
    public static CustomRulesDetector compile(List<CustomRule> rules) {
        List<String> problems = new ArrayList<>();
        if (rules.size() > MAX_RULES) {
            problems.add("at most " + MAX_RULES + " custom rules are allowed, got " + rules.size());
        }
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            CustomRule rule = rules.get(i);
            String where = "customRules[" + i + "]" + (rule.id() == null ? "" : " (" + rule.id() + ")");
            int before = problems.size();
            if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
                problems.add(where + ": id must match " + ID.pattern());
            } else if (!ids.add(rule.id())) {
                problems.add(where + ": duplicate id");
            }
            if (rule.kind() == null) {
                problems.add(where + ": kind is required (PHRASES or REGEX)");
            }
            if (rule.appliesTo() == null) {
                problems.add(where + ": appliesTo is required (INPUT, OUTPUT or BOTH)");
            }
            if (rule.type() == null || !TYPE.matcher(rule.type()).matches()) {
                problems.add(where + ": type must match " + TYPE.pattern());
            }
            if (!(rule.confidence() > 0 && rule.confidence() <= 1)) {
                problems.add(where + ": confidence must be in (0, 1], got " + rule.confidence());
            }
            if (rule.kind() == null || problems.size() > before) {
                continue;
            }
            Pattern pattern = switch (rule.kind()) {
                case PHRASES -> phrasePattern(rule, where, problems);
                case REGEX -> regexPattern(rule, where, problems);
            };
            if (pattern != null) {
                compiled.add(new CompiledRule(rule, pattern, rule.kind() == CustomRule.Kind.PHRASES));
            }
        }
        if (!problems.isEmpty()) {
            throw new CustomRuleException(problems);
        }
        return new CustomRulesDetector(List.copyOf(compiled));
    }

    private static Pattern phrasePattern(CustomRule rule, String where, List<String> problems) {
        if (rule.phrases().isEmpty()) {
            problems.add(where + ": a PHRASES rule needs at least one phrase");
            return null;
        }
        if (rule.phrases().size() > MAX_PHRASES) {
            problems.add(where + ": at most " + MAX_PHRASES + " phrases per rule, got " + rule.phrases().size());
            return null;
        }
        StringBuilder alternation = new StringBuilder(rule.caseInsensitive() ? "(?i)(?:" : "(?:");
        for (int p = 0; p < rule.phrases().size(); p++) {
            String phrase = rule.phrases().get(p) == null ? "" : rule.phrases().get(p).strip();
            if (phrase.isEmpty() || phrase.length() > MAX_PHRASE_CHARS) {
                problems.add(where + ": phrases[" + p + "] must be 1 to " + MAX_PHRASE_CHARS + " characters");
                return null;
            }
            if (p > 0) {
                alternation.append('|');
            }
            String[] words = phrase.split("\\s+");
            for (int w = 0; w < words.length; w++) {
                alternation.append(w == 0 ? "" : "\\s+").append(Pattern.quote(words[w]));
            }
        }
        return Pattern.compile(alternation.append(')').toString());
    }

    private static Pattern regexPattern(CustomRule rule, String where, List<String> problems) {
        String source = rule.pattern();
        if (source == null || source.isEmpty() || source.length() > MAX_PATTERN_CHARS) {
            problems.add(where + ": pattern must be 1 to " + MAX_PATTERN_CHARS + " characters");
            return null;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, rule.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            problems.add(where + ": invalid RE2 pattern: " + e.getDescription()
                    + " (RE2 syntax: no backreferences or lookaround)");
            return null;
        } catch (RuntimeException e) {
            problems.add(where + ": invalid RE2 pattern: " + e.getMessage());
            return null;
        }
        long expanded = ExpandedSize.of(source);
        if (expanded > MAX_EXPANDED_SIZE) {
            problems.add(where + ": pattern too large once repetitions are expanded (about " + expanded + " > "
                    + MAX_EXPANDED_SIZE + "); use smaller {n,m} counts");
            return null;
        }
        if (pattern.matcher("").find()) {
            problems.add(where + ": pattern matches the empty string, so it would match everywhere");
            return null;
        }
        return pattern;
    }

    @Override
    public String name() {
        return NAME;
    }

    public int size() {
        return rules.size();
    }

    @Override
    public boolean appliesTo(TextSegment segment) {
        for (CompiledRule r : rules) {
            if (applies(r.rule(), segment.direction())) {
                return true;
            }
        }
        return false;
    }

    private static boolean applies(CustomRule rule, Direction direction) {
        return switch (rule.appliesTo()) {
            case BOTH -> true;
            case INPUT -> direction == Direction.INPUT;
            case OUTPUT -> direction == Direction.OUTPUT;
        };
    }

    @Override
    public DetectorResult scan(TextSegment segment, ScanContext context) {
        String text = segment.text();
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (!applies(r.rule(), segment.direction())) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            int from = 0;
            int matches = 0;
            while (matches < MAX_MATCHES_PER_RULE && from <= text.length() && m.find(from)) {
                int start = m.start();
                int end = m.end();
                if (end == start) {
                    from = start + 1; // cannot happen for validated rules; never loop on an empty match
                    continue;
                }
                if (r.wholeWords() && !(isBoundary(text, start) && isBoundary(text, end))) {
                    // Retry at the next word boundary, not the next character: keeps the scan linear.
                    from = start + 1;
                    while (from < text.length() && !isBoundary(text, from)) {
                        from++;
                    }
                    continue;
                }
                findings.add(new Finding(NAME, r.rule().type(), start, end, r.rule().confidence(),
                        "custom rule " + r.rule().id() + " matched"));
                matches++;
                from = end;
            }
        }
        return DetectorResult.of(NAME, findings, THRESHOLD);
    }

    /** Whether a word may start or end at {@code i}: not between two letters or digits. */
    private static boolean isBoundary(String text, int i) {
        if (i == 0 || i == text.length()) {
            return true;
        }
        return !(isWordChar(text.codePointBefore(i)) && isWordChar(text.codePointAt(i)));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }
}
