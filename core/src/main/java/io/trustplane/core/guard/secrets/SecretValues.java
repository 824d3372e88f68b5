package io.trustplane.core.guard.secrets;

import java.util.Locale;
import java.util.Set;

/** Tells real secret values from placeholders, references and ordinary words. */
final class SecretValues {
    private static final Set<String> PLACEHOLDERS = Set.of("password", "passwd", "changeme", "change_me", "secret",
            "example", "xxxxxx", "null", "none", "true", "false", "undefined", "string", "your_password", "yourpassword",
            "your-password", "mypassword", "my_password", "password123", "test", "dummy", "sample", "redacted",
            "placeholder", "todo", "tbd", "empty", "required", "optional", "default", "env", "value", "token", "apikey",
            "api_key", "your_api_key", "your-api-key", "your_api_key_here", "your_token", "<password>", "secret_key",
            "insert_here", "replace_me", "replaceme", "fixme", "notset", "unset");

    private SecretValues() {
    }

    /** A variable reference, template, code expression, masked value or well-known placeholder. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.length() < 3) {
            return true;
        }
        char first = v.charAt(0);
        if (first == '$' || first == '%' || first == '<' || first == '{' || first == '#' || first == '@' || first == '&'
                || first == '(' || first == '[' || first == '/' || first == '.' || first == ':') {
            return true; // $VAR, ${VAR}, %(x)s, <placeholder>, {{template}}, #selector, @annotation, paths
        }
        if (v.contains("${") || v.contains("{{") || v.contains("%s") || v.startsWith("process.env")
                || v.startsWith("os.environ") || v.startsWith("env.") || v.startsWith("ENV[") || v.startsWith("System.get")
                || v.contains("()")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(lower) || lower.startsWith("your") || lower.startsWith("example") || lower.startsWith("insert")
                || lower.startsWith("enter") || lower.startsWith("replace") || lower.contains("xxxx") || lower.contains("****")
                || lower.contains("....") || lower.contains("<your") || lower.endsWith("_here") || lower.contains("a1b2c3")
                || lower.contains("abcdefghij")) {
            return true;
        }
        int distinct = (int) v.chars().distinct().count();
        return distinct <= 2; // "********", "000000", "aaaaaa"
    }

    /**
     * A reference to a value rather than the value: variables, templates, code, masks, null-like words.
     * Passwords may be ordinary words, so unlike {@link #isPlaceholder} this accepts "hunter2" and "secret".
     */
    static boolean isReference(String value) {
        String v = value.strip();
        if (v.length() < 3) {
            return true;
        }
        char first = v.charAt(0);
        if (first == '$' || first == '%' || first == '<' || first == '{' || first == '@' || first == '(' || first == '['
                || first == '/' || first == ':' || first == '.') {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        long slashes = v.chars().filter(c -> c == '/').count();
        boolean path = slashes >= 2 && v.equals(lower) && v.chars().noneMatch(Character::isDigit);
        return path || lower.startsWith("arn:") || v.contains("://")
                || v.contains("${") || v.contains("{{") || v.contains("%s") || v.contains("()")
                || lower.startsWith("env.") || lower.startsWith("process.env") || lower.startsWith("os.environ")
                || lower.startsWith("system.get") || lower.startsWith("getenv") || lower.equals("null") || lower.equals("none")
                || lower.equals("nil") || lower.equals("true") || lower.equals("false") || lower.equals("undefined")
                || lower.equals("''") || lower.startsWith("#add") || v.chars().distinct().count() <= 1
                || (v.endsWith(";") && !v.contains("="));
    }

    static boolean decodesToPrivateKey(String base64) {
        String head = base64.substring(0, Math.min(base64.length(), 96) / 4 * 4);
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(head), java.nio.charset.StandardCharsets.ISO_8859_1);
            return decoded.startsWith("-----BEGIN ") && decoded.contains("PRIVATE KEY");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / s.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /**
     * Letters with a digit or a symbol, so not a word of prose: "hunter2", "P@ssword", "Sommer2024!" are, "incorrect",
     * "case-sensitive" and "123456" are not (hyphens, underscores, dots and apostrophes join words).
     */
    static boolean isPasswordLike(String v) {
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c) || "-_.'’".indexOf(c) < 0) {
                other = true;
            }
        }
        return letter && other;
    }

    /** Random-looking: long enough, high entropy, and at least two character classes (or hex). */
    static boolean isRandom(String v) {
        if (v.length() < 12 || isPlaceholder(v)) {
            return false;
        }
        int classes = 0;
        if (v.chars().anyMatch(Character::isLowerCase)) classes++;
        if (v.chars().anyMatch(Character::isUpperCase)) classes++;
        if (v.chars().anyMatch(Character::isDigit)) classes++;
        if (v.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        boolean hasDigit = v.chars().anyMatch(Character::isDigit);
        return entropy(v) >= 3.0 && classes >= 2 && (hasDigit || classes >= 3);
    }
}
