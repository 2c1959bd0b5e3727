package org.praxis.command.common;

/** The actor may not make this change (for example, verifying a practice without being a curator); the API answers 403. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
