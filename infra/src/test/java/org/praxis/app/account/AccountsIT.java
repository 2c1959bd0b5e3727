package org.praxis.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PageClient;
import org.praxis.app.support.PraxisIT;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.assertProblem;

/** People change their passwords; admins reset them and disable or enable accounts; each change is an event. */
class AccountsIT extends PraxisIT {

    private static final String CHOSEN = "a password of my own choosing";
    private static final String TEMPORARY = "temporary password 1";

    @Autowired
    Accounts accounts;

    @Test
    void aPersonChangesTheirPasswordProvingTheCurrentOne() {
        Api ann = newUser("ann", "READER");
        assertProblem(ann.put("/api/me/password", Map.of("current", "not it at all", "password", CHOSEN)),
                HttpStatus.BAD_REQUEST, "current password");
        assertProblem(ann.put("/api/me/password", Map.of("current", passwordOf(ann.username()), "password", "short")),
                HttpStatus.BAD_REQUEST, "12 characters");

        assertThat(ann.put("/api/me/password", Map.of("current", passwordOf(ann.username()), "password", CHOSEN))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ann.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api(ann.username(), CHOSEN).get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail(ann.username())).contains("changed their password").doesNotContain(CHOSEN);
    }

    @Test
    void aResetPasswordEndsTheSessionsAndMustBeReplacedBeforeAnythingElse() {
        Api bob = newUser("bob", "CONTRIBUTOR");
        PageClient browser = signedIn(bob.username(), passwordOf(bob.username()));
        assertThat(browser.get("/search").statusCode()).isEqualTo(200);

        assertThat(admin().post("/api/admin/users/" + bob.username() + "/password-reset",
                Map.of("password", TEMPORARY)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(PageClient.location(browser.get("/search"))).endsWith("/login?ended");
        assertThat(bob.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Api temporary = api(bob.username(), TEMPORARY);
        assertProblem(temporary.get("/api/search?q=plan"), HttpStatus.FORBIDDEN, "choose a new one first");
        assertThat(account(bob.username()).get("mustChangePassword").asBoolean()).isTrue();
        PageClient again = signedIn(bob.username(), TEMPORARY);
        assertThat(PageClient.location(again.get("/search"))).endsWith("/me/password");

        assertThat(temporary.put("/api/me/password", Map.of("current", TEMPORARY, "password", CHOSEN))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api(bob.username(), CHOSEN).get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.get("/search").statusCode()).as("the session goes on with the new password")
                .isEqualTo(200);
        assertThat(account(bob.username()).get("mustChangePassword").asBoolean()).isFalse();
        assertThat(trail(bob.username())).contains("reset the password of " + bob.username(), "changed their password");
        assertProblem(api(bob.username(), CHOSEN).post("/api/admin/users/" + bob.username() + "/password-reset",
                Map.of("password", TEMPORARY)), HttpStatus.FORBIDDEN, null);
    }

    @Test
    void aDisabledAccountsSessionsAndTokensStopAtOnceUntilItIsEnabledAgain() {
        Api cleo = newUser("cleo", "CONTRIBUTOR");
        Api token = withToken(cleo);
        PageClient browser = signedIn(cleo.username(), passwordOf(cleo.username()));
        assertThat(token.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode disabled = admin().post("/api/admin/users/" + cleo.username() + "/disable", Map.of()).getBody();
        assertThat(disabled.get("enabled").asBoolean()).isFalse();

        assertThat(PageClient.location(browser.get("/search"))).endsWith("/login?ended");
        assertThat(token.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(cleo.get("/api/search?q=plan"), HttpStatus.UNAUTHORIZED, "disabled");
        assertThat(PageClient.location(browser.signIn(cleo.username(), passwordOf(cleo.username()))))
                .endsWith("/login?disabled");
        assertProblem(admin().post("/api/admin/users/" + cleo.username() + "/disable", Map.of()),
                HttpStatus.CONFLICT, "disabled already");
        assertProblem(admin().post("/api/admin/users/admin/disable", Map.of()), HttpStatus.FORBIDDEN, "your own");

        admin().post("/api/admin/users/" + cleo.username() + "/enable", Map.of());
        assertThat(token.get("/api/search?q=plan").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail(cleo.username())).contains("disabled the account of " + cleo.username(),
                "enabled the account of " + cleo.username() + " again");
    }

    @Test
    void aLockedOutAdminIsRecoveredWithATemporaryPasswordEnabledAndAnAdminAgain() {
        Api boss = newUser("boss", "ADMIN", "READER");
        admin().post("/api/admin/users/" + boss.username() + "/disable", Map.of());
        admin().put("/api/admin/users/" + boss.username(), Map.of("roles", Set.of("READER"), "groups", Set.of()));

        accounts.recover(boss.username(), TEMPORARY, "system:recovery");

        JsonNode account = account(boss.username());
        assertThat(account.get("enabled").asBoolean()).isTrue();
        assertThat(account.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(account.get("roles").toString()).contains(Role.ADMIN.name(), Role.READER.name());
        Api recovered = api(boss.username(), TEMPORARY);
        recovered.put("/api/me/password", Map.of("current", TEMPORARY, "password", CHOSEN));
        assertThat(api(boss.username(), CHOSEN).get("/api/admin/users").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode account(String username) {
        for (JsonNode account : admin().get("/api/admin/users").getBody()) {
            if (account.get("username").asText().equals(username)) {
                return account;
            }
        }
        throw new AssertionError("no account " + username);
    }

    private String trail(String username) {
        return admin().get("/api/audit/events?type=PersonAccountChanged").getBody().toString()
                + admin().get("/api/people/" + username).getStatusCode();
    }

    private PageClient signedIn(String username, String password) {
        PageClient browser = new PageClient(port);
        assertThat(PageClient.location(browser.signIn(username, password))).doesNotContain("error");
        return browser;
    }
}
