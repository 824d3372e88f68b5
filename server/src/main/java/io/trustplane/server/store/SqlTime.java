package io.trustplane.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC {@code TIMESTAMP} (no zone). Converting through {@link LocalDateTime} at UTC
 * keeps the stored value independent of the JVM's default time zone, which {@code java.sql.Timestamp}
 * would silently apply.
 */
public final class SqlTime {
    private SqlTime() {
    }

    public static LocalDateTime toSql(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromSql(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        return fromSql(rs.getObject(column, LocalDateTime.class));
    }

    public static Instant read(ResultSet rs, int column) throws SQLException {
        return fromSql(rs.getObject(column, LocalDateTime.class));
    }
}
