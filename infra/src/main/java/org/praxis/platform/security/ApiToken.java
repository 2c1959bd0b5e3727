package org.praxis.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A named API token of one account. Only the SHA-256 of the token is kept: the token is random
 * and long, so a fast hash is enough and each request is checked without a slow password hash.
 */
@Entity
@Table(name = "praxis_api_token")
class ApiToken {

    @Id
    private String id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiToken() {
    }

    ApiToken(String id, String username, String name, String tokenHash, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }
}
