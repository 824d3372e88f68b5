package io.trustplane.core.guard.output;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.text.Keywords;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a model declining a request ("I'm sorry, but I can't help with that"). A refusal is not a
 * risk in itself, so it is reported with a confidence of {@link #CONFIDENCE}, below the default threshold:
 * it shows up in findings and stats (a jump in refusals often means an attack campaign or a broken
 * prompt) and policies can match it via {@code "REFUSAL" in types}, but it does not flag the output.
 *
 * <p>Only the opening of the output is read: refusals come first, and a long answer that merely
 * mentions "I can't" later is not one. Refusals in German, French, Spanish, Italian, Portuguese, Dutch,
 * Russian, Chinese and Japanese are recognised too ("Es tut mir leid, aber ich kann dabei nicht helfen").
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
     * The same "I cannot help / provide / answer" in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Chinese
     * and Japanese, since models answer in the user's language. A pattern of its own, with words of its own, so that
     * English answers do not pay for its automaton.
     */
    private static final Pattern OTHER_LANGUAGES = Pattern.compile("(?i)"
            + "\\bich (?:kann|darf) (?:dir |ihnen |euch )?(?:dabei |damit |hierbei |hierzu |bei dieser anfrage |diese anfrage )?"
            + "(?:leider )?nicht (?:helfen|behilflich sein|erfüllen|beantworten|nachkommen|unterstützen|bereitstellen|erstellen)"
            + "|\\b(?:das|dabei|hierbei|damit) kann ich (?:dir |ihnen )?(?:leider )?nicht (?:helfen|tun|machen|beantworten)"
            + "|\\bje ne (?:peux pas|puis pas|suis pas en mesure de|suis pas autorisée? à) (?:vous |t'|te |y )?"
            + "(?:aider|répondre|fournir|assister|donner|satisfaire|accéder|créer|générer)"
            + "|\\bno (?:puedo|me es posible) (?:ayudarte|ayudarle|ayudar|proporcionar|cumplir|responder|asistir|brindar|dar|crear|generar)"
            + "|\\bnon (?:posso|sono in grado di) (?:aiutarti|aiutarla|aiutare|fornire|rispondere|soddisfare|assisterti|creare|generare)"
            + "|\\bnão (?:posso|consigo) (?:te |lhe )?(?:ajudar|fornecer|responder|atender|cumprir|criar|gerar)"
            + "|\\bik kan (?:je |u |jou )?(?:daar |hiermee |daarmee |hierbij |daarbij )?niet (?:mee )?(?:helpen|voldoen|beantwoorden|assisteren)"
            + "|я не (?:могу|в состоянии) (?:помочь|выполнить|предоставить|ответить|создать|удовлетворить)"
            + "|(?:抱歉|对不起|很抱歉|不好意思)[，,]?\\s*(?:但是?)?我(?:无法|不能)(?:帮助|帮|提供|协助|满足|回答|完成)"
            + "|申し訳(?:あり|ござい)ませんが[^。\\n]{0,40}(?:できません|いたしかねます)");

    /**
     * Words one of which every match of {@link #REFUSAL} contains (each alternative needs a "cannot" phrase, "as an ai",
     * "decline" or "against"). RE2/J runs its automaton over every character for the whole alternation, which made this
     * check the guard scanner's largest cost on answers; most answers contain none of these words and skip it.
     */
    private static final List<String> REQUIRED_WORDS = List.of("cannot", "can not", "can't", "cant", "won't", "wont", "will not",
            "unable", "not able", "not allowed", "decline", "as an ai", "against");
    /** The same for {@link #OTHER_LANGUAGES}. */
    private static final List<String> OTHER_LANGUAGE_WORDS = List.of("nicht", "je ne", "no puedo", "no me es posible", "non posso",
            "non sono in grado", "não posso", "não consigo", "niet", "я не", "无法", "不能", "申し訳");

    private RefusalCheck() {
    }

    static void find(String text, List<Finding> out) {
        String opening = (text.length() > OPENING ? text.substring(0, OPENING) : text).replace('\u2019', '\'');
        String lower = opening.toLowerCase(Locale.ROOT);
        boolean found = Keywords.anyIn(lower, REQUIRED_WORDS) && match(REFUSAL, opening, out);
        if (!found && Keywords.anyIn(lower, OTHER_LANGUAGE_WORDS)) match(OTHER_LANGUAGES, opening, out);
    }

    /** Whether the word checks let the patterns run on {@code opening}. */
    static boolean mayRefuse(String opening) {
        String lower = opening.toLowerCase(Locale.ROOT);
        return Keywords.anyIn(lower, REQUIRED_WORDS) || Keywords.anyIn(lower, OTHER_LANGUAGE_WORDS);
    }

    /** The patterns alone, without the word checks (for the test that the checks never hide a match). */
    static void match(String opening, List<Finding> out) {
        if (!match(REFUSAL, opening, out)) match(OTHER_LANGUAGES, opening, out);
    }

    private static boolean match(Pattern pattern, String opening, List<Finding> out) {
        Matcher m = pattern.matcher(opening);
        if (!m.find()) return false;
        out.add(new Finding(OutputDetector.NAME, "REFUSAL", m.start(), m.end(), CONFIDENCE, "the model declined the request"));
        return true;
    }
}
