package io.trustplane.server.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A consumer's committed position in {@code log_consumer_offsets}. Consumers commit it in the same store transaction
 * as what they wrote, so a restart resumes exactly where the last commit left off.
 */
public final class ConsumerOffsets {
    private ConsumerOffsets() {
    }

    /** The committed offset of {@code consumer}, or 0 when it never committed. */
    public static long read(Connection connection, String consumer) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT log_offset FROM log_consumer_offsets WHERE consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    /** Records {@code offset} for {@code consumer} (in the caller's transaction, if one is open). */
    public static void commit(Connection connection, String consumer, long offset) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO log_consumer_offsets (consumer, log_offset, updated_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (consumer) DO UPDATE SET log_offset = excluded.log_offset, "
                + "updated_at = excluded.updated_at")) {
            ps.setString(1, consumer);
            ps.setLong(2, offset);
            ps.setObject(3, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}
