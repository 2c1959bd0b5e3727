package org.praxis.platform.web;

/**
 * No such item that the caller may see: the same answer whether it does not exist or is hidden from
 * them, so that nobody learns that something exists. The API answers 404.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("There is no such " + what + ".");
    }
}
