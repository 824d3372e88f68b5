package io.trustplane.server.tenancy;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.util.List;

/** Body of the create requests: {@code {"name": "..."}}. */
public record NameRequest(String name) {
    static final int MAX_LENGTH = 100;
    private static final int ZERO_WIDTH_JOINER = 0x200D; // a format character, but part of emoji sequences

    /** The trimmed name, or a 400 problem saying what is wrong with it. */
    String validName() {
        String trimmed = name == null ? null : trim(name);
        String problem = null;
        if (trimmed == null || trimmed.isEmpty()) {
            problem = "is required";
        } else if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            problem = "must be at most " + MAX_LENGTH + " characters";
        } else if (!trimmed.codePoints().allMatch(NameRequest::printable)) {
            problem = "must contain only printable characters";
        }
        if (problem != null) {
            throw ApiException.badRequest("The name is invalid.", List.of(new FieldError("name", problem)));
        }
        return trimmed;
    }

    /** Trims Unicode spaces too (no-break and ideographic spaces), which {@link String#strip()} keeps. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) start++;
        while (end > start && blank(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Visible text and ordinary spaces; no controls, invisible format characters, line breaks or lone surrogates. */
    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.FORMAT -> cp == ZERO_WIDTH_JOINER;
            default -> true;
        };
    }
}
