package io.trustplane.core.guard.output;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.Finding;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a model declining a request ("I'm sorry, but I can't help with that"). A refusal is not a
 * risk in itself, so it is reported with a confidence of {@link #CONFIDENCE}, below the default threshold:
 * it shows up in findings and stats (a jump in refusals often means an attack campaign or a broken
 * prompt) and policies can match it via {@code "REFUSAL" in types}, but it does not flag the output.
 *
 * <p>Only the opening of the output is read: refusals come first, and a long answer that merely
 * mentions "I can't" later is not one.
 */
final class RefusalCheck {
    static final double CONFIDENCE = 0.3;
    private static final int OPENING = 600;
    private static final String CANNOT = "(?:can ?not|can'?t|won'?t|will not|am (?:not able|unable) to|'?m (?:not able|unable) to|must decline to|am not allowed to|'?m not allowed to)";
    private static final Pattern REFUSAL = Pattern.compile("(?i)"
            + "\\b(?:i'?m|i am) (?:really |very )?sorry,? (?:but )?(?:i|as an ai)\\b[^.!?\\n]{0,40}?" + CANNOT
            + "|\\bi apologi[sz]e,? but (?:i|as an ai)\\b[^.!?\\n]{0,40}?" + CANNOT
            + "|\\b(?:unfortunately,? )?i " + CANNOT + " (?:help|assist|comply|provide|fulfil+|do that|do this|create|generate|"
            + "write|answer|support|engage|share|give|produce|participate|continue|complete)\\b"
            + "|\\bas an ai(?: language model| assistant)?,? i (?:can ?not|can'?t|don'?t|do not|am not able|am unable)\\b"
            + "|\\bi (?:must|have to) (?:respectfully |politely )?decline\\b"
            + "|\\b(?:goes|is) against (?:my|the|openai'?s|anthropic'?s) (?:guidelines|policies|usage polic(?:y|ies)|principles)\\b");

    /**
     * Words one of which every match of {@link #REFUSAL} contains (each alternative needs a "cannot" phrase, "as an ai",
     * "decline" or "against"). RE2/J runs its automaton over every character for the whole alternation, which made this
     * check the guard scanner's largest cost on answers; most answers contain none of these words and skip it.
     */
    private static final List<String> REQUIRED_WORDS = List.of("cannot", "can not", "can't", "cant", "won't", "wont", "will not",
            "unable", "not able", "not allowed", "decline", "as an ai", "against");

    private RefusalCheck() {
    }

    static void find(String text, List<Finding> out) {
        String opening = (text.length() > OPENING ? text.substring(0, OPENING) : text).replace('\u2019', '\'');
        if (mayRefuse(opening)) match(opening, out);
    }

    static boolean mayRefuse(String opening) {
        String lower = opening.toLowerCase(Locale.ROOT);
        for (String word : REQUIRED_WORDS) {
            if (lower.contains(word)) return true;
        }
        return false;
    }

    /** The pattern alone, without the word check (for the test that the check never hides a match). */
    static void match(String opening, List<Finding> out) {
        Matcher m = REFUSAL.matcher(opening);
        if (m.find()) {
            out.add(new Finding(OutputDetector.NAME, "REFUSAL", m.start(), m.end(), CONFIDENCE, "the model declined the request"));
        }
    }
}
