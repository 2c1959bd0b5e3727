package org.praxis.platform.security;

import org.praxis.command.common.Actor;
import org.praxis.query.Viewer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.time.Instant;
import java.util.Set;

/**
 * An authenticated person: their account's roles as authorities, the groups they belong to, whether the account is
 * enabled, whether they must choose a new password first, and when this form of them was read (a session keeps it).
 */
public class PraxisUser extends User {

    private final Set<String> groups;
    private final boolean mustChangePassword;
    private final Instant sessionsValidFrom;
    private final Instant readAt;

    PraxisUser(UserAccount account, Instant readAt) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.groups = account.groups();
        this.mustChangePassword = account.mustChangePassword();
        this.sessionsValidFrom = account.sessionsValidFrom();
        this.readAt = readAt;
    }

    /** The same person, signed in another way (see {@link OidcSignIn}). */
    protected PraxisUser(PraxisUser local) {
        super(local.getUsername(), local.getPassword(), local.isEnabled(), true, true, true, local.getAuthorities());
        this.groups = local.groups;
        this.mustChangePassword = local.mustChangePassword;
        this.sessionsValidFrom = local.sessionsValidFrom;
        this.readAt = local.readAt;
    }

    /** Whether an admin reset the password: the person chooses a new one before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Whether a session that signed in as {@code signedIn} (this person read at sign-in) may go on now that the
     * account reads like this: not once it is disabled, nor once its sessions were ended after that sign-in.
     */
    boolean continues(PraxisUser signedIn) {
        return isEnabled() && (sessionsValidFrom == null || !sessionsValidFrom.isAfter(signedIn.readAt));
    }

    public Viewer viewer() {
        return new Viewer(getUsername(), groups);
    }

    /** This person as the sender of a command: the aggregate decides what their username and roles allow. */
    public Actor actor() {
        return new Actor(getUsername(), isAdmin(), isCurator());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    private boolean isCurator() {
        return has(Role.CURATOR);
    }

    private boolean has(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
