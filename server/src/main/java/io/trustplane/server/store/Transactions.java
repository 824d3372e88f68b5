package io.trustplane.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Helpers for the store's long-lived writer connections (projectors, scanner, audit writer). */
public final class Transactions {
    private static final Logger log = LoggerFactory.getLogger(Transactions.class);

    private Transactions() {
    }

    /** Rolls back an open transaction and returns the connection to auto-commit; a failure is only logged. */
    public static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("rollback failed: {}", e.getMessage());
        }
    }
}
