package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.text.Keywords;
import java.util.List;

/**
 * Identifiers that have no checksum and look like many other things, so they are reported only after
 * a word that names them: dates of birth ("born", "DOB"), passport numbers and driver-licence numbers.
 * The value must follow its cue within a few characters ("passport number: X1234567"). The cues are also
 * written in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian and Turkish ("geboren am",
 * "date de naissance", "número de pasaporte", "Führerschein"), since forms and chat messages name these
 * values in their own language while the values look the same everywhere.
 *
 * <p>RE2/J's {@code \b} is an ASCII word boundary, so a cue that starts or ends with a non-ASCII letter is not
 * bounded by it; the value pattern, which must follow the cue after at most a few separators, bounds its end.
 */
final class ContextualIds {
    private static final Pattern DOB_CUE = Pattern.compile("(?i)(?:\\b(?:born(?: on| in)?|birth ?date|date of birth|"
            + "d\\.?o\\.?b\\.?|birthday|geboren(?: am| op)?|geburtsdatum|geb\\.(?: am)?|geboortedatum|"
            + "née? le|date de naissance|nacid[oa](?: el)?|fecha de nacimiento|nat[oa] il|data di nascita|"
            + "nascid[oa](?: em)?|data de nascimento|data urodzenia|urodzon[ya])|doğum tarihi|дата рождения|"
            + "родил(?:ся|ась))");
    /**
     * Lower-case stems of which a text must contain one before the date-of-birth cue runs: no stem common in English
     * text ("pass" of "password", "condu" of "conduct", "guida" of "guidance"), or the pattern would run on most texts.
     */
    private static final List<String> DOB_STEMS = List.of("born", "birth", "dob", "d.o.b", "geb", "né", "naissance", "nacid",
            "nacimiento", "nato il", "nata il", "nascita", "nascid", "nascimento", "urodz", "doğum", "рожд", "родил");
    /** German and Dutch put the verb last: "ich bin am 12.03.1985 geboren", "ik ben op 12-03-1985 geboren". */
    private static final Pattern DATE_THEN_BORN = Pattern.compile(
            "(?i)\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2})\\s+(?:in [^\\s,.]{2,40} )?geboren\\b");
    private static final Pattern DATE = Pattern.compile("(?i)^[\\s:,=-]{0,4}(?:is |was |on |ist |est |es |è |é |op |am )?("
            + "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "|(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
            + "(?: \\d{1,2}(?:st|nd|rd|th)?)?,? \\d{4}"
            // "12. März 1985", "1er mars 1985", "12 de marzo de 1985", "12 maggio 1985", "12 de março de 1985", "12 mei 1985"
            + "|\\d{1,2}(?:\\.|er)? (?:de )?(?:januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|"
            + "avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            + "septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
            + "dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|"
            + "augustus|april|august|september|november|december) (?:de )?\\d{4})");
    private static final Pattern PASSPORT_CUE = Pattern.compile("(?i)(?:\\bpassport(?: ?(?:no\\.?|number|num|#|id))?|"
            + "\\b(?:reisepass|pass)(?:nummer|-nr\\.?| ?nr\\.?)|\\breisepass|"
            + "\\b(?:num[ée]ro de |n[°º] ?de |no\\.? de |numero di |n\\. )?(?:passeport|pasaporte|passaporto|passaporte)|"
            + "\\bpaspoort(?:nummer)?|\\b(?:numer )?paszportu?|(?:номер )?паспорта?|pasaport(?: no| numarası)?)");
    private static final List<String> PASSPORT_STEMS = List.of("passport", "passnummer", "pass-nr", "pass nr", "reisepass",
            "passeport", "pasaporte", "passaporto", "passaporte", "pasaport", "paspoort", "paszport", "паспорт");
    private static final Pattern DL_CUE = Pattern.compile(
            "(?i)\\b(?:driver'?s?|driving)[ -]?licen[cs]e(?: ?(?:no\\.?|number|num|#|id))?|\\bDL ?(?:#|no\\.?|number)|"
                    + "f(?:ü|ue)hrerschein(?:nummer|-nr\\.?| ?nr\\.?)?|\\bpermis de conduire|"
                    + "\\b(?:licencia|carn[eé]t?|permiso) de conducir|\\bpatente di guida|\\bcarta de condu[çc][ãa]o|"
                    + "\\brijbewijs(?:nummer)?|\\bprawo jazdy|водительское удостоверение|ehliyet(?: no)?");
    private static final List<String> DL_STEMS = List.of("licen", "hrerschein", "conduire", "conducir", "di guida", "de condu",
            "rijbewijs", "jazdy", "водительск", "ehliyet");
    private static final Pattern ID_VALUE = Pattern.compile(
            "^[\\s:,=#-]{0,4}(?:is |was |of |ist |est |es |è |é )?(?:number |no\\.? |nr\\.? |n[°º]\\.? ?|# ?)?([A-Za-z0-9][A-Za-z0-9-]{4,19})");

    private ContextualIds() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.digits() < 4) {
            return;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (Keywords.anyIn(lower, DOB_STEMS)) {
            cue(text, DOB_CUE, DATE, "DATE_OF_BIRTH", 0.85, "date of birth", 0, out);
            if (lower.contains("geboren")) {
                Matcher m = DATE_THEN_BORN.matcher(text);
                for (int hits = 0; hits < 32 && m.find(); hits++) {
                    out.add("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85, "date of birth");
                }
            }
        }
        if (Keywords.anyIn(lower, PASSPORT_STEMS)) {
            cue(text, PASSPORT_CUE, ID_VALUE, "PASSPORT", 0.8, "passport number", 1, out);
        }
        if (Keywords.anyIn(lower, DL_STEMS) || text.contains("DL")) {
            cue(text, DL_CUE, ID_VALUE, "DRIVER_LICENSE", 0.8, "driver licence number", 4, out);
        }
    }

    private static void cue(String text, Pattern cue, Pattern value, String type, double confidence, String reason,
            int minDigits, Candidates out) {
        Matcher c = cue.matcher(text);
        int hits = 0;
        while (c.find() && hits < 32) {
            int from = c.end();
            String after = text.substring(from, Math.min(text.length(), from + 48));
            Matcher v = value.matcher(after);
            if (!v.find()) {
                continue;
            }
            int start = from + v.start(1);
            int end = from + v.end(1);
            while (end > start && text.charAt(end - 1) == '-') {
                end--;
            }
            if (StructuredRecognizers.digitsOf(text, start, end).length() < minDigits) {
                continue;
            }
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            out.add(type, start, end, confidence, reason);
            hits++;
        }
    }
}
