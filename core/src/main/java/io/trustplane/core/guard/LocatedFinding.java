package io.trustplane.core.guard;

/**
 * A finding together with the segment it was found in.
 *
 * @param segment the segment's id, e.g. {@code messages[1]}
 * @param direction the segment's direction
 * @param role the segment's role
 * @param finding the finding; its span indexes the segment's original text
 */
public record LocatedFinding(String segment, Direction direction, TextRole role, Finding finding) {
}
