package com.procurementrisk.problem;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Only a database out of reach (or a full connection pool) is an outage (503); a bad query or a
 * constraint stays a bug or a conflict.
 */
class DatabaseOutageClassificationTest {

    @Test
    void connectionFailuresAreAnOutageWhereverTheyAreWrapped() {
        assertThat(DatabaseOutage.isOutage(new org.hibernate.exception.JDBCConnectionException("no connection",
                new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new jakarta.persistence.PersistenceException(
                new SQLTransientConnectionException("gone")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
    }

    @Test
    void queryAndConstraintErrorsAreNotAnOutage() {
        assertThat(DatabaseOutage.isOutage(new org.hibernate.exception.ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "uk"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new org.hibernate.exception.SQLGrammarException("bad",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
        // Worded like the pool's message, but not thrown by the pool: not recognised by its wording.
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isFalse();
    }

    /**
     * H2 2.4.240 reports a CHECK constraint it can no longer evaluate as 23514 caused by 90098
     * "The database has been closed" (a connection exception) on a healthy database: the driver's
     * answer is the constraint error, and that is not an outage.
     */
    @Test
    void aConstraintErrorCausedByAConnectionExceptionIsNotAnOutage() {
        SQLException check = new SQLIntegrityConstraintViolationException("Check constraint invalid", "23514", 23514,
                new SQLNonTransientConnectionException("The database has been closed", "90098", 90098));
        assertThat(DatabaseOutage.kind(new org.hibernate.exception.ConstraintViolationException("check", check,
                "membership_role_ck"))).isEmpty();
    }

    /** A real pool of one connection, held: the next request for one waits out the timeout and is told "busy". */
    @Test
    void aFullConnectionPoolIsBusyByWhereItWasThrown() throws SQLException {
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofSeconds(10))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:h2:mem:full-pool-" + UUID.randomUUID())));
        try (AgroalDataSource pool = AgroalDataSource.from(config); Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            // Its one connection made (however long that took), the next one is waited for briefly.
            pool.getConfiguration().connectionPoolConfiguration().setAcquisitionTimeout(Duration.ofMillis(200));
            SQLException full = catchThrowableOfType(SQLException.class, pool::getConnection);
            assertThat((Throwable) full).isNotNull();
            assertThat(DatabaseOutage.kind(new GenericJDBCException("Unable to acquire JDBC Connection", full)))
                    .contains(DatabaseOutage.Kind.BUSY);
            assertThat(DatabaseOutage.kind(full)).contains(DatabaseOutage.Kind.BUSY);
        }
    }

    @Test
    void aPoolThatCannotConnectIsUnreachableNotBusy() throws SQLException {
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:h2:tcp://127.0.0.1:1/nowhere")));
        try (AgroalDataSource pool = AgroalDataSource.from(config)) {
            SQLException refused = catchThrowableOfType(SQLException.class, pool::getConnection);
            assertThat((Throwable) refused).isNotNull();
            assertThat(DatabaseOutage.kind(refused)).contains(DatabaseOutage.Kind.UNREACHABLE);
        }
    }
}
