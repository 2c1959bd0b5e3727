package org.praxis.platform.security;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.person.ChangeAccountCommand;
import org.praxis.command.person.ChangePersonAccessCommand;
import org.praxis.command.person.RegisterPersonCommand;
import org.praxis.events.person.AccountChange;
import org.praxis.platform.web.Conflict;
import org.praxis.platform.web.NotFound;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The local accounts: lookup for authentication, and creation by an admin. */
@Service
public class Accounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository repository;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final Clock clock;

    Accounts(UserAccountRepository repository, PasswordEncoder passwords, CommandGateway commands, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.commands = commands;
        this.clock = clock;
    }

    /** The signed-in form of an account, for work done on its behalf (its roles and groups now); empty if gone. */
    @Transactional(readOnly = true)
    public Optional<PraxisUser> user(String username) {
        return repository.findById(username).map(account -> new PraxisUser(account, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findById(username).map(account -> new PraxisUser(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    /**
     * Creates the account and registers the person behind it with the access granted, in one
     * transaction; {@code actor} is who did it.
     */
    @Transactional
    public AccountView create(String username, String password, Set<Role> roles, Set<String> groups, String actor) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username has 2 to 64 characters: lower-case letters, digits, . _ -");
        }
        requireLongEnough(password);
        Set<String> roleNames = roleNames(roles);
        Set<String> groupNames = groupNames(groups);
        if (repository.existsById(username)) {
            throw new Conflict("an account named " + username + " already exists");
        }
        UserAccount account = new UserAccount(username, passwords.encode(password), roleNames, groupNames,
                clock.instant());
        AccountView created = AccountView.of(repository.save(account));
        commands.sendAndWait(new RegisterPersonCommand(username, username, actor));
        commands.sendAndWait(new ChangePersonAccessCommand(username, roleNames, groupNames, actor));
        return created;
    }

    /**
     * Replaces the account's roles and groups, recording the change in the person's events; it takes
     * effect on the account's next request.
     */
    @Transactional
    public AccountView grant(String username, Set<Role> roles, Set<String> groups, String actor) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        account.grant(roleNames(roles), groupNames(groups));
        commands.sendAndWait(new ChangePersonAccessCommand(username, account.roles(), account.groups(), actor));
        return AccountView.of(account);
    }

    /** Replaces the account's groups (from the identity provider), keeping its roles. */
    @Transactional
    public void joinOnly(String username, Set<String> groups, String actor) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        if (!account.groups().equals(groups)) {
            grant(username, account.roles().stream().map(Role::valueOf).collect(Collectors.toSet()), groups, actor);
        }
    }

    /**
     * The person chooses a new password, proving the current one (the temporary one after a reset).
     *
     * @throws IllegalArgumentException when the current password is wrong or the new one too short or the same
     */
    @Transactional
    public void changePassword(String username, String current, String chosen) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw new IllegalArgumentException("the current password is not right");
        }
        requireLongEnough(chosen);
        if (chosen.equals(current)) {
            throw new IllegalArgumentException("choose a password other than the current one");
        }
        account.choosePassword(passwords.encode(chosen));
        commands.sendAndWait(new ChangeAccountCommand(username, AccountChange.PASSWORD_CHANGED, username));
    }

    /**
     * An admin sets a temporary password: the person's sessions end and they choose a new one at the next sign-in.
     *
     * @throws IllegalArgumentException when the temporary password is too short
     */
    @Transactional
    public void resetPassword(String username, String temporary, String actor) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        requireLongEnough(temporary);
        account.resetPassword(passwords.encode(temporary), clock.instant());
        commands.sendAndWait(new ChangeAccountCommand(username, AccountChange.PASSWORD_RESET, actor));
    }

    /** An admin disables the account (its sessions and API tokens stop working at once) or enables it again. */
    @Transactional
    public AccountView enable(String username, boolean enabled, String actor) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        account.enable(enabled);
        commands.sendAndWait(new ChangeAccountCommand(username,
                enabled ? AccountChange.ENABLED : AccountChange.DISABLED, actor));
        return AccountView.of(account);
    }

    /**
     * Gives an account whose admin is locked out its way back: the password becomes {@code temporary} (to be
     * replaced at the next sign-in), the account is enabled and keeps or regains the admin role; each an event.
     */
    @Transactional
    public void recover(String username, String temporary, String actor) {
        UserAccount account = repository.findById(username).orElseThrow(() -> new NotFound("account " + username));
        resetPassword(username, temporary, actor);
        if (!account.enabled()) {
            enable(username, true, actor);
        }
        if (!account.roles().contains(Role.ADMIN.name())) {
            Set<Role> roles = EnumSet.of(Role.ADMIN);
            account.roles().forEach(role -> roles.add(Role.valueOf(role)));
            grant(username, roles, account.groups(), actor);
        }
    }

    private static void requireLongEnough(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsById(username);
    }

    private static Set<String> roleNames(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role: " + EnumSet.allOf(Role.class));
        }
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    private static Set<String> groupNames(Set<String> groups) {
        Set<String> names = groups == null ? Set.of() : groups;
        names.forEach(group -> {
            if (group == null || !GROUP.matcher(group).matches()) {
                throw new IllegalArgumentException(
                        "a group name has 1 to 64 characters: lower-case letters, digits, . _ -");
            }
        });
        return names;
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        return repository.findAll().stream().map(AccountView::of).toList();
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return repository.count() == 0;
    }
}
