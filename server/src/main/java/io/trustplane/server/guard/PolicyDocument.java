package io.trustplane.server.guard;

import java.util.List;

/**
 * A project's guard policy as the API sends and receives it.
 *
 * @param rules CEL rules in order; the most restrictive enforced match decides
 * @param redaction how {@code redact} decisions replace findings: mask, type_tag, pseudonym or hash
 * @param customRules the project's own phrase-list and regex detectors, reported as detector {@code custom}
 * @param gateway how the OpenAI-compatible gateway answers this policy's decisions; never null (defaults)
 */
public record PolicyDocument(List<Rule> rules, String redaction, List<CustomRuleSpec> customRules, Gateway gateway) {

    public PolicyDocument {
        customRules = customRules == null ? List.of() : List.copyOf(customRules);
        gateway = gateway == null ? Gateway.DEFAULTS : gateway;
    }

    public PolicyDocument(List<Rule> rules, String redaction, List<CustomRuleSpec> customRules) {
        this(rules, redaction, customRules, Gateway.DEFAULTS);
    }

    /**
     * The gateway's side of a policy. It lives in the policy, not in the gateway's upstream settings, because it is
     * part of what a decision does to a caller: it is versioned, audited and tested with the rules it answers for.
     *
     * @param onBlock {@code error}: a blocked call gets an OpenAI-shaped 400 error that the official clients raise;
     *     {@code refusal}: a normal-looking answer whose assistant message is {@code refusalMessage}
     * @param refusalMessage the assistant's text in refusal mode
     * @param restorePseudonyms when redaction is {@code pseudonym}, put the original values back in the answer in
     *     place of the placeholders the model saw (the provider never sees them; the caller, who sent them, does)
     */
    public record Gateway(String onBlock, String refusalMessage, boolean restorePseudonyms) {
        public static final String ON_BLOCK_ERROR = "error";
        public static final String ON_BLOCK_REFUSAL = "refusal";
        public static final String DEFAULT_REFUSAL = "I can't help with that request.";
        public static final Gateway DEFAULTS = new Gateway(ON_BLOCK_ERROR, DEFAULT_REFUSAL, false);

        public Gateway {
            onBlock = onBlock == null ? ON_BLOCK_ERROR : onBlock;
            refusalMessage = refusalMessage == null ? DEFAULT_REFUSAL : refusalMessage;
        }

        public boolean refuses() {
            return ON_BLOCK_REFUSAL.equals(onBlock);
        }
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
