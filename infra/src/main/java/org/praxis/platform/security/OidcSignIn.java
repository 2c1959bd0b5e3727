package org.praxis.platform.security;

import org.praxis.platform.config.PraxisProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in a person the OpenID Connect provider vouched for, as their Praxis account: a first
 * sign-in creates the account with {@code praxis.oidc.default-roles} (and no usable password);
 * when {@code praxis.oidc.groups-claim} is set, the provider's groups replace the account's at every
 * sign-in. Roles stay with Praxis admins.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String SYSTEM = "system:oidc";

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final PraxisProperties.Oidc settings;
    private final SecureRandom random = new SecureRandom();

    OidcSignIn(Accounts accounts, PraxisProperties properties) {
        this.accounts = accounts;
        this.settings = properties.oidc();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        return new PraxisOidcUser(signIn(provided.getClaims()), provided);
    }

    /** The account for these claims, created or brought up to date. */
    PraxisUser signIn(Map<String, Object> claims) {
        String username = String.valueOf(claims.get(settings.usernameClaim())).toLowerCase(Locale.ROOT);
        try {
            if (!accounts.exists(username)) {
                accounts.create(username, unusablePassword(), roles(settings.defaultRoles()),
                        groups(claims).orElse(Set.of()), SYSTEM);
            } else {
                groups(claims).ifPresent(groups -> accounts.joinOnly(username, groups, SYSTEM));
            }
        } catch (IllegalArgumentException refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
                    "the provider's " + settings.usernameClaim() + " cannot name a Praxis account: "
                            + refused.getMessage(), null));
        }
        return (PraxisUser) accounts.loadUserByUsername(username);
    }

    private Optional<Set<String>> groups(Map<String, Object> claims) {
        if (settings.groupsClaim() == null || settings.groupsClaim().isBlank()) {
            return Optional.empty();
        }
        Object value = claims.get(settings.groupsClaim());
        if (!(value instanceof Collection<?> names)) {
            return Optional.of(Set.of());
        }
        return Optional.of(names.stream().map(name -> String.valueOf(name).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    private static Set<Role> roles(Set<String> names) {
        return names.stream().map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
    }

    /** Long, random and never shown: nobody can sign in locally with it. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
