package org.praxis.events.person;

/** What changed about a person's account (never the password itself, nor its hash). */
public enum AccountChange {
    /** The person chose a new password. */
    PASSWORD_CHANGED,
    /** An admin set a temporary password, to be replaced at the next sign-in; the person's sessions ended. */
    PASSWORD_RESET,
    /** An admin disabled the account: its sessions and API tokens stopped working at once. */
    DISABLED,
    /** An admin enabled the account again. */
    ENABLED
}
