package org.praxis.platform.security;

import org.praxis.command.common.Actor;
import org.praxis.query.Viewer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Set;

/** An authenticated person: their account's roles as authorities, and the groups they belong to. */
public class PraxisUser extends User {

    private final Set<String> groups;

    PraxisUser(UserAccount account) {
        super(account.username(), account.passwordHash(),
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.groups = account.groups();
    }

    /** The same person, signed in another way (see {@link OidcSignIn}). */
    protected PraxisUser(PraxisUser local) {
        super(local.getUsername(), local.getPassword(), local.getAuthorities());
        this.groups = local.groups;
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
