package org.praxis.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused unchecked: too many failed ones for the account or from the address; {@code retryAfter}. */
public class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins for this account or from this address: try again in "
                + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
