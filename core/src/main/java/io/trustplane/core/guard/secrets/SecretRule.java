package io.trustplane.core.guard.secrets;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * One recogniser: a keyword prefilter, an RE2/J pattern whose group 1 is the secret itself (so a redaction
 * replaces the value, not the key name), the finding type and confidence, and a check on the value.
 *
 * @param keywords lower-case substrings, one of which must occur in the lower-cased text for the pattern
 *     to run; empty means always run
 */
record SecretRule(String id, String type, List<String> keywords, Pattern pattern, double confidence, ValueCheck check) {

    enum ValueCheck {
        /** The format is specific enough on its own. */
        NONE,
        /** A real value, not a placeholder, variable reference or template (passwords may be words). */
        NOT_PLACEHOLDER,
        /** Not a placeholder, and random-looking: entropy and a mix of character classes. */
        RANDOM,
        /** Base64 that decodes to a PEM private-key header. */
        BASE64_PRIVATE_KEY
    }

    static SecretRule of(String id, String type, String keywords, String regex, double confidence, ValueCheck check) {
        List<String> kw = keywords.isEmpty() ? List.of() : List.of(keywords.split(","));
        return new SecretRule(id, type, kw, Pattern.compile(regex), confidence, check);
    }
}
