package io.trustplane.server.tenancy;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.util.List;

/** Body of the create requests: {@code {"name": "..."}}. */
public record NameRequest(String name) {
    static final int MAX_LENGTH = 100;

    /** The trimmed name, or a 400 problem saying what is wrong with it. */
    String validName() {
        String problem = null;
        String trimmed = name == null ? null : name.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            problem = "is required";
        } else if (trimmed.length() > MAX_LENGTH) {
            problem = "must be at most " + MAX_LENGTH + " characters";
        } else if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            problem = "must not contain control characters";
        }
        if (problem != null) {
            throw ApiException.badRequest("The name is invalid.", List.of(new FieldError("name", problem)));
        }
        return trimmed;
    }
}
