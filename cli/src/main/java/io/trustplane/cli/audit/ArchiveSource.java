package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An archive written by the server (docs/AUDIT.md, "Archive"): one folder {@code <from>-<to>} per sealed segment,
 * each in the export format. The segments are read in log order as one log; a checkpoint stored in two
 * neighbouring segments (the seal of one is the start of the next) counts once, and the keys are those of all
 * segments' {@code log.json}. A missing segment shows as missing entries, as it should.
 */
public final class ArchiveSource implements AuditLogSource {
    private static final Pattern SEGMENT = Pattern.compile("(\\d{20})-(\\d{20})");

    private final Path root;

    public ArchiveSource(Path root) {
        this.root = root;
    }

    /** Whether {@code dir} looks like an archive root (segment folders, no log.json of its own). */
    public static boolean isArchive(Path dir) {
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve("log.json"))) return false;
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> Files.isDirectory(p) && SEGMENT.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "archive " + root;
    }

    @Override
    public Published published() throws UnreadableLogException {
        String origin = null;
        Set<String> keys = new LinkedHashSet<>();
        for (Path segment : segments()) {
            Published p = new DirectorySource(segment).published();
            if (origin == null) origin = p.origin();
            else if (p.origin() != null && !p.origin().equals(origin)) {
                throw new UnreadableLogException(segment + "/log.json names origin '" + p.origin() + "', the segments before it '" + origin + "'");
            }
            keys.addAll(p.keys());
        }
        return new Published(origin, new ArrayList<>(keys));
    }

    @Override
    public void read(Sink sink) throws UnreadableLogException {
        Set<String> seen = new java.util.HashSet<>();
        for (Path segment : segments()) {
            new DirectorySource(segment).read(new Sink() {
                @Override
                public void entry(AuditEntry entry, byte[] recordedLeafHash) {
                    sink.entry(entry, recordedLeafHash);
                }

                @Override
                public void checkpoint(String signedNote, long recordedSize, byte[] recordedRoot) {
                    if (seen.add(recordedSize + "\n" + signedNote)) {
                        sink.checkpoint(signedNote, recordedSize, recordedRoot);
                    }
                }

                @Override
                public void consistencyProof(long size1, long size2, List<byte[]> proof) {
                    sink.consistencyProof(size1, size2, proof);
                }

                @Override
                public void warning(String message) {
                    sink.warning(message);
                }
            });
        }
    }

    /** The segment folders in log order. */
    private List<Path> segments() throws UnreadableLogException {
        record Segment(Path path, long from) {
        }
        List<Segment> segments = new ArrayList<>();
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                Matcher m = SEGMENT.matcher(p.getFileName().toString());
                if (Files.isDirectory(p) && m.matches()) segments.add(new Segment(p, Long.parseLong(m.group(1))));
            }
        } catch (IOException | NumberFormatException e) {
            throw new UnreadableLogException("cannot list the archive " + root + ": " + e.getMessage(), e);
        }
        if (segments.isEmpty()) throw new UnreadableLogException(root + " holds no archived segment (<from>-<to> folders)");
        return segments.stream().sorted(Comparator.comparingLong(Segment::from)).map(Segment::path).toList();
    }
}
