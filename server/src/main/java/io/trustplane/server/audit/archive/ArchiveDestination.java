package io.trustplane.server.audit.archive;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where archived segments are written and read back from: a directory or an S3-compatible bucket. Names are
 * relative to the destination's root and use '/' (see {@link ArchiveLayout}). A destination never replaces a
 * file with different content: writing what is already there is a no-op, anything else is a conflict.
 */
public interface ArchiveDestination extends AutoCloseable {

    /** The destination as configured, e.g. {@code s3://bucket/prefix} or {@code file:/srv/audit}; never credentials. */
    String name();

    /**
     * Checks that the destination can take the archive as configured (it exists and is writable; a bucket has
     * Object Lock when retention is asked for).
     *
     * @throws ArchiveException naming what to fix
     */
    void prepare();

    /** Until when objects written at {@code now} are locked, if the destination locks them. */
    Optional<Instant> retainUntil(Instant now);

    /**
     * Writes a staged file under {@code name}, atomically: readers see all of it or nothing.
     *
     * @param retainUntil the Object Lock retention to set, or null
     * @throws ArchiveException {@link ArchiveException.Reason#CONFLICT} if a different file is already there
     */
    StoredFile write(String name, StagedFile file, Instant retainUntil);

    /** Every file under the root, in no particular order. */
    List<ListedFile> list();

    /** Reads a listed file; the caller closes the stream. */
    InputStream open(ListedFile file);

    @Override
    default void close() {
    }

    /**
     * A file as written.
     *
     * @param location  where it is: an absolute path or {@code s3://bucket/key}
     * @param versionId the S3 object version, or null
     * @param existed   true if the same file was already there (a retried segment)
     */
    record StoredFile(String name, String location, String versionId, String sha256, long bytes, boolean existed) {
    }

    /**
     * A file found in the destination.
     *
     * @param version which version to read (S3), or null for the only one
     * @param note    something a verifier should know about the file (e.g. it was overwritten after archiving), or null
     */
    record ListedFile(String name, String version, String note) {
    }
}
