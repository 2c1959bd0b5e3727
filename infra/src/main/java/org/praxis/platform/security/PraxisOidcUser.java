package org.praxis.platform.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/** A person signed in through OpenID Connect: their Praxis account, plus what the provider said. */
final class PraxisOidcUser extends PraxisUser implements OidcUser {

    private final transient OidcUser provided;

    PraxisOidcUser(PraxisUser local, OidcUser provided) {
        super(local);
        this.provided = provided;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
