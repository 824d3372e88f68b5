package io.trustplane.core.guard.secrets;

import com.google.re2j.Matcher;
import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds credentials. Name {@code secrets}. Runs {@link SecretRules#ALL}: each rule's RE2/J pattern runs only
 * when one of its keywords occurs in the lower-cased text, so a text without any credential-like keyword
 * costs one lower-casing and a few {@code indexOf} calls. Findings span the secret value only (not the key
 * name), so redaction keeps the text readable; reasons name the rule, never the value. Overlapping matches
 * keep the most confident (a provider rule beats a generic one). Texts longer than
 * {@link #MAX_SCANNED_CHARS} are scanned on that prefix. Thread-safe; never throws.
 */
public final class SecretsDetector implements Detector {
    public static final String NAME = "secrets";
    public static final double DEFAULT_THRESHOLD = 0.5;
    static final int MAX_SCANNED_CHARS = 256 * 1024;
    static final int MAX_MATCHES_PER_RULE = 32;

    private final List<SecretRule> rules;
    private final double threshold;

    SecretsDetector(List<SecretRule> rules, double threshold) {
        this.rules = List.copyOf(rules);
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
        for (SecretRule rule : rules) {
            if (!prefilter(rule, lower)) {
                continue;
            }
            try {
                match(rule, text, candidates);
            } catch (RuntimeException e) {
                // one rule failing on odd input must not hide what the others find
            }
        }
        return DetectorResult.of(NAME, resolve(candidates), threshold);
    }

    private static boolean prefilter(SecretRule rule, String lower) {
        if (rule.keywords().isEmpty()) {
            return true;
        }
        for (String keyword : rule.keywords()) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static void match(SecretRule rule, String text, List<Finding> out) {
        Matcher m = rule.pattern().matcher(text);
        int hits = 0;
        while (hits < MAX_MATCHES_PER_RULE && m.find()) {
            String group = m.group("s") != null ? "s" : hasGroup(m, "t") && m.group("t") != null ? "t" : null;
            if (group == null) {
                continue;
            }
            String value = m.group(group);
            if (rule.id().startsWith("generic.") && m.group().toLowerCase(Locale.ROOT).contains("aws")) {
                continue; // the AWS rules know the exact formats; a generic match there is a near miss
            }
            if (!passes(rule.check(), value)) {
                continue;
            }
            out.add(new Finding(NAME, rule.type(), m.start(group), m.end(group), rule.confidence(), "matched rule " + rule.id()));
            hits++;
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
