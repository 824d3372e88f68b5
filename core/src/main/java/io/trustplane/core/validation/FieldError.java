package io.trustplane.core.validation;

/** A problem with one field of a request, addressed by a JSON-path-like pointer such as {@code spans[3].startTime}. */
public record FieldError(String field, String message) {
}
