package io.trustplane.core.guard.policy;

import java.util.Locale;

/** What to do with a request, from least to most restrictive. When rules disagree, the most restrictive wins. */
public enum Action {
    /** Let it through unchanged. */
    ALLOW,
    /** Let it through unchanged, but record it for review. */
    FLAG,
    /** Let it through with PII, secrets and custom-rule matches replaced. */
    REDACT,
    /** Refuse it. */
    BLOCK;

    public boolean moreRestrictiveThan(Action other) {
        return ordinal() > other.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Action parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
