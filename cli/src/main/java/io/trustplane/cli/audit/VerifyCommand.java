package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.log.AuditLogVerifier;
import io.trustplane.core.audit.log.VerificationReport;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteVerifier;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trustplane verify}: checks an audit log, exported or served, trusting only the given verifier keys.
 * Exit codes: 0 verified without problems, 1 problems found, 2 the log could not be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verifies the audit log offline: recomputes every entry's hash, the chain and the Merkle tree, "
                + "and checks every signed checkpoint and the consistency between them (docs/AUDIT.md).",
                "Exit codes: 0 verified without problems, 1 problems found, 2 the log could not be read."})
public final class VerifyCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int UNREADABLE = 2;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "An exported log (log.json, entries-*.jsonl, checkpoints.jsonl) or an archive root (one <from>-<to> folder per segment).")
        Path dir;

        @Option(names = "--url", required = true, paramLabel = "URL", description = "A running server's base URL, e.g. http://localhost:8080.")
        URI url;
    }

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:TRUSTPLANE_API_KEY}", showDefaultValue = Visibility.NEVER,
            description = "With --url: a key that reads the whole log (the admin credential). Default: $TRUSTPLANE_API_KEY.")
    String apiKey;

    @Option(names = "--key", paramLabel = "VKEY",
            description = "A trusted verifier key, <name>+<hash>+<base64> (repeatable). Without one, the keys the log "
                    + "publishes are used, which proves internal consistency only, not authenticity.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "The log's origin the checkpoints must name. Default: the one the log publishes.")
    String origin;

    @Option(names = "--json", description = "Print a machine-readable report instead of the summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            AuditLogSource log = source();
            AuditLogSource.Published published = log.published();
            boolean keysFromLog = keys.isEmpty();
            List<NoteVerifier> trusted = verifiers(keysFromLog ? published.keys() : keys, keysFromLog ? log.describe() : "--key");
            Collector collector = new Collector(new AuditLogVerifier(origin != null ? origin : published.origin(), trusted));
            if (keysFromLog) {
                collector.warning("no --key given: the checkpoints are checked with the " + trusted.size() + " key(s) the log publishes itself. "
                        + "That proves the log is internally consistent, not that it is authentic: whoever can rewrite the log can "
                        + "replace those keys too. Pass the log's verifier key, obtained from a trusted channel, with --key.");
            }
            log.read(collector);
            VerificationReport report = collector.verifier.finish();
            VerifySummary summary = VerifySummary.of(log.describe(), trusted.size(), keysFromLog, report,
                    collector.proofs, collector.warnings);
            summary.warnings().forEach(w -> err.println("warning: " + w));
            spec.commandLine().getOut().print(json ? summary.json() : summary.text());
            spec.commandLine().getOut().flush();
            err.flush();
            return summary.ok() ? OK : PROBLEMS;
        } catch (UnreadableLogException e) {
            err.println("error: the audit log could not be read: " + e.getMessage());
            err.flush();
            return UNREADABLE;
        } catch (RuntimeException e) {
            // a bug, not a finding: exit 1 would claim the log was tampered with
            err.println("error: verification stopped unexpectedly: " + e);
            e.printStackTrace(err);
            err.flush();
            return UNREADABLE;
        }
    }

    private AuditLogSource source() throws UnreadableLogException {
        if (source.dir != null) return ArchiveSource.isArchive(source.dir) ? new ArchiveSource(source.dir) : new DirectorySource(source.dir);
        return ServerSource.of(source.url, apiKey);
    }

    private static List<NoteVerifier> verifiers(List<String> vkeys, String from) throws UnreadableLogException {
        if (vkeys.isEmpty()) {
            throw new UnreadableLogException("no verifier key: " + from + " publishes none, and none was given with --key");
        }
        List<NoteVerifier> verifiers = new ArrayList<>();
        for (String vkey : vkeys) {
            try {
                verifiers.add(NoteVerifier.parse(vkey.strip()));
            } catch (NoteException e) {
                throw new UnreadableLogException(from + ": '" + vkey + "' is not a verifier key: " + e.getMessage(), e);
            }
        }
        return verifiers;
    }

    /** Passes what the source reads to the verifier, counting the consistency proofs and keeping the warnings. */
    private static final class Collector implements AuditLogSource.Sink {
        final AuditLogVerifier verifier;
        final List<String> warnings = new ArrayList<>();
        int proofs;

        Collector(AuditLogVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        public void entry(AuditEntry entry, byte[] recordedLeafHash) {
            verifier.entry(entry, recordedLeafHash);
        }

        @Override
        public void checkpoint(String signedNote, long recordedSize, byte[] recordedRoot) {
            verifier.checkpoint(signedNote, recordedSize, recordedRoot);
        }

        @Override
        public void consistencyProof(long size1, long size2, List<byte[]> proof) {
            verifier.consistencyProof(size1, size2, proof);
            proofs++;
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }
}
