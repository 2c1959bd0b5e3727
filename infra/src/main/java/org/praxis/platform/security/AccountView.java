package org.praxis.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the admin API shows it, never its password hash: whether it is {@code enabled}, and whether its
 * person must choose a new password at the next sign-in ({@code mustChangePassword}, after a reset).
 */
public record AccountView(String username, Set<String> roles, Set<String> groups, Instant createdAt,
                          boolean enabled, boolean mustChangePassword) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.roles(), account.groups(), account.createdAt(),
                account.enabled(), account.mustChangePassword());
    }
}
