package com.procurementrisk.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a database out of reach is an outage (503); a bad query or a constraint stays a bug or a conflict. */
class DatabaseOutageClassificationTest {

    @Test
    void connectionFailuresAreAnOutageWhereverTheyAreWrapped() {
        assertThat(DatabaseOutage.isOutage(new org.hibernate.exception.JDBCConnectionException("no connection",
                new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new jakarta.persistence.PersistenceException(
                new SQLTransientConnectionException("gone")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
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
    }
}
