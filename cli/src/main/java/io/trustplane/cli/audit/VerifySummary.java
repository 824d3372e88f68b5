package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.Problem;
import io.trustplane.core.audit.log.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code verify} prints: the verifier's report, plus what only the command can judge. Entries that no
 * checkpoint covers yet are a warning (the server signs every second, so a live log usually has a few);
 * entries of which no checkpoint at all verifies are a problem, {@code UNSIGNED}: nothing vouches for them.
 *
 * @param findings the verifier's problems, then the command's; empty when the log verifies
 */
record VerifySummary(String source, int trustedKeys, boolean keysFromLog, VerificationReport report, int consistencyProofs,
                     List<Finding> findings, List<String> warnings) {

    /** One problem: its kind, the entry and/or checkpoint size it concerns (-1 if none), and what it means. */
    record Finding(String kind, long seq, long checkpointSize, String message) {
    }

    static VerifySummary of(String source, int trustedKeys, boolean keysFromLog, VerificationReport report, int consistencyProofs,
                            List<String> sourceWarnings) {
        List<Finding> findings = new ArrayList<>();
        for (Problem p : report.problems()) {
            findings.add(new Finding(p.kind().name(), p.seq(), p.checkpointSize(), p.message()));
        }
        List<String> warnings = new ArrayList<>(sourceWarnings);
        if (report.entries() > 0 && report.verifiedCheckpoints() == 0) {
            if (findings.isEmpty()) {
                findings.add(new Finding("UNSIGNED", -1, -1, "no checkpoint signed by a trusted key covers the log's "
                        + report.entries() + " entries: nothing shows they are the entries that were logged"));
            }
        } else if (report.ok() && report.verifiedSize() < report.entries()) {
            warnings.add("entries " + report.verifiedSize() + " to " + (report.entries() - 1)
                    + " are chained but no checkpoint covers them yet, so no signature vouches for them");
        }
        return new VerifySummary(source, trustedKeys, keysFromLog, report, consistencyProofs, List.copyOf(findings), List.copyOf(warnings));
    }

    boolean ok() {
        return findings.isEmpty();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("Audit log: ").append(source).append('\n')
                .append("trusted keys:          ").append(trustedKeys).append(keysFromLog ? " (published by the log itself)" : " (given with --key)").append('\n')
                .append("entries read:          ").append(report.entries()).append('\n')
                .append("checkpoints:           ").append(report.checkpoints()).append('\n')
                .append("verified checkpoints:  ").append(report.verifiedCheckpoints()).append('\n')
                .append("verified size:         ").append(report.verifiedSize()).append('\n')
                .append("consistency proofs:    ").append(consistencyProofs).append('\n');
        if (ok()) {
            return out.append("OK: no problems found.\n").toString();
        }
        out.append("FAILED: ").append(findings.size()).append(findings.size() == 1 ? " problem\n" : " problems\n");
        for (Finding f : findings) {
            out.append(f.kind()).append(where(f)).append(": ").append(f.message()).append('\n');
        }
        return out.toString();
    }

    /**
     * Where a finding is: {@code entry 17}, {@code checkpoint 40}, or, when it names both, the entries up to the
     * checkpoint ({@code entries 10 to 19, checkpoint 20}): then the seq is where the range starts, not a culprit.
     */
    private static String where(Finding f) {
        if (f.seq() >= 0 && f.checkpointSize() > f.seq()) {
            long last = f.checkpointSize() - 1;
            return (last == f.seq() ? " entry " + last : " entries " + f.seq() + " to " + last) + ", checkpoint " + f.checkpointSize();
        }
        return (f.seq() >= 0 ? " entry " + f.seq() : "") + (f.checkpointSize() >= 0 ? " checkpoint " + f.checkpointSize() : "");
    }

    String json() {
        ObjectNode root = AuditJson.MAPPER.createObjectNode();
        root.put("ok", ok());
        root.put("source", source);
        root.put("trustedKeys", trustedKeys);
        root.put("keysFromLog", keysFromLog);
        root.put("entries", report.entries());
        root.put("checkpoints", report.checkpoints());
        root.put("verifiedCheckpoints", report.verifiedCheckpoints());
        root.put("verifiedSize", report.verifiedSize());
        root.put("consistencyProofs", consistencyProofs);
        ArrayNode problems = root.putArray("problems");
        for (Finding f : findings) {
            ObjectNode p = problems.addObject().put("kind", f.kind());
            if (f.seq() >= 0) p.put("seq", f.seq()); else p.putNull("seq");
            if (f.checkpointSize() >= 0) p.put("checkpointSize", f.checkpointSize()); else p.putNull("checkpointSize");
            p.put("message", f.message());
        }
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(warningList::add);
        return AuditJson.MAPPER.writeValueAsString(root) + "\n";
    }
}
