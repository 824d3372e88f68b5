package io.trustplane.core.guard.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.re2j.Pattern;
import java.util.List;

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
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i)\\b(?:phone|tel|telephone|mobile|cell|fax|call|text|whatsapp|contact|office|number|reach|dial|sms|ph)\\b");
    private static final int MAX_WINDOWS = 256;
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}$");
    private static final Pattern PHONE_SHAPE = Pattern.compile("^(?:\\+|\\(|00)|\\d[ .-]\\d|\\)\\s?\\d");

    private PhoneRecognizer() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.digits() < 7) {
            return;
        }
        // libphonenumber's matcher is thorough but slow on long texts, so it only ever sees short windows
        // around the digit runs found in one pass by TextShape.
        int windows = 0;
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.digits() < 7 || run.digits() > 20 || run.dotted() && run.digits() <= 12 && looksLikeIp(text, run)) {
                continue;
            }
            if (windows++ >= MAX_WINDOWS) {
                break;
            }
            window(text, Math.max(0, run.start() - 4), Math.min(text.length(), run.end() + 12), out);
        }
    }

    private static boolean looksLikeIp(String text, TextShape.DigitRun run) {
        String s = text.substring(run.start(), run.end());
        return s.chars().filter(c -> c == '.').count() == 3 && s.indexOf(' ') < 0;
    }

    private static void window(String text, int from, int to, Candidates out) {
        String part = text.substring(from, to);
        for (String region : REGIONS) {
            for (PhoneNumberMatch match : UTIL.findNumbers(part, region, PhoneNumberUtil.Leniency.POSSIBLE, 10)) {
                int start = from + match.start();
                int end = from + match.end();
                if (out.overlapsAny(start, end)) {
                    continue;
                }
                String raw = match.rawString();
                if (DATE_SHAPE.matcher(raw).find() || (end < text.length() && text.charAt(end) == ':')) {
                    continue; // dates and times, not phone numbers
                }
                int digits = StructuredRecognizers.digitsOf(raw, 0, raw.length()).length();
                if (digits < 7 || digits > 15 + 6) {
                    continue;
                }
                boolean valid = UTIL.isValidNumber(match.number());
                boolean shaped = PHONE_SHAPE.matcher(raw).find();
                boolean context = CONTEXT.matcher(text.substring(Math.max(0, start - 40), start)).find();
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
                }
            }
        }
    }
}
