package io.trustplane.core.guard.policy;

/**
 * Why a policy was rejected.
 *
 * @param field the JSON path of the offending value, e.g. {@code rules[2].when}
 * @param message what is wrong, specific enough to fix it (CEL errors include line and column)
 */
public record PolicyError(String field, String message) {
}
