package io.trustplane.server.audit.archive;

import io.trustplane.server.audit.AuditEvent;
import io.trustplane.server.store.SqlTime;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of archived segments (V4__audit_archive.sql). */
@Repository
public class ArchiveRepository {
    private final JdbcTemplate jdbc;

    public ArchiveRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file of an archived segment. */
    public record ArchivedFile(String name, String location, String versionId, String sha256, long bytes) {
    }

    /** One segment archived to one destination. */
    public record ArchivedCopy(String destination, long from, long to, Instant retainUntil, long auditSeq, Instant archivedAt,
                               List<ArchivedFile> files) {
        public ArchivedCopy {
            files = List.copyOf(files);
        }
    }

    /** Where the destination's archive ends: the largest archived {@code to}, or 0. */
    public long archivedTo(String destination) {
        Long to = jdbc.queryForObject("SELECT MAX(seq_to) FROM audit_archive_segments WHERE destination = ?", Long.class, destination);
        return to == null ? 0 : to;
    }

    /** Records a copy in the transaction of its audit entry, whose seq it takes. */
    public static AuditEvent.SideEffect record(String destination, long from, long to, Instant retainUntil, Instant archivedAt,
                                               List<ArchivedFile> files) {
        return (connection, seq) -> {
            try (PreparedStatement segment = connection.prepareStatement("INSERT INTO audit_archive_segments "
                    + "(destination, seq_from, seq_to, retain_until, audit_seq, archived_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                segment.setString(1, destination);
                segment.setLong(2, from);
                segment.setLong(3, to);
                segment.setObject(4, SqlTime.toSql(retainUntil));
                segment.setLong(5, seq);
                segment.setObject(6, SqlTime.toSql(archivedAt));
                segment.executeUpdate();
            }
            try (PreparedStatement file = connection.prepareStatement("INSERT INTO audit_archive_files "
                    + "(destination, seq_from, name, location, version_id, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ArchivedFile f : files) {
                    file.setString(1, destination);
                    file.setLong(2, from);
                    file.setString(3, f.name());
                    file.setString(4, f.location());
                    file.setString(5, f.versionId());
                    file.setString(6, f.sha256());
                    file.setLong(7, f.bytes());
                    file.addBatch();
                }
                file.executeBatch();
            }
        };
    }

    /**
     * The copies of up to {@code limit} segments starting after entry {@code after}, ascending; all destinations'
     * copies of a segment come together.
     *
     * @param destination only this destination's copies, or null for all
     */
    public List<ArchivedCopy> page(long after, int limit, String destination) {
        String only = destination == null ? "" : " AND destination = ?";
        List<Object> args = new ArrayList<>(List.of(after));
        if (destination != null) args.add(destination);
        args.add(limit);
        if (destination != null) args.add(destination);
        List<ArchivedCopy> copies = jdbc.query("SELECT destination, seq_from, seq_to, retain_until, audit_seq, archived_at "
                        + "FROM audit_archive_segments WHERE seq_from IN (SELECT DISTINCT seq_from FROM audit_archive_segments "
                        + "WHERE seq_from > ?" + only + " ORDER BY seq_from LIMIT ?)" + only + " ORDER BY seq_from, destination",
                (rs, i) -> new ArchivedCopy(rs.getString(1), rs.getLong(2), rs.getLong(3), SqlTime.read(rs, 4), rs.getLong(5),
                        SqlTime.read(rs, 6), List.of()), args.toArray());
        if (copies.isEmpty()) return copies;
        Map<String, List<ArchivedFile>> files = new LinkedHashMap<>();
        jdbc.query("SELECT destination, seq_from, name, location, version_id, sha256, bytes FROM audit_archive_files "
                        + "WHERE seq_from BETWEEN ? AND ? ORDER BY destination, seq_from, name",
                rs -> {
                    files.computeIfAbsent(rs.getString(1) + " " + rs.getLong(2), k -> new ArrayList<>())
                            .add(new ArchivedFile(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7)));
                }, copies.getFirst().from(), copies.getLast().from());
        return copies.stream().map(c -> new ArchivedCopy(c.destination(), c.from(), c.to(), c.retainUntil(), c.auditSeq(), c.archivedAt(),
                files.getOrDefault(c.destination() + " " + c.from(), List.of()))).toList();
    }

    /** The SHA-256 recorded for each file archived to a destination, by name. */
    public Map<String, String> recordedSha256(String destination) {
        Map<String, String> sha256 = new LinkedHashMap<>();
        jdbc.query("SELECT name, sha256 FROM audit_archive_files WHERE destination = ? ORDER BY seq_from, name",
                rs -> {
                    sha256.put(rs.getString(1), rs.getString(2));
                }, destination);
        return sha256;
    }
}
