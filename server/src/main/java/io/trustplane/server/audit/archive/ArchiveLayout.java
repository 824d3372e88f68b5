package io.trustplane.server.audit.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the files in an archive (docs/AUDIT.md, "Export and archive format"). Each segment
 * {@code [from, to)} is a folder {@code <from>-<to>} in the export format: {@code log.json},
 * {@code entries-<from>-<to>.jsonl} and {@code checkpoints.jsonl}; bounds are zero-padded to 20 digits so
 * that names sort in log order.
 */
public final class ArchiveLayout {
    public static final String LOG = "log.json";
    public static final String CHECKPOINTS = "checkpoints.jsonl";
    private static final Pattern NAME = Pattern.compile("(\\d{20})-(\\d{20})/(entries-(\\d{20})-(\\d{20})\\.jsonl|checkpoints\\.jsonl|log\\.json)");

    private ArchiveLayout() {
    }

    /** What a file of the archive is. */
    public enum Kind { ENTRIES, CHECKPOINTS, LOG }

    /** A file of segment {@code [from, to)}. */
    public record SegmentFile(long from, long to, Kind kind) {
    }

    public static String segment(long from, long to) {
        return pad(from) + "-" + pad(to);
    }

    public static String entries(long from, long to) {
        return segment(from, to) + "/entries-" + pad(from) + "-" + pad(to) + ".jsonl";
    }

    public static String checkpoints(long from, long to) {
        return segment(from, to) + "/" + CHECKPOINTS;
    }

    public static String log(long from, long to) {
        return segment(from, to) + "/" + LOG;
    }

    /** The segment file a name denotes (relative to the archive's root, with '/'), or empty for anything else. */
    public static Optional<SegmentFile> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) return Optional.empty();
        long from;
        long to;
        try {
            from = Long.parseLong(m.group(1));
            to = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty(); // 20 digits above Long.MAX_VALUE
        }
        if (from >= to) return Optional.empty();
        String file = m.group(3);
        if (file.startsWith("entries-")) {
            // the file's own bounds must be the folder's
            if (!m.group(4).equals(m.group(1)) || !m.group(5).equals(m.group(2))) return Optional.empty();
            return Optional.of(new SegmentFile(from, to, Kind.ENTRIES));
        }
        return Optional.of(new SegmentFile(from, to, file.equals(CHECKPOINTS) ? Kind.CHECKPOINTS : Kind.LOG));
    }

    private static String pad(long n) {
        return String.format("%020d", n);
    }
}
