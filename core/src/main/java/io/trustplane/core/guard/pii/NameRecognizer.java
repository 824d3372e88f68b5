package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names and locations, the PII without structure. A statistical NER model would do better on
 * free text; this recogniser is the dependable, explainable baseline that runs in microseconds:
 *
 * <ul>
 *   <li><b>PERSON</b>: a run of capitalised words that starts with a known first name and continues with
 *       a known last name or another capitalised word (0.75), a capitalised run after an honorific such as
 *       "Mr." or "Dr." (0.8), or a lone known first name after a cue such as "my name is" (0.6).
 *   <li><b>LOCATION</b>: street addresses (house number, street words, a street type such as "Ave", then
 *       optionally the unit, city, state and ZIP: 0.75) and known places from the gazetteer (countries,
 *       states, cities: 0.4, below the threshold: a place alone does not identify anyone).
 * </ul>
 *
 * <p>Words in {@link Gazetteer#NOT_NAMES} never count as names, which keeps sentence-initial words,
 * weekdays and months out.
 */
final class NameRecognizer {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "mister", "lady", "lord", "rev", "herr", "frau", "monsieur", "madame", "señor", "señora", "sr", "sra");
    private static final Pattern NAME_CUE = Pattern.compile(
            "(?i)(?:my name is|i am|i'm|this is|name:|named|called|dear|hi|hello|thanks,?|regards,?|sincerely,?)\\s*$");
    private static final String STREET_TYPES = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|"
            + "Place|Pl|Square|Sq|Way|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Alley|Row|Crescent|"
            + "Close|Plaza|Walk|Gardens|Grove|Hill|Mews|Path|Pike|Loop|Run|Strasse|Straße|Str|Rue|Via|Calle|Avenida";
    private static final Set<String> STREET_TYPE_WORDS = Set.of(STREET_TYPES.split("\\|"));
    private static final Pattern STREET = Pattern.compile("\\b\\d{1,6}[A-Za-z]?,? (?:[\\p{Lu}\\d][\\p{L}\\d'.-]* ){0,4}(?:"
            + STREET_TYPES + ")\\b\\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|#)\\.? ?[\\dA-Za-z-]{1,6})?"
            + "(?:,?\\s{1,3}(?:\\p{Lu}[\\p{L}.'-]+ ?){1,3}(?:,? [A-Z]{2})?(?: \\d{5}(?:-\\d{4})?)?)?");

    /**
     * A country or city on its own ("the capital of France") is not personal data; it is reported for
     * context and redaction policies but stays below the threshold. Street addresses are flagged.
     */
    static final double PLACE_CONFIDENCE = 0.4;
    private static final int MAX_STREET_WINDOWS = 64;

    private record Word(int start, int end, String lower) {
    }

    private NameRecognizer() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.upper() == 0) {
            return;
        }
        int streets = 0;
        int scannedUpTo = 0;
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.start() < scannedUpTo || streets >= MAX_STREET_WINDOWS) {
                continue; // inside the previous address, or enough tried: keeps hostile texts linear
            }
            // a house number: 1-6 digits followed by a space and a capitalised word or a digit
            int after = run.end();
            if (run.digits() > 6 || after + 1 >= text.length() || text.charAt(after) != ' '
                    && !(text.charAt(after) == ',' || Character.isLetter(text.charAt(after)))) {
                continue;
            }
            if (!mayStartStreet(text, after)) {
                continue;
            }
            streets++;
            Matcher m = STREET.matcher(text.substring(run.start(), Math.min(text.length(), run.start() + 200)));
            if (m.find() && m.start() == 0) {
                scannedUpTo = run.start() + m.end();
                int end = run.start() + m.end();
                while (end > run.start() && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ' ')) {
                    end--;
                }
                out.add("LOCATION", run.start(), end, 0.75, "street address");
            }
        }
        EuropeanStreets.find(text, shape, out);
        List<Word> words = words(text);
        int i = 0;
        while (i < words.size()) {
            int next = person(text, words, i, out);
            if (next == i) {
                next = place(text, words, i, out);
            }
            i = Math.max(next, i + 1);
        }
    }

    /**
     * Whether a street type ("Ave", "Road", ...) follows within five capitalised words of a house number:
     * the cheap test that keeps the street pattern off "24 months" and "3 pm".
     */
    private static boolean mayStartStreet(String text, int from) {
        int i = from;
        int n = text.length();
        for (int word = 0; word < 5; word++) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n || !(Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)))) {
                return false;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
                i++;
            }
            if (STREET_TYPE_WORDS.contains(text.substring(start, i))) {
                return true;
            }
            if (i < n && text.charAt(i) == '.') {
                i++;
            }
            if (i >= n || text.charAt(i) != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Tries a person starting at word i; returns the index after it, or i when there is none. */
    private static int person(String text, List<Word> words, int i, Candidates out) {
        Word w = words.get(i);
        String lower = stripDot(w.lower());
        if (HONORIFICS.contains(lower)) {
            int end = run(text, words, i + 1, 3);
            if (end > i + 1 && !Gazetteer.NOT_NAMES.contains(words.get(i + 1).lower())) {
                out.add("PERSON", words.get(i + 1).start(), words.get(end - 1).end(), 0.8, "name after an honorific");
                return end;
            }
            return i;
        }
        if (Gazetteer.NOT_NAMES.contains(lower) || w.lower().length() < 2 || Gazetteer.GREETINGS_AND_POSSESSIVES.contains(lower)) {
            return i; // "Mi NIE es …": "Mi" is a listed first name, and Spanish for "my"
        }
        if (!Gazetteer.FIRST_NAMES.contains(lower)) {
            // an unknown capitalised word followed by a known last name: "Krisztián Szöllösy"
            int end = run(text, words, i + 1, 2);
            if (end > i + 1 && Gazetteer.LAST_NAMES.contains(stripDot(words.get(end - 1).lower()))
                    && !Gazetteer.PLACES.contains(lower) && !startsSentence(text, w.start())) {
                out.add("PERSON", w.start(), words.get(end - 1).end(), 0.65, "capitalised word and last name");
                return end;
            }
            return i;
        }
        int end = run(text, words, i + 1, 3);
        if (end > i + 1) {
            boolean knownLast = false;
            for (int k = i + 1; k < end; k++) {
                String l = stripDot(words.get(k).lower());
                knownLast |= Gazetteer.LAST_NAMES.contains(l) || Gazetteer.FIRST_NAMES.contains(l) || l.length() == 1;
            }
            if (knownLast) {
                out.add("PERSON", w.start(), words.get(end - 1).end(), 0.75, "first and last name");
                return end;
            }
        }
        if (NAME_CUE.matcher(text.substring(Math.max(0, w.start() - 24), w.start())).find()) {
            out.add("PERSON", w.start(), w.end(), 0.6, "first name after a cue");
            return i + 1;
        }
        return i;
    }

    /** Index after the run of up to {@code max} capitalised words adjacent to each other from {@code from}. */
    private static int run(String text, List<Word> words, int from, int max) {
        int end = from;
        while (end < words.size() && end - from < max) {
            Word prev = words.get(end - 1);
            Word cur = words.get(end);
            if (!adjacent(text, prev, cur) || Gazetteer.NOT_NAMES.contains(stripDot(cur.lower()))) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Separated by one space, or by ". " after an initial or an honorific ("J. Smith", "Dr. Who"). */
    private static boolean adjacent(String text, Word a, Word b) {
        String gap = text.substring(a.end(), b.start());
        if (gap.equals(" ")) {
            return true;
        }
        return gap.equals(". ") && (a.end() - a.start() == 1 || HONORIFICS.contains(a.lower()));
    }

    private static int place(String text, List<Word> words, int i, Candidates out) {
        // longest known place of up to MAX_PLACE_WORDS adjacent capitalised words
        for (int n = Math.min(Gazetteer.MAX_PLACE_WORDS, words.size() - i); n >= 1; n--) {
            int last = i + n - 1;
            boolean contiguous = true;
            for (int k = i + 1; k <= last; k++) {
                contiguous &= adjacent(text, words.get(k - 1), words.get(k));
            }
            if (!contiguous) {
                continue;
            }
            String name = text.substring(words.get(i).start(), words.get(last).end()).toLowerCase(Locale.ROOT);
            if (Gazetteer.PLACES.contains(name) && !(n == 1 && Gazetteer.NOT_NAMES.contains(name)) && name.length() > 2) {
                out.add("LOCATION", words.get(i).start(), words.get(last).end(), PLACE_CONFIDENCE, "known place name");
                return i + n;
            }
        }
        return i;
    }

    /**
     * Capitalised words: an upper-case letter at a word start, then letters, apostrophes and hyphens
     * (ending in a letter); a lone capital may keep a following dot as an initial ("J."). Hand-written:
     * this runs on every text, and a regex engine would cost ten times more.
     */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && words.size() < 20_000) {
            int cp = text.codePointAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
            if (!wordStart || !Character.isUpperCase(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            int lastLetterEnd = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetter(c)) {
                    i += Character.charCount(c);
                    lastLetterEnd = i;
                } else if (c == '\'' || c == '-') {
                    i++;
                } else {
                    break;
                }
            }
            int end = lastLetterEnd;
            if (end - start == Character.charCount(cp) && end < n && text.charAt(end) == '.') {
                end++; // an initial
            }
            if (end < n && Character.isDigit(text.charAt(end))) {
                i = end;
                continue; // part of a code such as "A12", not a word
            }
            words.add(new Word(start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
            i = Math.max(i, end);
        }
        return words;
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n:\"".indexOf(text.charAt(i)) >= 0;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
