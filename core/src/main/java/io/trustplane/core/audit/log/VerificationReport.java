package io.trustplane.core.audit.log;

import java.util.List;

/**
 * The outcome of verifying an audit log.
 *
 * @param entries             how many entries were read
 * @param checkpoints         how many checkpoints were read
 * @param verifiedCheckpoints how many checkpoints had a trusted signature and matched the entries
 * @param verifiedSize        the largest checkpoint size that verified completely (0 if none)
 * @param problems            everything found wrong, in the order found; empty when the log verifies
 */
public record VerificationReport(long entries, int checkpoints, int verifiedCheckpoints, long verifiedSize,
                                 List<Problem> problems) {
    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
