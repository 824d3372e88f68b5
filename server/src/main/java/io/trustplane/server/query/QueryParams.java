package io.trustplane.server.query;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.web.ApiException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of query parameters so one 400 answer lists them all. Shared by the query APIs. */
public final class QueryParams {
    private final List<FieldError> errors = new ArrayList<>();

    public Instant time(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            error(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T10:00:00Z");
            return null;
        }
    }

    public String text(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) return null;
        if (value.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public int intInRange(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) return defaultValue;
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "must be an integer from " + min + " to " + max);
        return defaultValue;
    }

    public long longInRange(String field, String value, long defaultValue, long min, long max) {
        if (value == null || value.isBlank()) return defaultValue;
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= max) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "must be an integer from " + min + " to " + max);
        return defaultValue;
    }

    public <E extends Enum<E>> String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) return null;
        String normalized = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(normalized)) {
            error(field, "must be one of " + allowed);
            return null;
        }
        return normalized;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? "1 query parameter is invalid."
                    : errors.size() + " query parameters are invalid.", errors);
        }
    }
}
