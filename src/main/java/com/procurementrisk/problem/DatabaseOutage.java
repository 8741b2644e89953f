package com.procurementrisk.problem;

import io.agroal.pool.ConnectionPool;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot be reached, or whose connection pool is full, from every other
 * failure, so that the former are answered 503 with {@code Retry-After} and the latter stays a
 * logged 500. Only connection failures count: a bad query, a constraint or a mapping error is a
 * bug and must not look like an outage.
 */
public final class DatabaseOutage {

    /** Why the database could not be used. */
    public enum Kind {
        /** Down, restarting or out of reach: a connection failed. */
        UNREACHABLE,
        /** Reachable, but every pooled connection stayed in use for longer than the acquisition timeout. */
        BUSY
    }

    /** The SQL states of connection failures (class 08, "connection exception", SQL:2016 and both databases). */
    private static final String CONNECTION_CLASS = "08";
    /** PostgreSQL: the server is shutting down or starting up (admin_shutdown, crash_shutdown, cannot_connect_now). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or what caused it, says the database cannot be used for now. */
    public static boolean isOutage(Throwable failure) {
        return kind(failure).isPresent();
    }

    /**
     * Why the database cannot be used, when that is what {@code failure} says. The first SQL
     * exception down the cause chain that carries an SQL state is the driver's answer and decides
     * alone: a constraint violation (class 23) is not an outage even when the driver chains a
     * connection exception beneath it (H2 2.4.240 reports a CHECK constraint it can no longer
     * evaluate as 23514 caused by 90098 "The database has been closed", on a healthy database).
     */
    public static Optional<Kind> kind(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return Optional.of(Kind.UNREACHABLE);
            }
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return connectionState(sql) ? Optional.of(Kind.UNREACHABLE) : Optional.empty();
                }
                if (fromPool(sql) && !causedByDriver(sql)) {
                    return Optional.of(Kind.BUSY);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean connectionState(SQLException e) {
        String state = e.getSQLState();
        return state.startsWith(CONNECTION_CLASS) || SERVER_GOING_AWAY.contains(state);
    }

    /**
     * Whether the pool itself threw this while handing out a connection. Agroal (2.8, in Quarkus
     * 3.30) has no exception type of its own for a full pool: it throws a plain SQLException
     * without SQL state ("Sorry, acquisition timeout!", or "Acquisition timeout while waiting for
     * new connection" around a TimeoutException) from {@link ConnectionPool}. So the test is where
     * it was thrown, not what it says: the top frame is the pool's, not the driver's. Naming the
     * class (not its name as text) makes a rename in Agroal a compile error here.
     */
    private static boolean fromPool(SQLException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && ConnectionPool.class.getName().equals(frames[0].getClassName());
    }

    /**
     * Whether the pool's exception wraps the driver's failure to connect ("Exception while creating
     * new connection"): then the database is out of reach, which the cause chain says further down.
     */
    private static boolean causedByDriver(SQLException e) {
        return e.getCause() instanceof SQLException;
    }
}
