package org.praxis.app.security;

public class AccountExistsException extends RuntimeException {

    AccountExistsException(String username) {
        super("an account named " + username + " already exists");
    }
}
