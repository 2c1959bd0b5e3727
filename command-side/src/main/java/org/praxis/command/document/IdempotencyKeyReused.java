package org.praxis.command.document;

/**
 * An {@link IdempotencyKey} sent again with other content than the first time: the request is not a
 * repetition, and nothing is recorded. The API answers 422, as the Idempotency-Key draft asks.
 */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("this Idempotency-Key was already used for a different file; send this one with a new key");
    }
}
