package org.praxis.command.common;

/**
 * Who sends a command, as the sign-in established it: the username and whether the account holds the ADMIN
 * role. Facts about the sender, not decisions: the aggregate decides what they allow.
 */
public record Actor(String username, boolean admin) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor needs a username");
        }
    }

    /** A sender without the ADMIN role. */
    public static Actor of(String username) {
        return new Actor(username, false);
    }
}
