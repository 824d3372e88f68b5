package io.trustplane.server.audit.archive;

import io.trustplane.core.audit.log.AuditLogVerifier;
import io.trustplane.core.audit.log.VerificationReport;
import io.trustplane.core.audit.note.NoteException;
import io.trustplane.core.audit.note.NoteVerifier;
import io.trustplane.server.audit.archive.ArchiveDestination.ListedFile;
import io.trustplane.server.audit.archive.ArchiveLayout.SegmentFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Verifies an archive where it lies (a directory or a bucket) with the core {@link AuditLogVerifier}: every
 * segment's entries in log order, then every checkpoint, a line at a time, so memory does not grow with the
 * entries (beyond the verifier's 64 bytes per entry). Also reports the SHA-256 of every file read, to compare
 * with what was recorded when archiving.
 */
public final class ArchiveReader {
    private final ArchiveDestination archive;
    private final ArchiveFormat format;

    public ArchiveReader(ArchiveDestination archive, ArchiveFormat format) {
        this.archive = archive;
        this.format = format;
    }

    /**
     * @param report    what the verifier found
     * @param origin    the log's origin as the archive describes it (null if no log.json could be read)
     * @param keys      every verifier key the archive's log.json files publish
     * @param warnings  what limits the verification without being a problem of the log itself (a missing file,
     *                  trusting the archive's own keys, an object overwritten after archiving)
     * @param sha256    the SHA-256 of each file read, by name
     */
    public record Result(VerificationReport report, String origin, List<String> keys, List<String> warnings, Map<String, String> sha256) {
        public boolean ok() {
            return report.ok();
        }
    }

    /** Thrown when the archive cannot be read as one (a file that is not JSON Lines, nothing archived). */
    public static final class UnreadableArchiveException extends RuntimeException {
        public UnreadableArchiveException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Segment(long from, long to, Map<ArchiveLayout.Kind, ListedFile> files) {
    }

    /**
     * Verifies the whole archive.
     *
     * @param origin  the origin the checkpoints must name, or null to take the archive's
     * @param trusted the keys whose signatures count, or null to trust the keys the archive publishes (which
     *                proves that the archive is consistent, not that it is authentic)
     */
    public Result verify(String origin, List<NoteVerifier> trusted) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> digests = new LinkedHashMap<>();
        List<Segment> segments = segments(warnings);
        if (segments.isEmpty()) {
            throw new UnreadableArchiveException(archive.name() + " holds no archived segment", null);
        }
        String archivedOrigin = null;
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (Segment s : segments) {
            ListedFile file = s.files().get(ArchiveLayout.Kind.LOG);
            if (file == null) continue;
            StringBuilder text = new StringBuilder();
            readLines(file, digests, line -> text.append(line).append('\n'));
            ArchiveFormat.LogDescription log = parse(file, 0, () -> format.log(text.toString()));
            if (archivedOrigin != null && !archivedOrigin.equals(log.origin())) {
                warnings.add(file.name() + " names the log '" + log.origin() + "', earlier segments '" + archivedOrigin + "'");
            }
            if (archivedOrigin == null) archivedOrigin = log.origin();
            keys.addAll(log.keys());
        }
        List<NoteVerifier> verifiers = trusted;
        if (verifiers == null) {
            warnings.add("trusting the keys the archive itself publishes: this shows the archive is consistent, not that it "
                    + "is authentic; give the log's keys from a trusted source to check that");
            verifiers = new ArrayList<>();
            for (String key : keys) {
                try {
                    verifiers.add(NoteVerifier.parse(key));
                } catch (NoteException | IllegalArgumentException e) {
                    warnings.add("the archive publishes a malformed key: " + key);
                }
            }
            if (verifiers.isEmpty()) throw new UnreadableArchiveException(archive.name() + " publishes no usable verifier key", null);
        }
        AuditLogVerifier verifier = new AuditLogVerifier(origin != null ? origin : archivedOrigin, verifiers);
        for (Segment s : segments) {
            ListedFile entries = s.files().get(ArchiveLayout.Kind.ENTRIES);
            if (entries == null) continue;
            long[] line = {0};
            readLines(entries, digests, text -> {
                line[0]++;
                ArchiveFormat.RecordedEntry e = parse(entries, line[0], () -> format.entry(text));
                verifier.entry(e.entry(), e.leafHash());
            });
        }
        long lastSize = -1;
        String lastNote = null;
        for (Segment s : segments) {
            ListedFile checkpoints = s.files().get(ArchiveLayout.Kind.CHECKPOINTS);
            if (checkpoints == null) continue;
            long[] line = {0};
            List<ArchiveFormat.CheckpointLine> read = new ArrayList<>();
            readLines(checkpoints, digests, text -> {
                line[0]++;
                read.add(parse(checkpoints, line[0], () -> format.checkpoint(text)));
            });
            for (ArchiveFormat.CheckpointLine c : read) {
                // a segment repeats the previous one's sealing checkpoint: count it once
                if (c.size() == lastSize && c.note().equals(lastNote)) continue;
                verifier.checkpoint(c.note(), c.size(), c.rootHash() == null ? null : ArchiveFormat.hex(c.rootHash(), "rootHash"));
                lastSize = c.size();
                lastNote = c.note();
            }
        }
        return new Result(verifier.finish(), archivedOrigin, List.copyOf(keys), warnings, digests);
    }

    /** The archive's segments in log order; gaps, overlaps, missing and unknown files become warnings. */
    private List<Segment> segments(List<String> warnings) {
        TreeMap<Long, Segment> byFrom = new TreeMap<>();
        for (ListedFile file : archive.list()) {
            if (file.note() != null) warnings.add(file.note());
            SegmentFile parsed = ArchiveLayout.parse(file.name()).orElse(null);
            if (parsed == null) {
                warnings.add("ignored " + file.name() + ": not a file of the archive layout");
                continue;
            }
            Segment segment = byFrom.computeIfAbsent(parsed.from(), f -> new Segment(parsed.from(), parsed.to(), new LinkedHashMap<>()));
            if (segment.to() != parsed.to()) {
                warnings.add("segments " + ArchiveLayout.segment(segment.from(), segment.to()) + " and "
                        + ArchiveLayout.segment(parsed.from(), parsed.to()) + " start at the same entry; the first is read");
                continue;
            }
            segment.files().put(parsed.kind(), file);
        }
        long expected = 0;
        for (Segment s : byFrom.values()) {
            if (s.from() != expected) {
                warnings.add(s.from() > expected ? "no segment holds entries " + expected + " to " + (s.from() - 1)
                        : "segment " + ArchiveLayout.segment(s.from(), s.to()) + " overlaps the one before it");
            }
            for (ArchiveLayout.Kind kind : ArchiveLayout.Kind.values()) {
                if (!s.files().containsKey(kind)) {
                    warnings.add("segment " + ArchiveLayout.segment(s.from(), s.to()) + " has no " + switch (kind) {
                        case ENTRIES -> "entries file";
                        case CHECKPOINTS -> ArchiveLayout.CHECKPOINTS;
                        case LOG -> ArchiveLayout.LOG;
                    });
                }
            }
            expected = Math.max(expected, s.to());
        }
        return List.copyOf(byFrom.values());
    }

    /** Streams a file's lines (skipping blank ones) and records its SHA-256. */
    private void readLines(ListedFile file, Map<String, String> digests, Consumer<String> reader) {
        MessageDigest sha256 = StagedFile.digest("SHA-256");
        try (InputStream in = new DigestInputStream(archive.open(file), sha256);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) reader.accept(line);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UnreadableArchiveException(archive.name() + ": reading " + file.name() + " failed: " + e.getMessage(), e);
        }
        digests.put(file.name(), HexFormat.of().formatHex(sha256.digest()));
    }

    private <T> T parse(ListedFile file, long line, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UnreadableArchiveException(archive.name() + ": " + file.name() + (line > 0 ? " line " + line : "") + ": "
                    + e.getMessage(), e);
        }
    }
}
