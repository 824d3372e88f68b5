package io.trustplane.core.validation;

import java.util.List;

/** Input was rejected; {@link #errors()} says what is wrong with each field. Nothing was changed. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
