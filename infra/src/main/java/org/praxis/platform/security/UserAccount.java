package org.praxis.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;

/** A local account: its password is kept only as a salted Argon2 hash. */
@Entity
@Table(name = "praxis_account")
class UserAccount {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Convert(converter = NameSetConverter.class)
    @Column(nullable = false)
    private Set<String> roles;

    @Convert(converter = NameSetConverter.class)
    @Column(name = "member_of", nullable = false)
    private Set<String> groups;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Set<String> roles, Set<String> groups, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.groups = Set.copyOf(groups);
        this.createdAt = createdAt;
    }

    /** The person chose a new password: nothing more to change at the next sign-in. */
    void choosePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** An admin set a temporary password: every session signed in before {@code at} ends. */
    void resetPassword(String hash, Instant at) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.sessionsValidFrom = at;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Sessions signed in before this moment have ended; null when none has been ended. */
    Instant sessionsValidFrom() {
        return sessionsValidFrom;
    }

    void grant(Set<String> roles, Set<String> groups) {
        this.roles = Set.copyOf(roles);
        this.groups = Set.copyOf(groups);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<String> roles() {
        return roles;
    }

    Set<String> groups() {
        return groups;
    }

    Instant createdAt() {
        return createdAt;
    }
}
