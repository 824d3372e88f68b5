package io.trustplane.server.audit.archive;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.note.Checkpoint;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.core.audit.note.SignedNote;
import io.trustplane.server.audit.AuditKeys;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.AuditRecord;
import io.trustplane.server.audit.AuditRepository;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.audit.Checkpoints;
import io.trustplane.server.audit.PeriodicTask;
import io.trustplane.server.audit.Checkpoints.StoredCheckpoint;
import io.trustplane.server.audit.archive.ArchiveDestination.StoredFile;
import io.trustplane.server.audit.archive.ArchiveRepository.ArchivedCopy;
import io.trustplane.server.audit.archive.ArchiveRepository.ArchivedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archives sealed segments of the audit log. A segment {@code [from, to)} ends at a multiple of
 * {@code segment-entries} and is sealed once the log has {@code to} entries: the archiver checks the stored
 * entries against the tree, has a checkpoint signed at exactly {@code to} if there is none, and writes the
 * segment's entries, its checkpoints and the log's keys to every destination that lacks it, in order. Each copy
 * appends an {@code audit.archived} entry, in whose transaction the copy is recorded.
 *
 * <p>Runs on a schedule when {@code trustplane.audit.archive.enabled}, and on demand; one run at a time.
 */
@Component
public class AuditArchiver implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AuditArchiver.class);
    private static final HexFormat HEX = HexFormat.of();

    private final ArchiveProperties properties;
    private final ArchiveDestinations destinations;
    private final ArchiveRepository archived;
    private final AuditLog auditLog;
    private final AuditRepository entries;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;
    private final Auditor auditor;
    private final ArchiveFormat format;
    private final MeterRegistry meters;
    private final PeriodicTask schedule;

    public AuditArchiver(ArchiveProperties properties, ArchiveDestinations destinations, ArchiveRepository archived, AuditLog auditLog,
                         AuditRepository entries, Checkpoints checkpoints, AuditKeys keys, Auditor auditor, JsonMapper json,
                         MeterRegistry meters) {
        this.properties = properties;
        this.destinations = destinations;
        this.archived = archived;
        this.auditLog = auditLog;
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.auditor = auditor;
        this.format = new ArchiveFormat(json);
        this.meters = meters;
        this.schedule = new PeriodicTask("audit-archiver", properties.interval(), true, this::archiveNow);
    }

    /** A destination that failed during a run: the reason and a message without credentials. */
    public record Failure(String destination, ArchiveException.Reason reason, String message) {
    }

    /**
     * @param logSize  the log's size when the run started
     * @param archived the copies written, in order
     * @param failures destinations that stopped with an error (the segments before it are archived)
     */
    public record Run(long logSize, List<ArchivedCopy> archived, List<Failure> failures) {
    }

    public ArchiveFormat format() {
        return format;
    }

    public List<ArchiveDestination> destinations() {
        return destinations.all();
    }

    public long segmentEntries() {
        return destinations.segmentEntries();
    }

    /** Archives every sealed segment each destination lacks; a failing destination does not stop the others. */
    public synchronized Run archiveNow() {
        long size = auditLog.size();
        List<ArchivedCopy> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ArchiveDestination destination : destinations.all()) {
            try {
                archiveTo(destination, size, written);
            } catch (ArchiveException e) {
                failures.add(new Failure(destination.name(), e.reason(), e.getMessage()));
                counter("trustplane.audit.archive.failures", destination).increment();
                log.error("archiving the audit log to {} failed: {}", destination.name(), e.getMessage());
            }
        }
        return new Run(size, written, failures);
    }

    private void archiveTo(ArchiveDestination destination, long size, List<ArchivedCopy> written) {
        long from = archived.archivedTo(destination.name());
        long n = destinations.segmentEntries();
        long to = (from / n + 1) * n;
        if (to > size) return;
        destination.prepare();
        while (to <= size) {
            ArchivedCopy copy = archiveSegment(destination, from, to);
            written.add(copy);
            counter("trustplane.audit.archive.segments", destination).increment();
            log.info("archived audit entries {} to {} to {}", from, to - 1, destination.name());
            from = to;
            to += n;
        }
    }

    private ArchivedCopy archiveSegment(ArchiveDestination destination, long from, long to) {
        Path staging;
        try {
            staging = Files.createTempDirectory("trustplane-archive-");
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "cannot create a staging directory: " + e, e);
        }
        try {
            List<NoteVerifier> verifiers = keys.verifiers();
            Map<String, StagedFile> files = new LinkedHashMap<>();
            files.put(ArchiveLayout.entries(from, to), stage(staging.resolve("entries"), out -> writeEntries(from, to, out)));
            checkSignedCheckpoints(from, to, verifiers);
            checkpoints.signAt(to); // the seal
            files.put(ArchiveLayout.checkpoints(from, to), stage(staging.resolve("checkpoints"), out -> writeCheckpoints(from, to, out)));
            ArchiveFormat.LogDescription description = new ArchiveFormat.LogDescription(keys.origin(),
                    keys.published().stream().map(AuditKeys.PublishedKey::vkey).toList());
            files.put(ArchiveLayout.log(from, to), stage(staging.resolve("log"), out -> out.write(format.log(description))));

            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Instant retainUntil = destination.retainUntil(now).orElse(null);
            List<ArchivedFile> stored = new ArrayList<>();
            files.forEach((name, staged) -> {
                StoredFile f = destination.write(name, staged, retainUntil);
                stored.add(new ArchivedFile(f.name(), f.location(), f.versionId(), f.sha256(), f.bytes()));
            });
            AuditRecord entry = auditor.record(Auditor.currentActor(), null, "audit.archived", "audit_segment:" + from + "-" + to,
                    Map.of("from", from, "to", to, "destination", destination.name()),
                    ArchiveRepository.record(destination.name(), from, to, retainUntil, now, stored));
            return new ArchivedCopy(destination.name(), from, to, retainUntil, entry.seq(), now, stored);
        } catch (IOException | UncheckedIOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "staging segment " + ArchiveLayout.segment(from, to)
                    + " failed: " + e, e);
        } catch (IllegalStateException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "recording segment " + ArchiveLayout.segment(from, to)
                    + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private StagedFile stage(Path path, StagedFile.Content content) throws IOException {
        return StagedFile.write(path, content);
    }

    /**
     * Writes the entries, checking on the way that each one still hashes to its recorded leaf hash, that this is the
     * tree's leaf, and that the chain holds: a segment is never sealed over entries changed in the store.
     */
    private void writeEntries(long from, long to, OutputStream out) {
        long[] next = {from};
        String[] previous = {from == 0 ? AuditEntry.GENESIS_PREV : HEX.formatHex(leaf(from - 1))};
        entries.forEachInRange(from, to, record -> {
            AuditEntry e = record.entry();
            if (e.seq() != next[0]) throw integrity(from, to, "entry " + next[0] + " is missing from the store");
            String recomputed = e.leafHashHex();
            if (!recomputed.equals(record.leafHash()) || !Arrays.equals(HEX.parseHex(recomputed), leaf(e.seq()))) {
                throw integrity(from, to, "entry " + e.seq() + " in the store no longer hashes to the log's leaf");
            }
            if (!e.prev().equals(previous[0])) throw integrity(from, to, "entry " + e.seq() + " does not chain to entry " + (e.seq() - 1));
            try {
                out.write(format.entryLine(record));
                out.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            previous[0] = recomputed;
            next[0]++;
        });
        if (next[0] != to) throw integrity(from, to, "entries " + next[0] + " to " + (to - 1) + " are missing from the store");
    }

    /** Every signed checkpoint from {@code from} up to the first one at or past {@code to} must match the tree. */
    private void checkSignedCheckpoints(long from, long to, List<NoteVerifier> verifiers) {
        List<StoredCheckpoint> signed = new ArrayList<>();
        checkpoints.forEachBetween(from, to, signed::add);
        if (signed.isEmpty() || signed.getLast().size() < to) signed.addAll(checkpoints.page(to, 1));
        for (StoredCheckpoint c : signed) {
            if (c.size() > auditLog.size()) continue;
            byte[] root;
            try {
                root = Checkpoint.parse(SignedNote.open(c.note(), verifiers).text()).rootHash();
            } catch (NoteException e) {
                throw integrity(from, to, "the checkpoint stored for size " + c.size() + " does not verify: " + e.getMessage());
            }
            if (!Arrays.equals(root, auditLog.root(c.size()))) {
                throw integrity(from, to, "the log's tree no longer matches the checkpoint signed at size " + c.size());
            }
        }
    }

    private void writeCheckpoints(long from, long to, OutputStream out) {
        checkpoints.forEachBetween(from, to, c -> {
            try {
                out.write(format.checkpointLine(new ArchiveFormat.CheckpointLine(c.size(), c.rootHash(), c.note())));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] leaf(long seq) {
        return auditLog.read(tree -> tree.complete(0, seq));
    }

    private static ArchiveException integrity(long from, long to, String what) {
        return new ArchiveException(ArchiveException.Reason.INTEGRITY, "segment " + ArchiveLayout.segment(from, to)
                + " is not sealed: " + what + ". The store was changed outside the server; run `trustplane verify` to see what changed.");
    }

    private Counter counter(String name, ArchiveDestination destination) {
        return Counter.builder(name).tag("destination", destination.name()).register(meters);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete the staging directory {}: {}", dir, e.toString());
        }
    }

    // ---- the schedule: first at start, then every interval

    @Override
    public void start() {
        if (properties.enabled()) schedule.start();
    }

    /** Stops after the web server, before the checkpoints and the log; a run in progress finishes first. */
    @Override
    public void stop() {
        schedule.stop(Duration.ofSeconds(30));
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 7000;
    }
}
