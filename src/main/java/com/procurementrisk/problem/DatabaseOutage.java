package com.procurementrisk.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (down, restarting, unreachable, the pool exhausted)
 * from every other failure, so that the former is answered 503 with {@code Retry-After} and
 * the latter stays a logged 500. Only connection failures count: a bad query, a constraint or
 * a mapping error is a bug and must not look like an outage.
 */
public final class DatabaseOutage {

    /** The SQL states of connection failures (class 08, "connection exception", SQL:2016 and both databases). */
    private static final String CONNECTION_CLASS = "08";
    /** PostgreSQL: the server is shutting down or starting up (admin_shutdown, crash_shutdown, cannot_connect_now). */
    private static final java.util.Set<String> SERVER_GOING_AWAY = java.util.Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql)) {
                return true;
            }
            if (t instanceof SQLException sql && acquisitionTimeout(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith(CONNECTION_CLASS) || SERVER_GOING_AWAY.contains(state));
    }

    /**
     * Agroal gives up waiting for a connection with a plain SQLException (no SQL state) whose
     * message says so: every connection is broken or in use for longer than the acquisition timeout.
     */
    private static boolean acquisitionTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getSQLState() == null && message != null && message.startsWith("Acquisition timeout");
    }
}
