package org.praxis.platform.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.praxis.blob.BlobNotFoundException;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.document.IdempotencyKeyReused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with a status a client can act on.
 * Framework errors (malformed JSON, missing parts, oversized uploads) are answered by the base class.
 * Errors of the web pages are answered by {@link PageErrors} first.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noAggregate(AggregateNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such item.");
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the parameter '" + e.getName() + "' has an invalid value");
    }

    @ExceptionHandler({RuleViolation.class, Conflict.class, ConcurrencyException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** An Idempotency-Key sent again with another file (IETF draft-ietf-httpapi-idempotency-key-header: 422). */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException invalid) {
            return badRequest(invalid);
        }
        if (cause instanceof RuleViolation violation) {
            return conflict(violation);
        }
        if (cause instanceof NotAllowed notAllowed) {
            return notAllowed(notAllowed);
        }
        if (cause instanceof IdempotencyKeyReused reused) {
            return keyReused(reused);
        }
        if (ProblemResponses.isDatabaseUnavailable(cause)) {
            return databaseUnavailable(e);
        }
        log.error("A command failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The change could not be recorded.");
    }

    /** The event store cannot be reached (a database restart, a network fault): the change was not recorded. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail databaseUnavailable(Exception e) {
        if (!ProblemResponses.isDatabaseUnavailable(e)) {
            log.error("The database refused a statement", e);
            return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "The change could not be recorded.");
        }
        log.error("The database is unavailable: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ProblemResponses.DATABASE_UNAVAILABLE);
    }

    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail searchFailed(ElasticsearchException e) {
        log.error("Elasticsearch refused a request: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is unavailable right now; uploads are still accepted.");
    }

    /** Content the event store refers to is missing from the blob store: lost data, not a passing fault. */
    @ExceptionHandler(BlobNotFoundException.class)
    ProblemDetail contentMissing(BlobNotFoundException e) {
        log.error("Stored content is missing: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The stored content of this document is missing; an administrator has to restore it.");
    }

    @ExceptionHandler({IOException.class, UncheckedIOException.class})
    ProblemDetail unavailable(Exception e) {
        log.error("I/O failure", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "A storage or search service is unavailable right now. Please try again.");
    }
}
