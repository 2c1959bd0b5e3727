package org.praxis.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Writes problem+json answers from security filters, which run before Spring MVC's error handling,
 * and tells a database that cannot be reached (503, try again) from other failures.
 */
public final class ProblemResponses {

    /** What a client is told while the event store (PostgreSQL or H2) cannot be reached. */
    public static final String DATABASE_UNAVAILABLE =
            "Praxis cannot reach its database right now; nothing was changed. Please try again in a moment.";

    /** SQLSTATE class 08: the connection failed or was lost. */
    private static final String CONNECTION_EXCEPTION = "08";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Whether this failure means the database could not be reached or did not answer in time, as
     * opposed to a refused statement (a broken constraint is a bug, not an outage).
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    // begin, commit or rollback failed on the connection itself
                    || cause instanceof org.hibernate.TransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    public void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail));
    }
}
