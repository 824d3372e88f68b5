package io.trustplane.core.guard.secrets;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * One recogniser: a keyword prefilter, an RE2/J pattern whose group 1 is the secret itself (so a redaction
 * replaces the value, not the key name), the finding type and confidence, and a check on the value.
 *
 * @param keywords lower-case substrings, one of which must occur in the lower-cased text for the pattern
 *     to run; empty means always run
 * @param reach how many characters after a keyword occurrence the pattern is run on
 * @param anchor what must follow a keyword occurrence for the pattern to be tried there
 */
record SecretRule(String id, String type, List<String> keywords, Pattern pattern, double confidence, ValueCheck check,
        int reach, Anchor anchor) {

    /** What must follow a keyword occurrence for the pattern to be tried there. */
    enum Anchor {
        /** Nothing: the keyword itself is distinctive (a token prefix). */
        ANY,
        /** An assignment after the key the keyword is part of ({@code client_secret: ...}). */
        ASSIGNMENT,
        /** User info in the URL whose {@code ://} the keyword is ({@code scheme://user:pass@host}). */
        URL_USERINFO
    }

    /** How far after a keyword a match may end, for most rules: key name, separator and value. */
    static final int DEFAULT_REACH = 1024;

    enum ValueCheck {
        /** The format is specific enough on its own. */
        NONE,
        /** A real value, not a placeholder, variable reference or template (passwords may be words). */
        NOT_PLACEHOLDER,
        /** A real value that does not read as a word: letters with a digit or a symbol ("hunter2", "P@ssword"). */
        PASSWORD_LIKE,
        /** Not a placeholder, and random-looking: entropy and a mix of character classes. */
        RANDOM,
        /** Base64 that decodes to a PEM private-key header. */
        BASE64_PRIVATE_KEY
    }

    static SecretRule of(String id, String type, String keywords, String regex, double confidence, ValueCheck check) {
        List<String> kw = keywords.isEmpty() ? List.of() : List.of(keywords.split(","));
        return new SecretRule(id, type, kw, Pattern.compile(regex), confidence, check, DEFAULT_REACH, Anchor.ANY);
    }

    /** The same rule, matching at most {@code chars} characters after a keyword: a short window where the match is short. */
    SecretRule reaching(int chars) {
        return new SecretRule(id, type, keywords, pattern, confidence, check, chars, anchor);
    }

    /** The same rule, matching up to the end of the text after a keyword (e.g. a PEM block of any length). */
    SecretRule reachingToEnd() {
        return new SecretRule(id, type, keywords, pattern, confidence, check, Integer.MAX_VALUE, anchor);
    }

    /**
     * The same rule, tried only where the keyword is part of a key that is assigned a value
     * ({@code client_secret: ...}, {@code PASSWORD=...}): "unauthorised" or "passenger" in prose never start a match.
     */
    SecretRule assigned() {
        return new SecretRule(id, type, keywords, pattern, confidence, check, reach, Anchor.ASSIGNMENT);
    }

    /** The same rule, tried only at URLs with user info. */
    SecretRule withUserInfo() {
        return new SecretRule(id, type, keywords, pattern, confidence, check, reach, Anchor.URL_USERINFO);
    }
}
