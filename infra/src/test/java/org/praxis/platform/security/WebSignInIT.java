package org.praxis.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PageClient;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.app.support.Responses.assertProblem;

/** Signing in to the web pages: a session after the login form, CSRF-protected; or through OpenID Connect. */
class WebSignInIT extends PraxisIT {

    @Autowired
    OidcSignIn oidc;

    @Test
    void the_login_form_starts_a_session_and_refuses_posts_without_its_csrf_token() {
        PageClient browser = new PageClient(port);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);

        String token = browser.csrf();
        assertThat(browser.post("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> signedIn = browser.post("/login",
                Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", token));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(PageClient.location(signedIn)).doesNotContain("error");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
        HttpResponse<String> wrong = new PageClient(port).post("/login",
                Map.of("username", "admin", "password", "wrong", "_csrf", token));
        assertThat(wrong.statusCode()).isIn(302, 403);
        assertThat(wrong.headers().firstValue("Location").orElse("/login?error")).contains("error");
    }

    @Test
    void a_failed_sign_in_keeps_the_username_and_repeated_failures_wait_before_any_password_is_checked() {
        Api tess = newUser("tess", "READER");
        PageClient browser = new PageClient(port);
        assertThat(PageClient.location(browser.signIn(tess.username(), "not her password"))).endsWith("/login?error");
        assertThat(browser.get("/login?error").body())
                .contains("Wrong username or password", "value=\"" + tess.username() + "\"");

        for (int attempt = 2; attempt <= 10; attempt++) {
            assertThat(api(tess.username(), "guess " + attempt).get("/api/search?q=plan").getStatusCode())
                    .as("attempt %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> held = tess.get("/api/search?q=plan");
        assertProblem(held, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins");
        assertThat(held.getHeaders().getFirst("Retry-After")).isNotBlank();

        assertThat(PageClient.location(browser.signIn(tess.username(), passwordOf(tess.username()))))
                .as("even the right password waits").endsWith("/login?throttled");
        assertThat(browser.get("/login?throttled").body()).contains("Too many failed sign-ins", "minute");
        assertThat(newUser("colleague", "READER").get("/api/search?q=plan").getStatusCode())
                .as("a colleague at the same address signs in").isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_first_oidc_sign_in_creates_a_reader_and_later_ones_bring_the_groups_up_to_date() {
        String name = "oidc-" + UUID.randomUUID().toString().substring(0, 8);

        PraxisUser first = oidc.signIn(Map.of("preferred_username", name.toUpperCase(), "groups", List.of("Sales")));
        PraxisUser again = oidc.signIn(Map.of("preferred_username", name, "groups", List.of("sales", "board")));

        assertThat(first.getUsername()).isEqualTo(name);
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_READER");
        assertThat(first.viewer().principals()).contains("group:sales");
        assertThat(again.viewer().principals()).contains("group:sales", "group:board");
        assertThatThrownBy(() -> oidc.signIn(Map.of("preferred_username", "../admin")))
                .hasMessageContaining("cannot name a Praxis account");
    }
}
