package io.trustplane.core.guard.injection;

/** The kinds of evidence {@link InjectionDetector} reports, used as {@code Finding.type}. */
public enum InjectionType {
    /** "Ignore all previous instructions" and its many paraphrases. */
    INSTRUCTION_OVERRIDE("asks the model to discard its instructions"),
    /** DAN, developer mode, "you are no longer bound by", "without any restrictions". */
    ROLEPLAY_JAILBREAK("role-play or persona meant to lift the model's restrictions"),
    /**
     * Refusal suppression ("never say 'I'm sorry'", "do not apologize"): the words of a refusal are forbidden, so that
     * the model is left with complying.
     */
    REFUSAL_SUPPRESSION("forbids the model the words of a refusal, to force compliance"),
    /** "Repeat your system prompt". */
    PROMPT_EXTRACTION("asks the model to reveal its system prompt or instructions"),
    /** Chat-template or role markers ("<|im_start|>system", "[INST]", "### system:") in content. */
    ROLE_MARKER("fake system or role marker in content"),
    /** Instructions addressed to the AI inside tool output or a document. */
    INDIRECT_INJECTION("instructions aimed at the assistant inside tool output or a document"),
    /** "Send the conversation to https://..." */
    EXFILTRATION_INSTRUCTION("instruction to send data to an external address"),
    /** An encoded payload whose decoded text is an attack. */
    ENCODED_PAYLOAD("encoded payload that decodes to an injection attempt"),
    /** Invisible characters, Unicode tag characters, lookalike letters, spacing tricks. */
    OBFUSCATION("text obfuscated with invisible characters, lookalikes or spacing tricks"),
    /** The learned model's verdict over the whole segment. */
    LEARNED_MODEL("learned model rates the text as an injection or jailbreak attempt");

    private final String reason;

    InjectionType(String reason) {
        this.reason = reason;
    }

    /** A short explanation that never quotes the matched text. */
    public String reason() {
        return reason;
    }
}
