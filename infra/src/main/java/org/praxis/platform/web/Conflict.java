package org.praxis.platform.web;

/** A request that clashes with what exists (an account name already taken, …). The API answers 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
