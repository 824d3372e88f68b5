package io.trustplane.core.guard.pii;

import io.trustplane.core.guard.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects candidate findings from all recognisers and keeps a non-overlapping set: the more confident
 * candidate wins, then the longer one. Checksum-validated identifiers carry the highest confidences, so
 * a card number is never reported as a phone number.
 */
final class Candidates {
    private final List<Finding> all = new ArrayList<>();
    private final int limit;

    Candidates(int limit) {
        this.limit = limit;
    }

    void add(String type, int start, int end, double confidence, String reason) {
        if (end > start && all.size() < limit) {
            all.add(new Finding(PiiDetector.NAME, type, start, end, confidence, reason));
        }
    }

    /** The candidates so far, unresolved (overlaps included). */
    List<Finding> all() {
        return Collections.unmodifiableList(all);
    }

    boolean overlapsAny(int start, int end) {
        for (Finding f : all) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    List<Finding> resolve() {
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Finding::confidence).reversed()
                .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                .thenComparingInt(Finding::start));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            boolean clash = false;
            for (Finding k : kept) {
                if (k.overlaps(f)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
