package org.praxis.command.common;

/**
 * A command that an aggregate's current state does not allow: a new version of an archived document,
 * publishing a deprecated practice, a second endorsement by the same person. Nothing is recorded
 * when it is thrown; the API answers 409.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
