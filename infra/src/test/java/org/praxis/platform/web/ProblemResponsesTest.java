package org.praxis.platform.web;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An unreachable database is told apart from a refused statement: only the first is a 503 "try again". */
class ProblemResponsesTest {

    @Test
    void a_lost_or_refused_connection_means_the_database_is_unavailable() {
        assertThat(ProblemResponses.isDatabaseUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(ProblemResponses.isDatabaseUnavailable(new IllegalStateException("append failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(ProblemResponses.isDatabaseUnavailable(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void a_refused_statement_is_not_an_outage() {
        assertThat(ProblemResponses.isDatabaseUnavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(ProblemResponses.isDatabaseUnavailable(new IllegalArgumentException("bad input"))).isFalse();
    }
}
