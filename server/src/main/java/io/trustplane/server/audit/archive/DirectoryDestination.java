package io.trustplane.server.audit.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An archive in a local or mounted directory. Each file is written to a temporary name in its folder, synced, and
 * then linked to its name, which fails rather than replace a file that appeared meanwhile; the finished files are
 * made read-only. There is no retention: protect the directory by other means (a WORM mount, backups).
 */
public final class DirectoryDestination implements ArchiveDestination {
    private static final String TEMP_PREFIX = ".tmp-";

    private final String name;
    private final Path root;

    /** @param name the destination as configured, e.g. {@code file:/srv/audit} */
    public DirectoryDestination(String name, Path root) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    @Override
    public void prepare() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.CONFIGURATION, "the archive directory " + root + " cannot be created: " + e, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new ArchiveException(ArchiveException.Reason.CONFIGURATION, "the archive directory " + root
                    + " is not a writable directory for the server's user");
        }
    }

    @Override
    public Optional<Instant> retainUntil(Instant now) {
        return Optional.empty();
    }

    @Override
    public StoredFile write(String fileName, StagedFile file, Instant retainUntil) {
        Path target = resolve(fileName);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) return existing(fileName, target, file);
            Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
            try {
                Files.copy(file.path(), temp);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                publish(temp, target);
            } catch (FileAlreadyExistsException e) {
                return existing(fileName, target, file); // written meanwhile by someone else
            } finally {
                Files.deleteIfExists(temp);
            }
            target.toFile().setReadOnly();
            syncDirectory(target.getParent());
            return new StoredFile(fileName, target.toString(), null, file.sha256(), file.bytes(), false);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "writing " + target + " failed: " + e, e);
        }
    }

    /** Makes the temporary file visible under its name, never replacing a file that is there. */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp); // atomic, and fails if the name exists
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without hard links: rename, after checking the name is free (one archiver per server)
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private StoredFile existing(String fileName, Path target, StagedFile file) throws IOException {
        String present;
        try (InputStream in = Files.newInputStream(target)) {
            present = StagedFile.sha256(in);
        }
        if (!present.equals(file.sha256())) {
            throw new ArchiveException(ArchiveException.Reason.CONFLICT, target + " already exists with different content (sha256 "
                    + present + ", the archive would write " + file.sha256() + "); it is left as it is. Is another log archived "
                    + "to the same directory, or was the file changed?");
        }
        return new StoredFile(fileName, target.toString(), null, present, Files.size(target), true);
    }

    @Override
    public List<ListedFile> list() {
        if (!Files.isDirectory(root)) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "the archive directory " + root + " does not exist");
        }
        List<ListedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(path) || path.getFileName().toString().startsWith(TEMP_PREFIX)) continue;
                files.add(new ListedFile(root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"), null, null));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "listing " + root + " failed: " + e, e);
        }
        return files;
    }

    @Override
    public InputStream open(ListedFile file) {
        Path path = resolve(file.name());
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, path + " does not exist", e);
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "reading " + path + " failed: " + e, e);
        }
    }

    private Path resolve(String fileName) {
        Path path = root.resolve(fileName).normalize();
        if (!path.startsWith(root)) throw new IllegalArgumentException("not a name inside the archive: " + fileName);
        return path;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot sync a directory; the file itself is synced
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
