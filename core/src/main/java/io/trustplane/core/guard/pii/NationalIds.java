package io.trustplane.core.guard.pii;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * National identity and tax numbers of European and other countries that carry a check digit or letter: Spanish
 * DNI/NIF and NIE, Italian codice fiscale, French NIR (social security), UK National Insurance and NHS numbers,
 * Dutch BSN, German tax id, Polish PESEL, Brazilian CPF and Indian Aadhaar.
 *
 * <p>Type names are those of Microsoft Presidio where it has one ({@code ES_NIF}, {@code ES_NIE},
 * {@code IT_FISCAL_CODE}, {@code UK_NINO}, {@code UK_NHS}, {@code PL_PESEL}, {@code IN_AADHAAR}), as {@code US_SSN}
 * already is, so that data sets labelled for Presidio score them as they are; the others are {@code FR_NIR},
 * {@code NL_BSN}, {@code DE_TAX_ID} and {@code BR_CPF}.
 *
 * <p>A number is reported anywhere when its shape is rare in other text and its check rejects nearly every other
 * value (NIE, codice fiscale, NIR, a CPF written {@code 123.456.789-09}); a DNI (one value in 23 passes) and a NINO
 * (no check at all) with less confidence unless a cue names them. Numbers that are only digits of a common length
 * (a BSN is 9 digits, and one 9-digit number in 11 passes its test) need a cue word in the 48 characters before
 * them ("BSN", "Steuer-ID", "PESEL", "NHS number", "Aadhaar", "CPF"). Every check is the published algorithm of the
 * issuing authority. Runs on the digit runs of {@link TextShape}, so a text without long digit runs costs nothing.
 */
final class NationalIds {
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final int CUE_WINDOW = 48;
    // java.util.regex on a few anchored characters; RE2/J pays off on long texts, not here
    private static final Pattern CPF_WRITTEN = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
    private static final Pattern NINO_DIGITS = Pattern.compile("\\d{6}|\\d{2} \\d{2} \\d{2}");
    private static final Pattern FISCAL_CODE = Pattern.compile("[A-Z]{6}\\d{2}[A-EHLMPR-T]\\d{2}[A-Z]\\d{3}[A-Z]");
    private static final List<String> NINO_EXCLUDED_PREFIXES = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private static final List<String> DNI_CUES = List.of("dni", "nif", "documento nacional", "d.n.i");
    private static final List<String> NIE_CUES = List.of("nie", "extranjero");
    private static final List<String> NINO_CUES = List.of("national insurance", "nino", "ni number", "ni no");
    private static final List<String> NHS_CUES = List.of("nhs");
    private static final List<String> NIR_CUES = List.of("sécurité sociale", "securite sociale", "sécu", "nir", "insee",
            "carte vitale");
    private static final List<String> BSN_CUES = List.of("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer");
    private static final List<String> DE_TAX_CUES = List.of("steuer-id", "steuerid", "steuer-identifikationsnummer",
            "steueridentifikationsnummer", "steuerliche identifikationsnummer", "identifikationsnummer", "idnr", "tax id");
    private static final List<String> PESEL_CUES = List.of("pesel");
    private static final List<String> CPF_CUES = List.of("cpf");
    private static final List<String> AADHAAR_CUES = List.of("aadhaar", "aadhar", "uidai", "आधार");

    private NationalIds() {
    }

    static void find(String text, TextShape shape, Candidates out) {
        if (shape.digits() >= 6) {
            for (TextShape.DigitRun run : shape.digitRuns()) {
                numberAt(text, run, out);
            }
        }
        if (shape.upper() >= 9 && shape.digits() >= 7) {
            fiscalCodes(text, out);
        }
    }

    private static void numberAt(String text, TextShape.DigitRun run, Candidates out) {
        if (run.digits() < 6 || run.digits() > 15) {
            return;
        }
        int s = run.start();
        int e = run.end();
        String digits = StructuredRecognizers.digitsOf(text, s, e);
        switch (run.digits()) {
            case 6 -> nino(text, s, e, out);
            case 7 -> nie(text, s, e, digits, out);
            case 8 -> dni(text, s, e, digits, out);
            case 9 -> {
                if (TextShape.isolatedWord(text, s, e) && bsn(digits) && cued(text, s, BSN_CUES)) {
                    out.add("NL_BSN", s, e, 0.9, "Dutch citizen service number (BSN, 11-test valid)");
                }
            }
            case 10 -> {
                if (TextShape.isolatedWord(text, s, e) && nhs(digits) && cued(text, s, NHS_CUES)) {
                    out.add("UK_NHS", s, e, 0.9, "UK NHS number (check digit valid)");
                }
            }
            case 11 -> elevenDigits(text, s, e, digits, out);
            case 12 -> {
                if (TextShape.isolatedWord(text, s, e) && digits.charAt(0) >= '2' && verhoeff(digits) && cued(text, s, AADHAAR_CUES)) {
                    out.add("IN_AADHAAR", s, e, 0.9, "Indian Aadhaar number (Verhoeff check valid)");
                }
            }
            case 15 -> {
                if (TextShape.isolatedWord(text, s, e) && nir(digits)) {
                    // a cue outranks a payment card, which one 15-digit number in ten also passes for
                    out.add("FR_NIR", s, e, cued(text, s, NIR_CUES) ? 0.97 : 0.85, "French social security number (NIR, key valid)");
                }
            }
            default -> {
            }
        }
    }

