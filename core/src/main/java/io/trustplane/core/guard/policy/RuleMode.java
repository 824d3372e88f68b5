package io.trustplane.core.guard.policy;

import java.util.Locale;

/** Whether a rule's action is applied, or only recorded (to try a rule on live traffic first). */
public enum RuleMode {
    ENFORCE,
    MONITOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleMode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
