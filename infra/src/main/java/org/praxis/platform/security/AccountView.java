package org.praxis.platform.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin API shows it: never its password hash. */
public record AccountView(String username, Set<String> roles, Set<String> groups, Instant createdAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.roles(), account.groups(), account.createdAt());
    }
}