    /** PESEL, the German tax id and a CPF without its punctuation are all 11 digits: their cue decides. */
    private static void elevenDigits(String text, int s, int e, String digits, Candidates out) {
        if (!TextShape.isolatedWord(text, s, e)) {
            return;
        }
        if (CPF_WRITTEN.matcher(text.substring(s, e)).matches() && cpf(digits)) {
            out.add("BR_CPF", s, e, cued(text, s, CPF_CUES) ? 0.95 : 0.85, "Brazilian CPF (check digits valid)");
        } else if (cpf(digits) && cued(text, s, CPF_CUES)) {
            out.add("BR_CPF", s, e, 0.9, "Brazilian CPF (check digits valid)");
        } else if (pesel(digits) && cued(text, s, PESEL_CUES)) {
            out.add("PL_PESEL", s, e, 0.95, "Polish PESEL (check digit valid)");
        } else if (germanTaxId(digits) && cued(text, s, DE_TAX_CUES)) {
            out.add("DE_TAX_ID", s, e, 0.9, "German tax identification number (check digit valid)");
        }
    }

    /** {@code 12345678Z} or {@code 12345678-Z}: eight digits and the letter of their remainder by 23. */
    private static void dni(String text, int s, int e, String digits, Candidates out) {
        int letterAt = e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == ' ') ? e + 1 : e;
        if (letterAt >= text.length() || !TextShape.endsWord(text, letterAt + 1) || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
            return;
        }
        char letter = text.charAt(letterAt);
        if (letter == DNI_LETTERS.charAt(Integer.parseInt(digits) % 23)) {
            out.add("ES_NIF", s, letterAt + 1, cued(text, s, DNI_CUES) ? 0.95 : 0.7, "Spanish DNI/NIF (check letter valid)");
        }
    }

    /** {@code X1234567L}: X, Y or Z (0, 1, 2), seven digits and the check letter of the eight. */
    private static void nie(String text, int s, int e, String digits, Candidates out) {
        int prefixAt = s > 1 && (text.charAt(s - 1) == '-' || text.charAt(s - 1) == ' ') ? s - 2 : s - 1;
        int letterAt = e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == ' ') ? e + 1 : e;
        if (prefixAt < 0 || letterAt >= text.length() || !TextShape.endsWord(text, letterAt + 1)
                || (prefixAt > 0 && Character.isLetterOrDigit(text.charAt(prefixAt - 1)))) {
            return;
        }
        int prefix = "XYZ".indexOf(text.charAt(prefixAt));
        if (prefix >= 0 && text.charAt(letterAt) == DNI_LETTERS.charAt(Integer.parseInt(prefix + digits) % 23)) {
            out.add("ES_NIE", prefixAt, letterAt + 1, cued(text, prefixAt, NIE_CUES) ? 0.95 : 0.85,
                    "Spanish foreigner id (NIE, check letter valid)");
        }
    }

    /**
     * {@code QQ 12 34 56 C}: two letters of the allowed prefixes, six digits, A–D. No check digit, so with less
     * confidence where no cue names it.
     */
    private static void nino(String text, int s, int e, Candidates out) {
        int prefixEnd = s > 0 && text.charAt(s - 1) == ' ' ? s - 1 : s;
        int suffixAt = e < text.length() && text.charAt(e) == ' ' ? e + 1 : e;
        if (prefixEnd < 2 || suffixAt >= text.length() || !TextShape.endsWord(text, suffixAt + 1)
                || (prefixEnd > 2 && Character.isLetterOrDigit(text.charAt(prefixEnd - 3)))) {
            return;
        }
        char a = text.charAt(prefixEnd - 2);
        char b = text.charAt(prefixEnd - 1);
        char suffix = text.charAt(suffixAt);
        String prefix = "" + a + b;
        if ("ABCEGHJKLMNOPRSTWXYZ".indexOf(a) < 0 || "ABCEGHJKLMNPRSTWXYZ".indexOf(b) < 0 || suffix < 'A' || suffix > 'D'
                || NINO_EXCLUDED_PREFIXES.contains(prefix)) {
            return;
        }
        String number = text.substring(s, e);
        if (!NINO_DIGITS.matcher(number).matches()) {
            return;
        }
        int start = prefixEnd - 2;
        out.add("UK_NINO", start, suffixAt + 1, cued(text, start, NINO_CUES) ? 0.95 : 0.7, "UK National Insurance number");
    }

    /** Sixteen letters and digits in the codice fiscale's places, ending in its check letter. */
    private static void fiscalCodes(String text, Candidates out) {
        StructuredRecognizers.alphanumericWords(text, (start, end) -> {
            if (end - start == 16 && fiscalCode(text.substring(start, end))) {
                out.add("IT_FISCAL_CODE", start, end, 0.9, "Italian fiscal code (check letter valid)");
            }
        });
    }

    static boolean fiscalCode(String code) {
        if (!FISCAL_CODE.matcher(code).matches()) {
            return false;
        }
        int[] oddValues = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int k = 0; k < 15; k++) {
            char c = code.charAt(k);
            int v = c <= '9' ? c - '0' : c - 'A';
            // characters in odd places (1st, 3rd, ...) count by the decree's table, digits as the letter of the same index
            sum += k % 2 == 0 ? oddValues[v] : v;
        }
        return code.charAt(15) == 'A' + sum % 26;
    }

    /** 13 digits, then the key 97 − (number mod 97); the first digit is the sex (1 or 2). */
    static boolean nir(String digits) {
        if (digits.length() != 15 || (digits.charAt(0) != '1' && digits.charAt(0) != '2')) {
            return false;
        }
        long number = Long.parseLong(digits.substring(0, 13));
        int month = Integer.parseInt(digits.substring(3, 5));
        return month >= 1 && (month <= 12 || month >= 20) && 97 - number % 97 == Integer.parseInt(digits.substring(13));
    }

    /** The "11-test": weights 9..2 and −1 sum to a multiple of 11. */
    static boolean bsn(String digits) {
        int sum = 0;
        for (int k = 0; k < 8; k++) {
            sum += (9 - k) * (digits.charAt(k) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0 && !digits.equals("000000000");
    }

    /** Weights 10..2 over nine digits; 11 minus the remainder by 11 is the tenth (11 counts as 0, 10 is never issued). */
    static boolean nhs(String digits) {
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (10 - k) * (digits.charAt(k) - '0');
        }
        int check = 11 - sum % 11;
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Weights 1, 3, 7, 9, ...; the check digit makes the weighted sum a multiple of 10. */
    static boolean pesel(String digits) {
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += weights[k] * (digits.charAt(k) - '0');
        }
        return (10 - sum % 10) % 10 == digits.charAt(10) - '0';
    }

    /** ISO 7064 MOD 11,10 over the first ten digits; the first digit is never 0. */
    static boolean germanTaxId(String digits) {
        if (digits.charAt(0) == '0') {
            return false;
        }
        int product = 10;
        for (int k = 0; k < 10; k++) {
            int sum = (digits.charAt(k) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digits.charAt(10) - '0';
    }

    /** Two check digits, each 10 × (weighted sum) mod 11 (10 counts as 0); not a run of one repeated digit. */
    static boolean cpf(String digits) {
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        for (int k = 9; k <= 10; k++) {
            int sum = 0;
            for (int i = 0; i < k; i++) {
                sum += (digits.charAt(i) - '0') * (k + 1 - i);
            }
            int check = sum * 10 % 11;
            if ((check == 10 ? 0 : check) != digits.charAt(k) - '0') {
                return false;
            }
        }
        return true;
    }

    private static final int[][] VERHOEFF_D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** The Verhoeff dihedral-group check that Aadhaar numbers carry. */
    static boolean verhoeff(String digits) {
        int c = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = digits.charAt(digits.length() - 1 - k) - '0';
            c = VERHOEFF_D[c][VERHOEFF_P[k % 8][d]];
        }
        return c == 0;
    }

    /** Whether one of {@code cues} occurs, as a whole word, in the {@value #CUE_WINDOW} characters before {@code start}. */
    private static boolean cued(String text, int start, List<String> cues) {
        String before = text.substring(Math.max(0, start - CUE_WINDOW), start).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (TextShape.containsWord(before, cue)) {
                return true;
            }
        }
        return false;
    }
}
