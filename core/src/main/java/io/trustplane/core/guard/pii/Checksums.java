package io.trustplane.core.guard.pii;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

/** The check-digit and checksum algorithms that make structured identifiers precise. */
final class Checksums {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** IBAN length per country (ISO 13616 registry). */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));

    private Checksums() {
    }

    /** Luhn (mod 10) over the digits of {@code s}, ignoring anything else. */
    static boolean luhn(CharSequence s) {
        int sum = 0;
        boolean twice = false;
        int digits = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
            digits++;
        }
        return digits > 0 && sum % 10 == 0;
    }

    /** ISO 13616 check: known country, its length, and mod 97 of the rearranged number equals 1. */
    static boolean iban(String compact) {
        String iban = compact.toUpperCase(java.util.Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
        if (length == null || length != iban.length()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
                mod = (mod * 10 + v) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
                mod = (mod * 100 + v) % 97;
            } else {
                return false;
            }
        }
        return mod == 1;
    }

    /** Bitcoin base58check: the last 4 bytes are the first 4 of SHA-256(SHA-256(payload)). */
    static boolean base58check(String s) {
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        for (int i = 0; i < s.length(); i++) {
            int digit = BASE58.indexOf(s.charAt(i));
            if (digit < 0) {
                return false;
            }
            value = value.multiply(base).add(BigInteger.valueOf(digit));
        }
        byte[] bytes = value.toByteArray();
        int leadingZeros = 0;
        while (leadingZeros < s.length() && s.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] decoded = new byte[leadingZeros + bytes.length - start];
        System.arraycopy(bytes, start, decoded, leadingZeros, bytes.length - start);
        if (decoded.length != 25) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(sha.digest(Arrays.copyOfRange(decoded, 0, 21)));
            return Arrays.equals(Arrays.copyOfRange(hash, 0, 4), Arrays.copyOfRange(decoded, 21, 25));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
