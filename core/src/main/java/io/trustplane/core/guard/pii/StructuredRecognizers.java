package io.trustplane.core.guard.pii;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Identifiers with a fixed structure, found by linear-time RE2/J patterns and kept only when their
 * checksum or format validates: e-mail addresses, payment cards (Luhn and issuer prefix), IBANs (country
 * length and mod 97), US social security numbers (valid area, group and serial), IPv4 and IPv6 addresses,
 * URLs with credentials, and crypto wallet addresses (base58check for Bitcoin).
 */
final class StructuredRecognizers {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}");
    private static final Pattern CARD = Pattern.compile("\\d(?:[ -]?\\d){12,22}");
    private static final Pattern IBAN = Pattern.compile("[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,40}");
    private static final Pattern SSN = Pattern.compile("\\d{3}[- ]\\d{2}[- ]\\d{4}|\\d{9}");
    private static final Pattern SSN_CONTEXT = Pattern.compile("(?i)\\b(?:ssn|social security|social sec\\.?|ss#|ss no)");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\\d{1,3}(?:\\.\\d{1,3}){3})?");
    private static final Pattern URL_CREDENTIALS = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/@]{1,256}:[^\\s@/]{1,256}@[A-Za-z0-9._-]+(?::\\d{1,5})?(?:/[^\\s]*)?");
    private static final Pattern BTC = Pattern.compile("[13][a-km-zA-HJ-NP-Z1-9]{25,34}");
    private static final Pattern BECH32 = Pattern.compile("bc1[02-9ac-hj-np-z]{11,71}");
    private static final Pattern ETH = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:version|ver\\.?|v)\\s?$");

    private StructuredRecognizers() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.hasAt()) {
            emails(text, out);
        }
        if (shape.hasColonSlashSlash()) {
            urlCredentials(text, out);
        }
        if (shape.digits() >= 9) {
            cards(text, out);
            ibans(text, out);
            ssns(text, out);
        }
        if (shape.digits() >= 4) {
            ipv4(text, out);
        }
        if (shape.colons() >= 2) {
            ipv6(text, out);
        }
        if (shape.digits() >= 1 && text.length() >= 26) {
            wallets(text, out);
        }
    }

    private static void emails(String text, Candidates out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add("EMAIL_ADDRESS", m.start(), m.end(), 0.95, "e-mail address");
        }
    }

    private static void urlCredentials(String text, Candidates out) {
        Matcher m = URL_CREDENTIALS.matcher(text);
        while (m.find()) {
            out.add("URL_WITH_CREDENTIALS", m.start(), m.end(), 0.95, "URL with a user name and password");
        }
    }

    private static void cards(String text, Candidates out) {
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            if (!TextShape.isolated(text, m.start(), m.end())) {
                continue;
            }
            // The run may join a card to neighbouring digit groups: try every sub-run of whole groups.
            int[] groupStarts = new int[24];
            int[] groupEnds = new int[24];
            int groups = 0;
            int i = m.start();
            while (i < m.end() && groups < groupStarts.length) {
                int s = i;
                while (i < m.end() && Character.isDigit(text.charAt(i))) {
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
                    if (digits.length() >= 12 && digits.length() <= 19 && Checksums.luhn(digits) && knownIssuer(digits)) {
                        out.add("CREDIT_CARD", start, end, 0.95, "payment card number (Luhn-valid)");
                        found = true;
                    }
                }
            }
        }
    }

    /**
     * Issuer identification prefixes of the major networks (Visa, Mastercard, Amex, Discover, JCB including
     * its 15-digit 2131/1800 ranges, Diners, UnionPay, Maestro) with their lengths; Maestro alone has
     * 12-digit numbers.
     */
    static boolean knownIssuer(String d) {
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        boolean maestro = two == 50 || (two >= 56 && two <= 69);
        if (d.length() < 13 && !maestro) {
            return false;
        }
        return d.charAt(0) == '4' || ((four == 2131 || four == 1800) && d.length() == 15)|| (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34 || two == 37
                || d.startsWith("6011") || d.startsWith("65") || (four >= 6440 && four <= 6499) || two == 35 || two == 36
                || two == 38 || two == 39 || (four >= 3000 && four <= 3059) || two == 62 || two == 50 || (two >= 56 && two <= 58)
                || two == 63 || two == 67 || two == 60;
    }

    private static void ibans(String text, Candidates out) {
        Matcher m = IBAN.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            Integer length = Checksums.IBAN_LENGTHS.get(text.substring(start, start + 2).toUpperCase(java.util.Locale.ROOT));
            if (length == null) {
                continue;
            }
            // Take exactly the country's number of characters, skipping single spaces between groups.
            StringBuilder compact = new StringBuilder();
            int i = start;
            while (i < m.end() && compact.length() < length) {
                char c = text.charAt(i);
                if (c != ' ') {
                    compact.append(c);
                }
                i++;
            }
            boolean endsAtBoundary = i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
            if (compact.length() == length && endsAtBoundary && Checksums.iban(compact.toString())) {
                out.add("IBAN_CODE", start, i, 0.95, "IBAN (checksum valid)");
            }
        }
    }

    private static void ssns(String text, Candidates out) {
        Matcher m = SSN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (!TextShape.isolated(text, start, end)) {
                continue;
            }
            String d = digitsOf(text, start, end);
            if (!validSsn(d)) {
                continue;
            }
            boolean context = SSN_CONTEXT.matcher(text.substring(Math.max(0, start - 50), start)).find();
            boolean separated = end - start == 11;
            if (separated && text.charAt(start + 3) != text.charAt(start + 6)) {
                continue; // mixed separators: not how SSNs are written
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

    private static void ipv4(String text, Candidates out) {
        Matcher m = IPV4.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if ((start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'))
                    || (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                            || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))))) {
                continue;
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
        Matcher m = IPV6.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if ((start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
                    || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                continue;
            }
            if (validIpv6(text.substring(start, end))) {
                out.add("IP_ADDRESS", start, end, 0.9, "IPv6 address");
            }
        }
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
        Matcher m = BTC.matcher(text);
        while (m.find()) {
            if (TextShape.isolatedWord(text, m.start(), m.end()) && Checksums.base58check(m.group())) {
                out.add("CRYPTO_WALLET", m.start(), m.end(), 0.95, "Bitcoin address (checksum valid)");
            }
        }
        if (text.contains("bc1")) {
            m = BECH32.matcher(text);
            while (m.find()) {
                if (TextShape.isolatedWord(text, m.start(), m.end())) {
                    out.add("CRYPTO_WALLET", m.start(), m.end(), 0.85, "Bitcoin bech32 address");
                }
            }
        }
        if (text.contains("0x")) {
            m = ETH.matcher(text);
            while (m.find()) {
                if (TextShape.isolatedWord(text, m.start(), m.end())) {
                    out.add("CRYPTO_WALLET", m.start(), m.end(), 0.8, "Ethereum address");
                }
            }
        }
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
