package io.trustplane.core.guard.secrets;

import com.google.re2j.Matcher;
import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.text.KeywordIndex;
import io.trustplane.core.guard.text.MergedWindows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds credentials. Name {@code secrets}. Runs {@link SecretRules#ALL}: each rule's RE2/J pattern runs only
 * when one of its keywords occurs in the lower-cased text, so a text without any credential-like keyword
 * costs one lower-casing and one pass of a {@link KeywordIndex} over it. Findings span the secret value only (not the key
 * name), so redaction keeps the text readable; reasons name the rule, never the value. Overlapping matches
 * keep the most confident (a provider rule beats a generic one). Texts longer than
 * {@link #MAX_SCANNED_CHARS} are scanned on that prefix. Thread-safe; never throws.
 */
public final class SecretsDetector implements Detector {
    public static final String NAME = "secrets";
    public static final double DEFAULT_THRESHOLD = 0.5;
    static final int MAX_SCANNED_CHARS = 256 * 1024;
    static final int MAX_MATCHES_PER_RULE = 32;
    static final int MAX_VALUE_CHARS = 8192;
    static final int REACH_BEFORE = 128;
    static final int MAX_WINDOWS = 256;

    private final List<SecretRule> rules;
    private final KeywordIndex keywords;
    private final double threshold;

    SecretsDetector(List<SecretRule> rules, double threshold) {
        this.rules = List.copyOf(rules);
        this.keywords = new KeywordIndex(this.rules.stream().map(SecretRule::keywords).toList());
        this.threshold = threshold;
    }

    public static SecretsDetector withDefaults() {
        return new SecretsDetector(SecretRules.ALL, DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DetectorResult scan(TextSegment segment, ScanContext context) {
        String text = segment.text();
        if (text.length() > MAX_SCANNED_CHARS) {
            text = text.substring(0, MAX_SCANNED_CHARS);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Finding> candidates = new ArrayList<>();
        boolean[] present = keywords.present(lower);
        for (int r = 0; r < rules.size(); r++) {
            if (!present[r]) {
                continue;
            }
            try {
                match(rules.get(r), text, lower, candidates);
            } catch (RuntimeException e) {
                // one rule failing on odd input must not hide what the others find
            }
        }
        return DetectorResult.of(NAME, resolve(candidates), threshold);
    }

    /**
     * Runs the rule's pattern only on windows around its keywords: RE2/J simulates an automaton per input
     * character (about a microsecond per character for a rule like the generic one), so scanning 10 KB
     * for every rule whose keyword occurs somewhere would cost milliseconds; the windows make the cost
     * proportional to the keyword occurrences instead. Overlapping windows are merged.
     */
    private static void match(SecretRule rule, String text, String lower, List<Finding> out) {
        if (rule.keywords().isEmpty()) {
            matchWindow(rule, text, 0, text.length(), out, new int[1]);
            return;
        }
        MergedWindows windows = new MergedWindows(text.length());
        for (String keyword : rule.keywords()) {
            for (int at = lower.indexOf(keyword); at >= 0 && windows.size() < MAX_WINDOWS; at = lower.indexOf(keyword, at + 1)) {
                boolean anchored = switch (rule.anchor()) {
                    case ANY -> true;
                    case ASSIGNMENT -> assignmentFollows(text, at + keyword.length());
                    case URL_USERINFO -> userInfoFollows(text, at + keyword.length());
                };
                if (!anchored) {
                    continue;
                }
                int end = rule.reach() == Integer.MAX_VALUE ? text.length() : (int) Math.min(text.length(), (long) at + rule.reach());
                windows.add(at - REACH_BEFORE, end);
            }
        }
        int[] hits = new int[1];
        windows.forEach((from, to) -> matchWindow(rule, text, from, to, out, hits));
    }

    /** After the rest of the key name (and an optional closing quote), is there a {@code :} or {@code =}? */
    static boolean assignmentFollows(String text, int from) {
        int i = from;
        int limit = Math.min(text.length(), from + 64);
        while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || "_.-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i < limit && "\"'`\\".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < limit && (text.charAt(i) == ':' || text.charAt(i) == '=');
    }

    /** Does the URL authority after {@code ://} contain {@code user:password@}? */
    static boolean userInfoFollows(String text, int from) {
        int limit = Math.min(text.length(), from + 512);
        boolean colon = false;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return colon;
            }
            if (c == ':') {
                colon = true;
            } else if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                return false;
            }
        }
        return false;
    }

    private static void matchWindow(SecretRule rule, String text, int from, int to, List<Finding> out, int[] hits) {
        Matcher m = rule.pattern().matcher(text.substring(from, to));
        while (hits[0] < MAX_MATCHES_PER_RULE && m.find()) {
            String group = m.group("s") != null ? "s" : hasGroup(m, "t") && m.group("t") != null ? "t" : null;
            if (group == null) {
                continue;
            }
            String value = m.group(group);
            if (value.length() > MAX_VALUE_CHARS) {
                continue;
            }
            int start = from + m.start(group);
            int end = from + m.end(group);
            if (rule.id().startsWith("generic.")
                    && text.substring(Math.max(0, from + m.start() - 40), end).toLowerCase(Locale.ROOT).contains("aws")) {
                continue; // the AWS rules know the exact formats; a generic match there is a near miss
            }
            if (!passes(rule.check(), value)) {
                continue;
            }
            out.add(new Finding(NAME, rule.type(), start, end, rule.confidence(), "matched rule " + rule.id()));
            hits[0]++;
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            m.group(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean passes(SecretRule.ValueCheck check, String value) {
        return switch (check) {
            case NONE -> true;
            case NOT_PLACEHOLDER -> !SecretValues.isReference(value);
            case PASSWORD_LIKE -> !SecretValues.isReference(value) && !SecretValues.isPlaceholder(value)
                    && SecretValues.isPasswordLike(value);
            case RANDOM -> SecretValues.isRandom(value);
            case BASE64_PRIVATE_KEY -> SecretValues.decodesToPrivateKey(value);
        };
    }

    private static List<Finding> resolve(List<Finding> candidates) {
        candidates.sort(Comparator.comparingDouble(Finding::confidence).reversed()
                .thenComparing(Comparator.comparingInt(Finding::length).reversed()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : candidates) {
            if (kept.stream().noneMatch(k -> k.overlaps(f))) {
                kept.add(f);
            }
        }
        return kept;
    }
}
