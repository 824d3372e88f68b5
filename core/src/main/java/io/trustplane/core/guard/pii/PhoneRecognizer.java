package io.trustplane.core.guard.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phone numbers via libphonenumber's matcher, which knows every country's numbering plan. International
 * numbers ({@code +44 ...}, {@code 0044 ...}) are found whatever the region; national formats are tried
 * for a few regions with distinctive plans. A number that is valid in its plan is reported with
 * confidence 0.85; one that only has a possible length counts when it is written like a phone number
 * (grouped with separators, parentheses or a leading +) or follows a word such as "phone" or "call"
 * (0.6): random digit runs (order numbers, amounts) are neither.
 */
final class PhoneRecognizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of("US", "GB", "AU", "DE", "IN");
    private static final Set<String> CUES = Set.of("phone", "tel", "telephone", "mobile", "cell", "fax", "call", "text",
            "whatsapp", "contact", "office", "number", "reach", "dial", "sms", "ph", "answering", "ring", "landline",
            "hotline", "helpline", "ext", "extension", "callback", "calling", "phoned", "pager", "telefon", "telefono");
    /** Words right after a number that say what kind of line it is: "25 833387 office", "(69) 948-538-Office". */
    private static final Set<String> TRAILING_CUES = Set.of("office", "mobile", "cell", "home", "work", "fax", "landline",
            "phone", "tel");
    /** "order number 4471-2290" and "card # 503890547220" are not phone numbers. */
    private static final Set<String> NOT_PHONE_NUMBERS = Set.of("order", "account", "invoice", "tracking", "reference",
            "case", "ticket", "serial", "model", "part", "item", "confirmation", "booking", "policy", "customer", "member",
            "card", "cc", "acct", "iban", "pin", "otp", "routing", "sku");
    /** Words between such a noun and its number: "card number is 6304...", "order no. 4471". */
    private static final Set<String> FILLERS = Set.of("number", "no", "nr", "is", "was", "my", "the", "of", "for", "with",
            "ending", "in", "id");
    /**
     * Local numbers as people write them, which libphonenumber cannot place in any plan without a country:
     * "(37) 788-063", "78 651 450", "71-33-52-22", "9885 1152", "96 228011", "449 4898", "33 93 31". Only used with a cue
     * before or after the number, since the same shapes are amounts, codes and parts of addresses otherwise.
     */
    private static final Pattern LOCAL_SHAPE = Pattern.compile("\\(\\d{2,4}\\) ?\\d{3}-\\d{3,4}|\\d{2}(?:[ -]\\d{2}){2,3}"
            + "|\\d{2,3} \\d{2,3} \\d{3}|\\d{3,4}[ -]\\d{4}|\\d{2} \\d{6}");
    private static final int MAX_WINDOWS = 256;
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}$");
    private static final Pattern PHONE_SHAPE = Pattern.compile("^(?:\\+|\\(|00)|\\d[ .-]\\d|\\)\\s?\\d");

    private PhoneRecognizer() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.digits() < 6) {
            return;
        }
        // libphonenumber's matcher is thorough but slow on long texts, so it only ever sees short windows
        // around the digit runs found in one pass by TextShape, and only as many regions as it takes.
        int windows = 0;
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.digits() < 6 || run.digits() > 20 || run.dotted() && run.digits() <= 12 && looksLikeIp(text, run)
                    || namedAsOtherNumber(text, run.start())) {
                continue;
            }
            boolean plus = run.start() > 0 && (text.charAt(run.start() - 1) == '+'
                    || text.charAt(run.start() - 1) == '(' && run.start() > 1 && text.charAt(run.start() - 2) == '+');
            boolean international = plus || text.startsWith("00", run.start());
            boolean cue = hasCue(text, Math.max(0, run.start() - 40), run.start()) || hasTrailingCue(text, run.end());
            if (run.digits() < 9 && !international && !cue) {
                continue; // short national numbers look like parts of addresses, codes and amounts
            }
            if (windows++ >= MAX_WINDOWS) {
                break;
            }
            int from = Math.max(0, run.start() - 4);
            int to = Math.min(text.length(), run.end() + 12);
            boolean found = false;
            if (run.digits() >= 7) {
                // a number written with + reads the same in every region; the first region that finds one wins
                for (String region : plus ? List.of("US") : REGIONS) {
                    if (window(text, from, to, region, out)) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found && cue && !international) {
                localShapes(text, run, out);
            }
        }
    }

    /** Local-format numbers inside a digit run with a phone cue before or after it, where no numbering plan placed one. */
    private static void localShapes(String text, TextShape.DigitRun run, Candidates out) {
        int from = run.start() > 0 && text.charAt(run.start() - 1) == '(' ? run.start() - 1 : run.start();
        Matcher m = LOCAL_SHAPE.matcher(text.substring(from, run.end()));
        while (m.find()) {
            int start = from + m.start();
            int end = from + m.end();
            boolean digitBefore = start > 0 && Character.isDigit(text.charAt(start - 1));
            boolean digitAfter = end < text.length() && (Character.isDigit(text.charAt(end))
                    || end + 1 < text.length() && "-.".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1)));
            if (!digitBefore && !digitAfter && !out.overlapsAny(start, end)
                    && !DATE_SHAPE.matcher(text.substring(start, end)).find()) {
                out.add("PHONE_NUMBER", start, end, 0.6, "local phone-number-shaped digits next to a phone cue");
            }
        }
    }

    /** Whether a word such as "office" or "mobile" follows the number: "25 833387 office", "(69) 948-538-Office". */
    static boolean hasTrailingCue(String text, int end) {
        int i = end;
        int limit = Math.min(text.length(), end + 4);
        while (i < limit && " -,(/".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        while (i < text.length() && i - start <= 9 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > start && (i == text.length() || !Character.isLetter(text.charAt(i)))
                && TRAILING_CUES.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words right before the number name another kind of number: "card number is 6304...", "cc 5038...",
     * "order no. 4471-2290". Up to three words back, skipping words such as "number" and "is".
     */
    static boolean namedAsOtherNumber(String text, int start) {
        int i = start;
        for (int words = 0; words < 4 && i > 0; words++) {
            while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                if (start - i > 24) {
                    return false;
                }
                i--;
            }
            int end = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1)) && end - i <= 12) {
                i--;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (NOT_PHONE_NUMBERS.contains(word)) {
                return true;
            }
            if (!FILLERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of the cue words ("phone", "call", ...) occurs in the text between from and to. */
    static boolean hasCue(String text, int from, int to) {
        int i = from;
        String previous = "";
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start > 12) {
                previous = "";
                continue; // longer than any cue or excluding word
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (CUES.contains(word) && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && !(word.equals("number") && NOT_PHONE_NUMBERS.contains(previous))) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private static boolean looksLikeIp(String text, TextShape.DigitRun run) {
        String s = text.substring(run.start(), run.end());
        return s.chars().filter(c -> c == '.').count() == 3 && s.indexOf(' ') < 0;
    }

    /** Runs the matcher over one window in one region; true when it reported a number. */
    private static boolean window(String text, int from, int to, String region, Candidates out) {
        String part = text.substring(from, to);
        boolean found = false;
        for (PhoneNumberMatch match : UTIL.findNumbers(part, region, PhoneNumberUtil.Leniency.POSSIBLE, 10)) {
            int start = from + match.start();
            int end = from + match.end();
            if (out.overlapsAny(start, end)) {
                continue;
            }
            String raw = match.rawString();
            int paren = raw.indexOf('(');
            if (paren > 0 && !raw.startsWith("+") && !raw.startsWith("00")
                    && StructuredRecognizers.digitsOf(raw, 0, paren).length() >= 3) {
                // "Budapest 34796 (37) 788-063": an area code in parentheses opens the number; digits before it
                // (a postcode) are not part of it, while a country code such as the "1" of "1 (800) ..." is
                start += paren;
                raw = raw.substring(paren);
                if (out.overlapsAny(start, end)) {
                    continue;
                }
            }
            if (DATE_SHAPE.matcher(raw).find() || (end < text.length() && text.charAt(end) == ':')) {
                continue; // dates and times, not phone numbers
            }
            int digits = StructuredRecognizers.digitsOf(raw, 0, raw.length()).length();
            if (digits < 7 || digits > 15 + 6) {
                continue;
            }
            boolean valid = UTIL.isValidNumber(match.number());
            boolean shaped = PHONE_SHAPE.matcher(raw).find();
            boolean context = hasCue(text, Math.max(0, start - 40), start);
            boolean international = raw.startsWith("+") || raw.startsWith("00");
            if (digits < 9 && !context && !international) {
                continue; // short national numbers look like parts of addresses, codes and amounts
            }
            if (valid && (shaped || context)) {
                out.add("PHONE_NUMBER", start, end, 0.85, "phone number");
            } else if (shaped && (context || digits >= 10)) {
                out.add("PHONE_NUMBER", start, end, 0.6, "phone-number-shaped digits");
            } else if (valid) {
                out.add("PHONE_NUMBER", start, end, 0.45, "digits valid as a phone number");
            } else {
                continue;
            }
            found = true;
        }
        return found;
    }
}
