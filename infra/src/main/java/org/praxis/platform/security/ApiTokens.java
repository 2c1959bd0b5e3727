package org.praxis.platform.security;

import org.praxis.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API tokens: issued to the signed-in account, shown once, revocable, each checked on every request. */
@Service
public class ApiTokens {

    static final String PREFIX = "praxis_";
    private static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record Issued(String id, String name, String token, Instant createdAt) {
    }

    public record Listed(String id, String name, Instant createdAt) {
    }

    @Transactional
    public Issued issue(String username, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a token needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(UUID.randomUUID().toString(), username, name.strip(), hash(token),
                clock.instant()));
        return new Issued(saved.id(), saved.name(), token, saved.createdAt());
    }

    @Transactional(readOnly = true)
    public List<Listed> of(String username) {
        return tokens.findByUsernameOrderByCreatedAt(username).stream()
                .map(token -> new Listed(token.id(), token.name(), token.createdAt())).toList();
    }

    @Transactional
    public void revoke(String username, String id) {
        ApiToken token = tokens.findById(id).filter(found -> found.username().equals(username))
                .orElseThrow(() -> new NotFound("token"));
        tokens.delete(token);
    }

    /**
     * The account the token belongs to, as it is now (roles and groups changed since apply at once); empty when it
     * is disabled or gone.
     */
    @Transactional(readOnly = true)
    Optional<PraxisUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .flatMap(found -> accounts.user(found.username())).filter(PraxisUser::isEnabled);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
