package org.praxis.command.common;

/**
 * Who sends a command, as the sign-in established it: the username and whether the account holds the ADMIN
 * and the CURATOR roles. Facts about the sender, not decisions: the aggregate decides what they allow.
 */
public record Actor(String username, boolean admin, boolean curator) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor needs a username");
        }
    }

    /** A sender with neither role. */
    public static Actor of(String username) {
        return new Actor(username, false, false);
    }
}
