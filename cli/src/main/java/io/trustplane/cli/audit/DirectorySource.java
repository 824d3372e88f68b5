package io.trustplane.cli.audit;

import io.trustplane.cli.audit.AuditJson.RecordedEntry;
import io.trustplane.cli.audit.AuditJson.StoredCheckpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * An exported log or archived segment (docs/AUDIT.md, "Export and archive format"): {@code log.json},
 * {@code entries-<from>-<to>.jsonl} read in the order of {@code <from>}, and {@code checkpoints.jsonl}. Files
 * are read a line at a time, so memory does not grow with the log.
 */
public final class DirectorySource implements AuditLogSource {
    private static final Pattern ENTRIES_FILE = Pattern.compile("entries-(\\d+)-(\\d+)\\.jsonl");

    private final Path dir;

    public DirectorySource(Path dir) {
        this.dir = dir;
    }

    @Override
    public String describe() {
        return "directory " + dir;
    }

    @Override
    public Published published() throws UnreadableLogException {
        Path file = file("log.json");
        JsonNode log;
        try {
            log = AuditJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (JacksonException e) {
            throw new UnreadableLogException(file + ": not valid JSON: " + AuditJson.message(e), e);
        }
        JsonNode origin = log.path("origin");
        JsonNode keys = log.path("keys");
        if (!log.isObject() || !(origin.isMissingNode() || origin.isNull() || origin.isString()) || !keys.isArray()) {
            throw new UnreadableLogException(file + ": expected {\"origin\": \"...\", \"keys\": [\"<vkey>\", ...]}");
        }
        List<String> vkeys = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!key.isString()) throw new UnreadableLogException(file + ": keys must be verifier-key strings, found " + key);
            vkeys.add(key.stringValue());
        }
        return new Published(origin.isString() ? origin.stringValue() : null, vkeys);
    }

    @Override
    public void read(Sink sink) throws UnreadableLogException {
        for (Path entries : entryFiles()) {
            readLines(entries, text -> {
                try (JsonParser p = AuditJson.MAPPER.createParser(text)) {
                    p.nextToken();
                    RecordedEntry e = AuditJson.entry(p, text);
                    if (p.nextToken() != null) throw new IllegalArgumentException("more than one JSON value on the line");
                    sink.entry(e.entry(), e.leafHash());
                }
            });
        }
        readLines(file("checkpoints.jsonl"), text -> {
            StoredCheckpoint c = AuditJson.checkpoint(AuditJson.MAPPER.readTree(text));
            sink.checkpoint(c.note(), c.size(), c.root());
        });
    }

    /** The entry files in the order of their first entry (compared as numbers, whatever the padding). */
    private List<Path> entryFiles() throws UnreadableLogException {
        record EntriesFile(Path path, BigInteger from) {
        }
        List<EntriesFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(checkedDir())) {
            for (Path path : (Iterable<Path>) list::iterator) {
                String name = path.getFileName().toString();
                if (!name.startsWith("entries-") || !name.endsWith(".jsonl")) continue;
                Matcher m = ENTRIES_FILE.matcher(name);
                if (!m.matches()) {
                    throw new UnreadableLogException(path + ": an entries file is named entries-<from>-<to>.jsonl");
                }
                files.add(new EntriesFile(path, new BigInteger(m.group(1))));
            }
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
        return files.stream().sorted(Comparator.comparing(EntriesFile::from)).map(EntriesFile::path).toList();
    }

    /** Reads a JSON Lines file, skipping blank lines; a line that does not parse makes the log unreadable. */
    private void readLines(Path file, Consumer<String> reader) throws UnreadableLogException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) continue;
                try {
                    reader.accept(text);
                } catch (JacksonException e) {
                    throw new UnreadableLogException(file + " line " + line + ": not valid JSON: " + AuditJson.message(e), e);
                } catch (IllegalArgumentException e) {
                    throw new UnreadableLogException(file + " line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private Path checkedDir() throws UnreadableLogException {
        if (!Files.isDirectory(dir)) throw new UnreadableLogException("not a directory: " + dir);
        return dir;
    }

    private Path file(String name) throws UnreadableLogException {
        Path file = checkedDir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new UnreadableLogException(dir + " is not an audit log export: it has no " + name);
        }
        return file;
    }

    private static UnreadableLogException unreadable(Path path, IOException e) {
        String why = switch (e) {
            case NoSuchFileException x -> "no such file";
            case CharacterCodingException x -> "it is not UTF-8 text";
            default -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
        return new UnreadableLogException("cannot read " + path + ": " + why, e);
    }
}
