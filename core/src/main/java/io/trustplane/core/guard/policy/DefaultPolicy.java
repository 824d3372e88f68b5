package io.trustplane.core.guard.policy;

import io.trustplane.core.guard.pii.PiiDetector;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policy a project has until it saves its own: block attacks and leaks, redact what must not reach
 * a model or a log, flag the rest for review.
 */
public final class DefaultPolicy {
    /** Identifiers whose exposure is harmful on its own, so they are redacted rather than only flagged. */
    public static final String SENSITIVE_PII = Stream.concat(
                    Stream.of("CREDIT_CARD", "US_SSN", "IBAN_CODE", "PASSPORT", "DRIVER_LICENSE", "CRYPTO_WALLET"),
                    PiiDetector.NATIONAL_ID_TYPES.stream())
            .map(type -> "'" + type + "'").collect(Collectors.joining(", ", "[", "]"));

    public static final List<PolicyRule> RULES = List.of(
            new PolicyRule("block-injection", "Prompt injection or jailbreak attempts, direct or hidden in documents and tool output.",
                    "flagged.injection", Action.BLOCK, RuleMode.ENFORCE),
            new PolicyRule("block-output-exfiltration", "Outputs that leak the system prompt or a canary, or smuggle data out through links, images or invisible characters.",
                    "flagged.output", Action.BLOCK, RuleMode.ENFORCE),
            new PolicyRule("redact-secrets", "Credentials and keys, in prompts or outputs.",
                    "flagged.secrets", Action.REDACT, RuleMode.ENFORCE),
            new PolicyRule("redact-sensitive-pii", "Payment cards, national and travel ids, bank accounts and wallets.",
                    "findings.exists(f, f.detector == 'pii' && f.type in " + SENSITIVE_PII + ")", Action.REDACT, RuleMode.ENFORCE),
            new PolicyRule("flag-pii", "Other personal data (names, contacts, addresses), recorded for review.",
                    "flagged.pii", Action.FLAG, RuleMode.ENFORCE),
            new PolicyRule("flag-custom", "Matches of the project's custom rules.",
                    "flagged.custom", Action.FLAG, RuleMode.ENFORCE));

    private DefaultPolicy() {
    }

    public static CompiledPolicy compiled() {
        try {
            return PolicyCompiler.compile(RULES, 0);
        } catch (PolicyValidationException e) {
            throw new IllegalStateException("the default policy does not compile: " + e.getMessage(), e);
        }
    }
}
