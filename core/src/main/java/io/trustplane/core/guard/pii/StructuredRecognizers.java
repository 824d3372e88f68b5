package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.text.MergedWindows;

/**
 * Identifiers with a fixed structure, found by linear-time RE2/J patterns and kept only when their
 * checksum or format validates: e-mail addresses (also written out to fool harvesters, "jane [at] example [dot] com"),
 * payment cards (Luhn and issuer prefix), IBANs (country
 * length and mod 97), US social security numbers (valid area, group and serial), IPv4 and IPv6 addresses,
 * URLs with credentials, and crypto wallet addresses (base58check for Bitcoin).
 */
final class StructuredRecognizers {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}");
    /**
     * An address written out: "jane[at]example[dot]com", "jane (at) example.com", "jane at example dot com". The "at" in
     * brackets, or both "at" and "dot" as words with a common top-level domain last, so that "look at this dot point"
     * is no address.
     */
    private static final Pattern WRITTEN_OUT_EMAIL = Pattern.compile("(?i)[a-z0-9][a-z0-9._%+-]*(?:"
            + "\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*[a-z0-9-]+(?:\\s*[\\[({<]\\s*(?:dot|\\.)\\s*[\\])}>]\\s*[a-z0-9-]+|\\.[a-z0-9-]+)+"
            + "|\\s+at\\s+[a-z0-9-]+(?:\\s+dot\\s+[a-z0-9-]+)*\\s+dot\\s+(?:com|net|org|edu|gov|io|co|uk|de|fr|es|it|nl|ca|au|ch|at|be|"
            + "se|no|dk|fi|pl|pt|br|in|jp|info|biz|me)\\b)");
    private static final Pattern CARD = Pattern.compile("\\d(?:[ -]?\\d){12,22}");
    private static final Pattern SSN = Pattern.compile("\\d{3}[- ]\\d{2}[- ]\\d{4}|\\d{9}");
    private static final Pattern SSN_CONTEXT = Pattern.compile("(?i)\\b(?:ssn|social security|social sec\\.?|ss#|ss no)");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\\d{1,3}(?:\\.\\d{1,3}){3})?");
    private static final Pattern URL_CREDENTIALS = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/@]{1,}:[^\\s@/]{1,}@[A-Za-z0-9._-]+(?::\\d{1,5})?(?:/[^\\s]*)?");
    private static final Pattern BECH32 = Pattern.compile("bc1[02-9ac-hj-np-z]{11,}");
    private static final Pattern ETH = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:version|ver\\.?|v)\\s?$");

    private StructuredRecognizers() {
    }

    /** A match of a pattern run on a window, with offsets into the whole text. */
    interface Hit {
        void on(int start, int end, String value);
    }

    /** Runs {@code pattern} on {@code text[from, to)} only; RE2/J's cost is per character scanned. */
    private static void scan(Pattern pattern, String text, int from, int to, Hit hit) {
        int f = Math.max(0, from);
        int t = Math.min(text.length(), to);
        if (f >= t) {
            return;
        }
        Matcher m = pattern.matcher(text.substring(f, t));
        while (m.find()) {
            hit.on(f + m.start(), f + m.end(), m.group());
        }
    }

    /** Runs {@code pattern} on each merged window. */
    private static void scan(Pattern pattern, String text, MergedWindows windows, Hit hit) {
        windows.forEach((from, to) -> scan(pattern, text, from, to, hit));
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.hasAt()) {
            emails(text, out);
        }
        writtenOutEmails(text, out);
        if (shape.hasColonSlashSlash()) {
            urlCredentials(text, out);
        }
        if (shape.digits() >= 9) {
            cards(text, shape, out);
            ibans(text, out);
            ssns(text, shape, out);
        }
        if (shape.digits() >= 4) {
            ipv4(text, shape, out);
        }
        if (shape.colons() >= 2) {
            ipv6(text, out);
        }
        if (shape.digits() >= 1 && text.length() >= 26) {
            wallets(text, out);
        }
    }

    private static void emails(String text, Candidates out) {
        MergedWindows windows = new MergedWindows(text.length());
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // the window is the address's possible extent: local-part characters before, domain ones after
            int from = at;
            while (from > 0 && at - from < 64 && isLocalPartChar(text.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < text.length() && to - at < 256 && isDomainChar(text.charAt(to))) {
                to++;
            }
            if (from < at && to > at + 3) {
                windows.add(from, to);
            }
        }
        scan(EMAIL, text, windows, (start, end, value) -> out.add("EMAIL_ADDRESS", start, end, 0.95, "e-mail address"));
    }

    /**
     * Written-out addresses, looked for only around an "at" in brackets, or a spaced "at" in a text that has a spaced
     * "dot" (the window reaches back over a local part and on over a domain): text without them costs a few
     * {@code indexOf} passes.
     */
    private static void writtenOutEmails(String text, Candidates out) {
        MergedWindows windows = null;
        for (char open : AT_BRACKETS) {
            for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
                if (bracketedAt(text, i + 1)) {
                    windows = windows == null ? new MergedWindows(text.length()) : windows;
                    windows.add(i - 64, i + 128);
                }
            }
        }
        if (text.contains(" dot ") || text.contains(" DOT ") || text.contains(" Dot ")) {
            for (String at : new String[] {" at ", " AT ", " At "}) {
                for (int i = text.indexOf(at); i >= 0; i = text.indexOf(at, i + 1)) {
                    windows = windows == null ? new MergedWindows(text.length()) : windows;
                    windows.add(i - 64, i + 128);
                }
            }
        }
        if (windows != null) {
            scan(WRITTEN_OUT_EMAIL, text, windows,
                    (start, end, value) -> out.add("EMAIL_ADDRESS", start, end, 0.85, "e-mail address, written out"));
        }
    }

    private static final char[] AT_BRACKETS = {'[', '(', '{', '<'};

    /** Whether "at" (any case, spaces around it allowed) and a closing bracket follow {@code i}. */
    private static boolean bracketedAt(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i + 2 > n || (text.charAt(i) | 32) != 'a' || (text.charAt(i + 1) | 32) != 't') {
            return false;
        }
        i += 2;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        return i < n && "])}>".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isLocalPartChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean isDomainChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    private static void urlCredentials(String text, Candidates out) {
        MergedWindows windows = new MergedWindows(text.length());
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int atSign = -1;
            boolean colon = false;
            for (int i = at + 3; i < Math.min(text.length(), at + 600); i++) {
                char c = text.charAt(i);
                if (c == '@') {
                    atSign = colon ? i : -1;
                    break;
                }
                if (c == ':') {
                    colon = true;
                } else if (c == '/' || Character.isWhitespace(c)) {
                    break;
                }
            }
            if (atSign > 0) {
                windows.add(at - 24, atSign + 300);
            }
        }
        scan(URL_CREDENTIALS, text, windows,
                (start, end, value) -> out.add("URL_WITH_CREDENTIALS", start, end, 0.95, "URL with a user name and password"));
    }

    private static void cards(String text, TextShape shape, Candidates out) {
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.digits() >= 12) {
                scan(CARD, text, run.start(), run.end(), (start, end, value) -> card(text, start, end, out));
            }
        }
    }

    private static void card(String text, int matchStart, int matchEnd, Candidates out) {
        {
            if (!TextShape.isolated(text, matchStart, matchEnd)) {
                return;
            }
            // The run may join a card to neighbouring digit groups: try every sub-run of whole groups.
            int[] groupStarts = new int[24];
            int[] groupEnds = new int[24];
            int groups = 0;
            int i = matchStart;
            while (i < matchEnd && groups < groupStarts.length) {
                int s = i;
                while (i < matchEnd && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                groupStarts[groups] = s;
                groupEnds[groups++] = i;
                i++;
            }
            boolean found = false;
            for (int a = 0; a < groups && !found; a++) {
                for (int b = groups - 1; b >= a && !found; b--) {
                    int start = groupStarts[a];
                    int end = groupEnds[b];
                    String digits = digitsOf(text, start, end);
                    if (digits.length() >= 12 && digits.length() <= 19 && cardGrouping(groupStarts, groupEnds, a, b)
                            && Checksums.luhn(digits) && knownIssuer(digits)) {
                        out.add("CREDIT_CARD", start, end, 0.95, "payment card number (Luhn-valid)");
                        found = true;
                    }
                }
            }
        }
    }

    /**
     * Whether groups {@code a..b} are grouped as cards are printed: one group, fours with a shorter last group
     * ({@code 4111 1111 1111 1111}, {@code 4222 2222 2222 2}), or Amex and Diners {@code 4-6-5} and {@code 4-6-4}.
     * One number in ten passes Luhn, so "1 85 05 78 006 084 36" or "12 345 678 901" grouped otherwise is something else.
     */
    static boolean cardGrouping(int[] starts, int[] ends, int a, int b) {
        if (a == b) {
            return true;
        }
        int groups = b - a + 1;
        int first = ends[a] - starts[a];
        int second = ends[a + 1] - starts[a + 1];
        int last = ends[b] - starts[b];
        if (groups == 3 && first == 4 && second == 6 && (last == 5 || last == 4)) {
            return true;
        }
        for (int k = a; k < b; k++) {
            if (ends[k] - starts[k] != 4) {
                return false;
            }
        }
        return last >= 1 && last <= 4;
    }

    /**
     * Issuer identification prefixes of the major networks with the lengths each issues: Visa 13, 16 or 19 digits,
     * Mastercard (51–55 and the 2-series 2221–2720) 16, Amex 15, JCB 16–19 (its old 2131/1800 ranges 15), Diners 14–19;
     * Maestro's wide ranges (50, 56–69, which also hold Discover's 6011, 644–649 and 65 and UnionPay's 62) 12–19.
     * A Luhn-valid number of the wrong length for its network is something else: one number in ten passes Luhn,
     * such as a French social security number that starts like a 2-series Mastercard.
     */
    static boolean knownIssuer(String d) {
        int length = d.length();
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        if (d.charAt(0) == '4') {
            return length == 13 || length == 16 || length == 19;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return length == 16;
        }
        if (two == 34 || two == 37 || four == 2131 || four == 1800) {
            return length == 15;
        }
        if (two == 35) {
            return length >= 16 && length <= 19;
        }
        if (two == 36 || two == 38 || two == 39 || (four >= 3000 && four <= 3059)) {
            return length >= 14 && length <= 19;
        }
        return (two == 50 || (two >= 56 && two <= 69)) && length >= 12 && length <= 19;
    }

    private static void ibans(String text, Candidates out) {
        int n = text.length();
        for (int start = 0; start + 4 < n; start++) {
            if (!(Character.isLetter(text.charAt(start)) && Character.isLetter(text.charAt(start + 1))
                    && Character.isDigit(text.charAt(start + 2)) && Character.isDigit(text.charAt(start + 3)))
                    || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
                continue;
            }
            Integer length = Checksums.IBAN_LENGTHS.get(text.substring(start, start + 2).toUpperCase(java.util.Locale.ROOT));
            if (length == null) {
                continue;
            }
            // Take exactly the country's number of characters, skipping single spaces between groups.
            StringBuilder compact = new StringBuilder();
            int i = start;
            while (i < n && compact.length() < length) {
                char c = text.charAt(i);
                if (c == ' ' && i + 1 < n && text.charAt(i + 1) != ' ' && compact.length() > 0) {
                    i++;
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                compact.append(c);
                i++;
            }
            boolean endsAtBoundary = i >= n || !Character.isLetterOrDigit(text.charAt(i));
            if (compact.length() == length && endsAtBoundary && Checksums.iban(compact.toString())) {
                out.add("IBAN_CODE", start, i, 0.95, "IBAN (checksum valid)");
                start = i;
            }
        }
    }

    private static void ssns(String text, TextShape shape, Candidates out) {
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.digits() == 9) {
                scan(SSN, text, run.start(), run.end(), (start, end, value) -> ssn(text, start, end, out));
            }
        }
    }

    private static void ssn(String text, int start, int end, Candidates out) {
        {
            if (!TextShape.isolated(text, start, end)) {
                return;
            }
            String d = digitsOf(text, start, end);
            if (!validSsn(d)) {
                return;
            }
            boolean context = SSN_CONTEXT.matcher(text.substring(Math.max(0, start - 50), start)).find();
            boolean separated = end - start == 11;
            if (separated && text.charAt(start + 3) != text.charAt(start + 6)) {
                return; // mixed separators: not how SSNs are written
            }
            if (separated || context) {
                out.add("US_SSN", start, end, context ? 0.95 : 0.85, "US social security number");
            }
        }
    }

    static boolean validSsn(String d) {
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        boolean sameDigits = d.chars().distinct().count() == 1;
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && !sameDigits
                && !d.equals("123456789");
    }

    private static void ipv4(String text, TextShape shape, Candidates out) {
        for (TextShape.DigitRun run : shape.digitRuns()) {
            if (run.dotted() && run.digits() >= 4) {
                scan(IPV4, text, run.start(), run.end(), (start, end, value) -> ip4(text, start, end, out));
            }
        }
    }

    private static void ip4(String text, int start, int end, Candidates out) {
        {
            if ((start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'))
                    || (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                            || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))))) {
                return;
            }
            boolean valid = true;
            for (String octet : text.substring(start, end).split("\\.")) {
                if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                    valid = false;
                }
            }
            if (valid && !VERSION_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find()) {
                out.add("IP_ADDRESS", start, end, 0.9, "IPv4 address");
            }
        }
    }

    private static void ipv6(String text, Candidates out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != ':') {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isHexOrColon(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            int colons = 0;
            while (end < n && (isHexOrColon(text.charAt(end)) || text.charAt(end) == '.')) {
                colons += text.charAt(end) == ':' ? 1 : 0;
                end++;
            }
            if (colons >= 2 && end - start <= 45) {
                scan(IPV6, text, start, end, (s, e, value) -> {
                    if (TextShape.isolatedWord(text, s, e) && validIpv6(value)) {
                        out.add("IP_ADDRESS", s, e, 0.9, "IPv6 address");
                    }
                });
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isHexOrColon(char c) {
        return c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** RFC 4291 text form: eight groups of 1-4 hex digits, one "::" for a run of zero groups, optional IPv4 tail. */
    static boolean validIpv6(String s) {
        if (s.length() < 3) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] parts = s.split(":", -1);
        int groups = 0;
        int empty = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                empty++;
                continue;
            }
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                groups += 2; // embedded IPv4
                continue;
            }
            if (p.length() > 4) {
                return false;
            }
            groups++;
        }
        if (doubleColon < 0) {
            return empty == 0 && groups == 8;
        }
        // "::" alone, or leading/trailing "::" give two empty parts; "::" inside gives one.
        return groups < 8 && groups >= 2 && empty <= 2 && !(s.startsWith(":") && !s.startsWith("::"))
                && !(s.endsWith(":") && !s.endsWith("::"));
    }

    private static void wallets(String text, Candidates out) {
        // Bitcoin base58: alphanumeric tokens of 26-35 characters starting with 1 or 3, checked directly.
        alphanumericWords(text, (start, end) -> {
            int length = end - start;
            char first = text.charAt(start);
            if (length >= 26 && length <= 35 && (first == '1' || first == '3') && Checksums.base58check(text.substring(start, end))) {
                out.add("CRYPTO_WALLET", start, end, 0.95, "Bitcoin address (checksum valid)");
            }
        });
        isolatedMatches(BECH32, text, "bc1", 80, 0.85, "Bitcoin bech32 address", out);
        isolatedMatches(ETH, text, "0x", 42, 0.8, "Ethereum address", out);
    }

    /** A maximal run of letters and digits, as start and end. */
    interface WordVisitor {
        void visit(int start, int end);
    }

    /** Calls {@code visitor} with every maximal run of letters and digits in {@code text}, in order. */
    static void alphanumericWords(String text, WordVisitor visitor) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            visitor.visit(start, i);
        }
    }

    /** Wallet addresses that start with {@code prefix}: the pattern on windows after each prefix, whole words only. */
    private static void isolatedMatches(Pattern pattern, String text, String prefix, int width, double confidence,
            String reason, Candidates out) {
        MergedWindows windows = new MergedWindows(text.length());
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length())) {
            windows.add(at, at + width);
        }
        scan(pattern, text, windows, (s, e, value) -> {
            if (TextShape.isolatedWord(text, s, e)) {
                out.add("CRYPTO_WALLET", s, e, confidence, reason);
            }
        });
    }

    static String digitsOf(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
