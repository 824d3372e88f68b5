package io.trustplane.core.guard;

import java.util.Objects;

/**
 * Something a detector found in a segment.
 *
 * @param detector the detector's name, e.g. {@code pii}
 * @param type what was found, upper snake case: {@code EMAIL_ADDRESS}, {@code AWS_ACCESS_KEY},
 *     {@code INSTRUCTION_OVERRIDE}, ...
 * @param start first {@code char} index in the segment's original text
 * @param end {@code char} index after the last one (exclusive); {@code start == end} for a finding
 *     about the whole segment that has no span
 * @param confidence in [0, 1]
 * @param reason a short human explanation; never contains the matched value, so findings can be
 *     logged and stored without leaking what they describe
 */
public record Finding(String detector, String type, int start, int end, double confidence, String reason) {
    public Finding {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
