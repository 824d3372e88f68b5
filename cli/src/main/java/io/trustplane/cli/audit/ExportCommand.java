package io.trustplane.cli.audit;

import io.trustplane.core.audit.log.AuditEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code trustplane export}: copies a running server's audit log into an export directory (docs/AUDIT.md, "Export
 * and archive format") that {@code trustplane verify --dir} checks offline, e.g. on another machine or years later.
 * Entries are written exactly as served (each body as it stands, never re-serialized) with their recorded leaf
 * hashes, so the export shows whatever the server holds, tampered or not; nothing is checked here. The directory
 * appears only when complete: the files are written beside it and moved into place at the end.
 * Exit codes: 0 exported, 2 the log could not be read or written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a running server's audit log (entries, checkpoints, published keys) to a directory that "
                + "`trustplane verify --dir` checks offline (docs/AUDIT.md).",
                "Exit codes: 0 exported, 2 the log could not be read or the directory written."})
public final class ExportCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 2;
    private static final HexFormat HEX = HexFormat.of();

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server's base URL, e.g. http://localhost:8080.")
    URI url;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:TRUSTPLANE_API_KEY}", showDefaultValue = Visibility.NEVER,
            description = "A key that reads the whole log (the admin credential). Default: $TRUSTPLANE_API_KEY.")
    String apiKey;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where to write the export; must not exist yet.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path partial = dir.toAbsolutePath().resolveSibling(dir.getFileName() + ".partial");
        Path created = null;
        try {
            if (Files.exists(dir)) throw new UnreadableLogException(dir + " exists already: export into a new directory");
            if (Files.exists(partial)) {
                throw new UnreadableLogException(partial + " exists: an interrupted export? Remove it, or export elsewhere");
            }
            ServerSource server = ServerSource.of(url, apiKey);
            AuditLogSource.Published published = server.published();
            if (partial.getParent() != null) Files.createDirectories(partial.getParent());
            created = Files.createDirectory(partial);
            Writer writer = new Writer(partial);
            try {
                server.readWithoutProofs(writer);
            } finally {
                writer.close();
            }
            Files.write(partial.resolve("log.json"), AuditJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new LogJson(published.origin(), published.keys())));
            Files.move(partial.resolve(Writer.ENTRIES_IN_PROGRESS), partial.resolve(entriesFileName(writer.entries)));
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);

            writer.warnings.forEach(w -> err.println("warning: " + w));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("exported %d entries and %d checkpoints (latest signed size %d) from %s to %s%n",
                    writer.entries, writer.checkpoints, writer.largestSignedSize, server.describe(), dir);
            out.printf("verify it with: trustplane verify --dir %s --key '<the log's verifier key>'%n", dir);
            out.flush();
            err.flush();
            return OK;
        } catch (UnreadableLogException e) {
            return fail(err, e.getMessage(), created);
        } catch (FileAlreadyExistsException e) {
            return fail(err, e.getFile() + " appeared while exporting: export into a new directory", created);
        } catch (IOException e) {
            return fail(err, "cannot write " + e.getMessage(), created);
        } catch (UncheckedIOException e) {
            return fail(err, "cannot write " + e.getCause().getMessage(), created);
        }
    }

    /** Reports the failure and removes what this export wrote, so no half-written export is mistaken for a log. */
    private static int fail(PrintWriter err, String message, Path partial) {
        try {
            if (partial != null) deleteRecursively(partial);
        } catch (IOException cleanup) {
            message += " (and " + partial + " could not be removed: " + cleanup.getMessage() + ")";
        }
        err.println("error: the audit log was not exported: " + message);
        err.flush();
        return FAILED;
    }

    /** {@code entries-<from>-<to>.jsonl}, both padded to 20 digits as the archive names them. */
    static String entriesFileName(long count) {
        return String.format("entries-%020d-%020d.jsonl", 0, count);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private record LogJson(String origin, List<String> keys) {
    }

    /** Writes what the server sends, as it arrives: entries to one JSON Lines file, checkpoints to another. */
    private static final class Writer implements AuditLogSource.Sink {
        static final String ENTRIES_IN_PROGRESS = "entries.jsonl.partial";

        private final OutputStream entriesOut;
        private final OutputStream checkpointsOut;
        private final JsonGenerator entriesJson;
        private final JsonGenerator checkpointsJson;
        final List<String> warnings = new ArrayList<>();
        long entries;
        long checkpoints;
        long largestSignedSize;

        Writer(Path dir) throws IOException {
            entriesOut = Files.newOutputStream(dir.resolve(ENTRIES_IN_PROGRESS));
            checkpointsOut = Files.newOutputStream(dir.resolve("checkpoints.jsonl"));
            // one JSON value per line: the newline is written after each value, so no separator between them
            var lines = AuditJson.MAPPER.writer().withRootValueSeparator((String) null);
            entriesJson = lines.createGenerator(entriesOut);
            checkpointsJson = lines.createGenerator(checkpointsOut);
        }

        @Override
        public void entry(AuditEntry entry, byte[] recordedLeafHash) {
            if (entry.seq() != entries && warnings.stream().noneMatch(w -> w.startsWith("the entries do not run"))) {
                warnings.add("the entries do not run 0, 1, 2, ... (entry " + entry.seq() + " came " + entries + "th): the key may "
                        + "not read the whole log (use the admin credential), or the log was changed; verify will say which");
            }
            JsonGenerator g = entriesJson;
            g.writeStartObject();
            g.writeNumberProperty("seq", entry.seq());
            g.writeStringProperty("time", entry.timeText());
            g.writeStringProperty("actor", entry.actor());
            g.writeStringProperty("project", entry.project());
            g.writeStringProperty("action", entry.action());
            g.writeStringProperty("target", entry.target());
            g.writeName("body");
            g.writeRawValue(entry.body()); // as served: what is hashed must not be re-serialized
            g.writeStringProperty("prev", entry.prev());
            g.writeStringProperty("leafHash", recordedLeafHash == null ? null : HEX.formatHex(recordedLeafHash));
            g.writeEndObject();
            g.writeRaw('\n');
            entries++;
        }

        @Override
        public void checkpoint(String signedNote, long recordedSize, byte[] recordedRoot) {
            JsonGenerator g = checkpointsJson;
            g.writeStartObject();
            g.writeNumberProperty("size", recordedSize);
            g.writeStringProperty("rootHash", recordedRoot == null ? null : HEX.formatHex(recordedRoot));
            g.writeStringProperty("note", signedNote);
            g.writeEndObject();
            g.writeRaw('\n');
            checkpoints++;
            largestSignedSize = Math.max(largestSignedSize, recordedSize);
        }

        @Override
        public void consistencyProof(long size1, long size2, List<byte[]> proof) {
            // not part of an export: the verifier rebuilds the tree from the entries and checks every signed root
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }

        void close() throws IOException {
            try (entriesOut; checkpointsOut) {
                entriesJson.close();
                checkpointsJson.close();
                entriesOut.flush();
                checkpointsOut.flush();
            }
        }
    }
}
