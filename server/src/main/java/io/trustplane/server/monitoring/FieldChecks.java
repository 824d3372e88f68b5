package io.trustplane.server.monitoring;

import io.trustplane.core.validation.FieldError;
import io.trustplane.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Collects the problems of a monitoring request body, each under its path ({@code predictions[3].features.age}), so
 * that one 400 answer lists all of them and a bad request changes nothing. Shared by the registry and the prediction
 * and ground-truth parsers.
 */
public final class FieldChecks {
    /** Most field errors listed in one answer; a batch with more problems reports the first ones. */
    public static final int MAX_ERRORS = 100;

    private final List<FieldError> errors = new ArrayList<>();

    public void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    public int count() {
        return errors.size();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws a 400 listing every problem, described as problems of {@code what} ("the model", "the batch"). */
    public void throwIfInvalid(String what) {
        if (errors.isEmpty()) return;
        String detail = errors.size() == 1
                ? "In " + what + ", " + errors.getFirst().field() + " " + errors.getFirst().message() + "."
                : "In " + what + ", " + errors.size() + " fields are invalid.";
        throw new ValidationException(detail, errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    /** {@code parent.key}, or {@code parent["key"]} when the key is not a plain identifier (so paths stay readable). */
    public static String path(String parent, String key) {
        String member = plainIdentifier(key) ? key : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        if (parent.isEmpty()) return member.startsWith("[") ? "$" + member : member;
        return member.startsWith("[") ? parent + member : parent + "." + member;
    }

    /**
     * Whether {@code key} matches {@code [A-Za-z_][A-Za-z0-9_]*}. Written out rather than as a regex: it runs for every
     * feature of every logged prediction, where the regex was a third of the request's CPU (docs/BENCHMARKS.md).
     */
    private static boolean plainIdentifier(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) return false;
        }
        return true;
    }

    /** Reports every property of {@code object} that is not one of {@code known}. */
    public void onlyKnown(JsonNode object, String path, Set<String> known, String what) {
        for (var property : object.properties()) {
            if (!known.contains(property.getKey())) {
                error(path(path, property.getKey()), "is not a field of " + what + "; known fields: " + known.stream().sorted().toList());
            }
        }
    }

    /**
     * A string field: null when absent or JSON null (reported when required), or when it is not a string, is blank, or
     * is longer than {@code maxLength} (reported).
     */
    public String text(JsonNode node, String path, int maxLength, boolean required) {
        if (node == null || node.isNull()) {
            if (required) error(path, "is required");
            return null;
        }
        if (!node.isString()) {
            error(path, "must be a string");
            return null;
        }
        String value = node.stringValue();
        if (value.isBlank()) {
            error(path, "must not be blank");
            return null;
        }
        if (value.length() > maxLength) {
            error(path, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A finite number, or null (absent, JSON null, or reported as not a finite number). */
    public Double number(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            error(path, "must be a finite number");
            return null;
        }
        return node.doubleValue();
    }

    /** A JSON object, or null (absent or JSON null; reported when it is something else). */
    public JsonNode object(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) {
            error(path, "must be a JSON object");
            return null;
        }
        return node;
    }
}
