package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;

/**
 * Street addresses written the way continental Europe writes them, which {@link NameRecognizer}'s English rule
 * ("123 Main Street") does not read: the street type first and the house number last ("Calle Mayor 3", "Via Roma 10",
 * "Rua Augusta 100"), the type as a suffix of the name ("Hauptstraße 5", "Kerkstraat 12"), or the number first and a
 * lower-case type ("12 rue de la Paix"). The name after a type word must be capitalised, so "via email 3 times" and
 * "5 place settings" are not addresses. Runs on digit runs of one to four digits, and its patterns only where the word
 * before such a number is capitalised and a street type or suffix is near, or a French street type follows it.
 */
final class EuropeanStreets {
    /**
     * Types written before the name and number, lower case; French writes its number first ({@link #NUMBER_FIRST_TYPES}).
     * The words feed both the patterns and the cheap test in front of them.
     */
    private static final List<String> TYPE_FIRST_WORDS = List.of("calle", "c/", "avenida", "avda.", "plaza", "paseo", "camino",
            "carrer", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "rua", "praça", "travessa", "estrada",
            "alameda");
    /** Street types written as the end of the name: "Hauptstraße", "Kerkstraat". */
    private static final List<String> SUFFIXES = List.of("straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "straat",
            "laan", "plein", "gracht", "kade", "singel", "steeg", "dreef");
    /** The suffixes as the word before a number ends: the dot of "Chausseestr." goes with the separators. */
    private static final List<String> SUFFIX_ENDINGS = SUFFIXES.stream().map(suffix -> suffix.replace(".", "")).toList();
    /** French types, after the house number. */
    private static final List<String> NUMBER_FIRST_TYPES = List.of("rue", "avenue", "av.", "boulevard", "bd", "place", "chemin",
            "allée", "impasse", "quai", "cours");
    private static final String PARTICLES = "(?:de|del|de la|de los|de las|des|du|de l'|d'|la|le|les|el|los|las|di|della|dei|"
            + "degli|da|do|dos|das|van|van de|van der|der|den)";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'.-]*";
    private static final String NAME = "(?: " + PARTICLES + ")?(?: ?" + NAME_WORD + ")(?: (?:" + PARTICLES + " )?" + NAME_WORD + "){0,3}";
    private static final String SUFFIXED = "\\b\\p{Lu}[\\p{L}-]*(?:" + alternation(SUFFIXES) + ")";
    /** The street, then the house number at the end of the window: "Calle Mayor 3", "Hauptstraße 5a". */
    private static final Pattern NUMBER_LAST = Pattern.compile("(?:\\b(?i:" + alternation(TYPE_FIRST_WORDS) + ")" + NAME + "|"
            + SUFFIXED + ")(?:,)? (?:(?i:n[º°o])\\.? ?)?\\d{1,4}[a-zA-Z]?$");
    /** The house number, then the type and the name: "12 rue de la Paix", "3 bis, avenue Victor Hugo". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("^\\d{1,4}(?: ?(?:bis|ter|[a-zA-Z]))?,? (?i:"
            + alternation(NUMBER_FIRST_TYPES) + ")" + NAME);
    private static final int BEFORE = 60;
    private static final int AFTER = 80;
    private static final int MAX_RUNS = 64;

    private EuropeanStreets() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.upper() == 0 || shape.digits() == 0) {
            return;
        }
        int tried = 0;
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.digits() > 4 || run.dotted() || tried++ >= MAX_RUNS) {
                continue;
            }
            int s = run.start();
            int e = run.end();
            int from = s;
            while (from > 0 && s - from < BEFORE && text.charAt(from - 1) != '\n') {
                from--;
            }
            int numberEnd = afterSuffixLetter(text, e);
            if (TextShape.endsWord(text, numberEnd) && mayEndStreet(text, from, s)) {
                Matcher last = NUMBER_LAST.matcher(text.substring(from, numberEnd));
                if (last.find()) {
                    out.add("LOCATION", from + last.start(), numberEnd, 0.75, "street address");
                    continue;
                }
            }
            if (!frenchTypeFollows(text, numberEnd)) {
                continue;
            }
            int lineEnd = text.indexOf('\n', e);
            Matcher first = NUMBER_FIRST.matcher(text.substring(s, Math.min(lineEnd < 0 ? text.length() : lineEnd, s + AFTER)));
            if ((s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1))) && first.find()) {
                out.add("LOCATION", s, s + first.end(), 0.75, "street address");
            }
        }
    }

    /**
     * Whether the word before the number is capitalised and ends in a street suffix, or a street type word comes before it
     * in the window: RE2/J costs about a microsecond per character, so the pattern runs only where it can match.
     */
    private static boolean mayEndStreet(String text, int from, int numberStart) {
        int i = numberStart;
        while (i > from && " ,.º°".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        int wordEnd = i;
        while (i > from && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '.')) {
            i--;
        }
        if (i == wordEnd) {
            return false;
        }
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (word.equals("n") || word.equals("no")) { // "nº 12", "no. 12": the word before it counts
            return mayEndStreet(text, from, i);
        }
        if (!Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        for (String ending : SUFFIX_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        String window = text.substring(from, wordEnd).toLowerCase(Locale.ROOT);
        for (String type : TYPE_FIRST_WORDS) {
            if (TextShape.containsWord(window, type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a French street type follows the number (after "bis", "ter" or a letter, and a comma). */
    private static boolean frenchTypeFollows(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i - start == 3 && (text.regionMatches(true, start, "bis", 0, 3) || text.regionMatches(true, start, "ter", 0, 3))) {
            return frenchTypeFollows(text, i);
        }
        for (String type : NUMBER_FIRST_TYPES) {
            if (type.length() == i - start && text.regionMatches(true, start, type, 0, type.length())) {
                return true;
            }
        }
        return false;
    }

    /** The end of a house number with its letter ("5a"), if a letter follows the digits directly. */
    private static int afterSuffixLetter(String text, int end) {
        return end < text.length() && Character.isLetter(text.charAt(end)) && TextShape.endsWord(text, end + 1) ? end + 1 : end;
    }

    /** The words as a regex alternation, their dots literal. */
    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList());
    }
}
