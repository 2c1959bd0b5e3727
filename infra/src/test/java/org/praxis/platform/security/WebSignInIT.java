package org.praxis.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.app.support.Responses.assertProblem;

/** Signing in to the web pages: a session after the login form, CSRF-protected; or through OpenID Connect. */
class WebSignInIT extends PraxisIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    OidcSignIn oidc;

    @Test
    void the_login_form_starts_a_session_and_refuses_posts_without_its_csrf_token() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(send(browser, get("/")).statusCode()).isEqualTo(302);

        String form = send(browser, get("/login")).body();
        String token = csrf(form);
        assertThat(send(browser, post("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)))
                .statusCode()).as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> signedIn = send(browser, post("/login",
                Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", token)));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
        HttpResponse<String> wrong = send(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                post("/login", Map.of("username", "admin", "password", "wrong", "_csrf", token)));
        assertThat(wrong.statusCode()).isIn(302, 403);
        assertThat(wrong.headers().firstValue("Location").orElse("/login?error")).contains("error");
    }

    @Test
    void a_failed_sign_in_keeps_the_username_and_repeated_failures_wait_before_any_password_is_checked()
            throws Exception {
        Api tess = newUser("tess", "READER");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(send(browser, get("/login")).body());
        HttpResponse<String> wrong = send(browser, post("/login",
                Map.of("username", tess.username(), "password", "not her password", "_csrf", token)));
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        String again = send(browser, get("/login?error")).body();
        assertThat(again).contains("Wrong username or password", "value=\"" + tess.username() + "\"");

        for (int attempt = 2; attempt <= 10; attempt++) {
            assertThat(api(tess.username(), "guess " + attempt).get("/api/search?q=plan").getStatusCode())
                    .as("attempt %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> held = tess.get("/api/search?q=plan");
        assertProblem(held, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins");
        assertThat(held.getHeaders().getFirst("Retry-After")).isNotBlank();

        HttpResponse<String> right = send(browser, post("/login", Map.of("username", tess.username(),
                "password", passwordOf(tess.username()), "_csrf", csrf(send(browser, get("/login")).body()))));
        assertThat(right.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).as("even the right password waits").endsWith("/login?throttled"));
        assertThat(send(browser, get("/login?throttled")).body()).contains("Too many failed sign-ins", "minute");
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

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String form) {
        Matcher matcher = CSRF.matcher(form);
        assertThat(matcher.find()).as("a CSRF token in " + form).isTrue();
        return matcher.group(1);
    }
}
