package org.praxis.platform.security;

import org.praxis.platform.abuse.SignInThrottle;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the form and HTTP Basic alike) that refuses, before checking any password, a
 * sign-in to an account or from an address with too many recent failures ({@link SignInThrottle}), and counts each
 * failure.
 */
class ThrottledPasswordSignIn extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledPasswordSignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.waitBefore(username, address).ifPresent(wait -> {
            throw new SignInThrottled(wait);
        });
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }
}
