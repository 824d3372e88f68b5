package io.trustplane.server.guard;

import java.util.List;

/**
 * A project's guard policy as the API sends and receives it.
 *
 * @param rules CEL rules in order; the most restrictive enforced match decides
 * @param redaction how {@code redact} decisions replace findings: mask, type_tag, pseudonym or hash
 */
public record PolicyDocument(List<Rule> rules, String redaction) {

    /** One rule: {@code {"id", "description", "when", "action", "mode"}}; mode defaults to enforce. */
    public record Rule(String id, String description, String when, String action, String mode) {
    }
}
