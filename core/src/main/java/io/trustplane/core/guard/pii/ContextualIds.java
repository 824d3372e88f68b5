package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Identifiers that have no checksum and look like many other things, so they are reported only after
 * a word that names them: dates of birth ("born", "DOB"), passport numbers and driver-licence numbers.
 * The value must follow its cue within a few characters ("passport number: X1234567").
 */
final class ContextualIds {
    private static final Pattern DOB_CUE = Pattern.compile(
            "(?i)\\b(?:born(?: on| in)?|birth ?date|date of birth|d\\.?o\\.?b\\.?|birthday)\\b");
    private static final Pattern DATE = Pattern.compile("(?i)^[\\s:,=-]{0,4}(?:is |was |on )?("
            + "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "|(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
            + "(?: \\d{1,2}(?:st|nd|rd|th)?)?,? \\d{4})");
    private static final Pattern PASSPORT_CUE = Pattern.compile(
            "(?i)\\bpassport(?: ?(?:no\\.?|number|num|#|id))?");
    private static final Pattern DL_CUE = Pattern.compile(
            "(?i)\\b(?:driver'?s?|driving)[ -]?licen[cs]e(?: ?(?:no\\.?|number|num|#|id))?|\\bDL ?(?:#|no\\.?|number)");
    private static final Pattern ID_VALUE = Pattern.compile(
            "^[\\s:,=#-]{0,4}(?:is |was |of )?(?:number |no\\.? |# ?)?([A-Za-z0-9][A-Za-z0-9-]{4,19})");

    private ContextualIds() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.digits() < 4) {
            return;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("born") || lower.contains("birth") || lower.contains("dob") || lower.contains("d.o.b")) {
            cue(text, DOB_CUE, DATE, "DATE_OF_BIRTH", 0.85, "date of birth", 0, out);
        }
        if (lower.contains("passport")) {
            cue(text, PASSPORT_CUE, ID_VALUE, "PASSPORT", 0.8, "passport number", 1, out);
        }
        if (lower.contains("licen") || text.contains("DL")) {
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
